package org.newsgraph.web;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;

/**
 * The HTTP face of the graph: an embedded Fuseki with a read-only SPARQL query endpoint at /sparql
 * (union of the named graphs as default graph, query timeout) and newsgraph's own pages, held to
 * the {@link ServerLimits}.
 */
public final class NewsgraphServer {

    /** Path of the SPARQL query service. */
    public static final String SPARQL = "/sparql";
    /** Version of the YASGUI webjar the query page loads (see pom.xml). */
    static final String YASGUI_VERSION = "4.5.0";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private NewsgraphServer() {
    }

    /**
     * Starts a server with the default limits and the query timeout already set on the dataset
     * (30 s if none); see {@link #start(DatasetGraph, Path, String, int, ServerLimits)}.
     */
    public static FusekiServer start(DatasetGraph dsg, Path dataDir, String base, int port) {
        String timeout = dsg.getContext().getAsString(ARQ.queryTimeout);
        Duration t = timeout == null ? DEFAULT_TIMEOUT : Duration.ofMillis(Long.parseLong(timeout.split(",")[0].strip()));
        return start(dsg, dataDir, base, port, ServerLimits.defaults(t));
    }

    /**
     * Starts a server on {@code port} (0 = any free port) over a data folder's dataset whose IRIs were
     * minted under {@code base}, its pages linking to the host and port they are served on; returns it running.
     */
    public static FusekiServer start(DatasetGraph dsg, Path dataDir, String base, int port, ServerLimits limits) {
        return start(dsg, dataDir, base, port, limits, false);
    }

    /**
     * Starts a server as {@link #start(DatasetGraph, Path, String, int, ServerLimits)} does; with
     * {@code linksToBase} its pages link to the IRIs themselves, for a server published at its base.
     */
    public static FusekiServer start(DatasetGraph dsg, Path dataDir, String base, int port, ServerLimits limits,
                                     boolean linksToBase) {
        return start(dsg, dataDir, base, port, limits, linksToBase, NewestFirst.Policy.DEFAULT);
    }

    /** With the rule by which pages choose between walking and sorting (tests compare the two). */
    static FusekiServer start(DatasetGraph dsg, Path dataDir, String base, int port, ServerLimits limits,
                              boolean linksToBase, NewestFirst.Policy policy) {
        Iris iris = new Iris(base);
        Links links = linksToBase ? Links.toBase(iris.base()) : Links.relative(iris.base());
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
        QueryGuard.install(dsg.getContext());
        // Only the query operation: no update, no graph store protocol, so the endpoint is read-only
        // and every other path is free for pages.
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, SPARQL.substring(1))
                .build();
        var prefixes = Prefixes.withDescription(iris);
        VoidDescription description = VoidDescription.load(dataDir, iris.base());
        SiteFilter site = new SiteFilter(new Templates(), SiteSummary.of(dsg, iris.base(), links, description),
                ExampleQueries.load(), new PageService(dsg, prefixes, links, limits.queryTimeout().toMillis(), policy),
                new SearchService(dsg, prefixes, links, limits.queryTimeout().toMillis()),
                new ListService(dsg, prefixes, links, limits.queryTimeout().toMillis()), new RdfRenderer(prefixes), new DumpFiles(dataDir.resolve("dumps")), description, limits, links,
                new Delivery(builtAt(dataDir)));
        FusekiServer server = FusekiServer.create()
                .port(port)
                .numServerThreads(Math.min(8, limits.threads()), limits.threads())
                .add("/", service)
                .addFilter("/*", site)
                .enablePing(true)
                .verbose(false)
                .build();
        harden(server.getJettyServer(), limits);
        return server.start();
    }

    // When the served build was finished: its stamp, written last. Unknown (0) for a folder without one.
    private static long builtAt(Path dataDir) {
        try {
            return java.nio.file.Files.getLastModifiedTime(dataDir.resolve(org.newsgraph.store.Store.STAMP)).toMillis();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    // Slow clients must not hold threads: connections idle too long are closed and headers (the GET query
    // string) are bounded. Bodies that trickle in below the minimum rate are cut off where they are read
    // (SiteFilter.readBody, after a grace): Jetty's own rate check counts from the request's first byte with
    // no grace, so a body a few milliseconds behind its headers (a GC pause, a busy machine) read as a rate
    // of 0 and failed the request with a 500 (jetty/jetty.project#4641).
    private static void harden(Server jetty, ServerLimits limits) {
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    HttpConfiguration config = http.getHttpConfiguration();
                    config.setIdleTimeout(limits.idleTimeout().toMillis());
                    config.setRequestHeaderSize(3 * limits.maxQueryBytes() + 8192);
                }
            }
        }
        if (jetty.getHandler() instanceof ServletContextHandler context) {
            context.setMaxFormContentSize(3 * limits.maxQueryBytes() + 1024);
            context.setMaxFormKeys(100);
        }
    }
}
