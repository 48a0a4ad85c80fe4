package org.newsgraph.web;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;

/**
 * The HTTP face of the graph: an embedded Fuseki with a read-only SPARQL query endpoint at /sparql
 * (union of the named graphs as default graph, query timeout) and newsgraph's own pages.
 */
public final class NewsgraphServer {

    /** Path of the SPARQL query service. */
    public static final String SPARQL = "/sparql";
    /** Version of the YASGUI webjar the query page loads (see pom.xml). */
    static final String YASGUI_VERSION = "4.5.0";

    private NewsgraphServer() {
    }

    /**
     * Starts a server on {@code port} (0 = any free port) over a data folder's dataset whose IRIs were
     * minted under {@code base}; returns it running.
     */
    public static FusekiServer start(DatasetGraph dsg, Path dataDir, String base, int port) {
        Iris iris = new Iris(base);
        // Only the query operation: no update, no graph store protocol, so the endpoint is read-only
        // and every other path is free for pages.
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, SPARQL.substring(1))
                .build();
        var prefixes = Prefixes.withDescription(iris);
        SiteFilter site = new SiteFilter(new Templates(), SiteSummary.of(dsg, iris.base()), ExampleQueries.load(),
                new PageService(dsg, prefixes, iris.base()), new RdfRenderer(prefixes), new DumpFiles(dataDir.resolve("dumps")),
                VoidDescription.load(dataDir, iris.base()));
        FusekiServer server = FusekiServer.create()
                .port(port)
                .add("/", service)
                .addFilter("/*", site)
                .enablePing(true)
                .verbose(false)
                .build();
        return server.start();
    }
}
