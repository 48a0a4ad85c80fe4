package org.newsgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The HTTP face of the graph: an embedded Fuseki with a read-only SPARQL query endpoint at /sparql
 * (union of the named graphs as default graph, query timeout) and newsgraph's own pages.
 */
public final class NewsgraphServer {

    /** Path of the SPARQL query service. */
    public static final String SPARQL = "/sparql";

    private NewsgraphServer() {
    }

    /** Starts a server on {@code port} (0 = any free port) over a dataset; returns it running. */
    public static FusekiServer start(DatasetGraph dsg, int port, Templates templates, SiteInfo site) {
        // Only the query operation: no update, no graph store protocol, so the endpoint is read-only
        // and the root path is free for the landing page.
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, SPARQL.substring(1))
                .build();
        FusekiServer server = FusekiServer.create()
                .port(port)
                .add("/", service)
                .addFilter("/*", new PageFilter(templates, site, ExampleQueries.load()))
                .enablePing(true)
                .verbose(false)
                .build();
        return server.start();
    }
}
