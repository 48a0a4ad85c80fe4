package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.store.Freshness;
import org.newsgraph.store.Store;
import org.newsgraph.web.NewsgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: builds if needed, then serves SPARQL and pages with embedded Fuseki. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph over HTTP (SPARQL at /sparql, landing page at /); "
                + "builds first if the data folder is missing or older than its input.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder holding the database (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
            description = "article folder to build from when needed (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of minted IRIs; a data folder built with another base is rebuilt "
                    + "(default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "longest time one SPARQL query may run (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g",
            description = "maximum Java heap of the server, as for -Xmx; ignored when java was started with -Xmx "
                    + "(default: ${DEFAULT-VALUE})")
    String heap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!HeapCap.capped()) {
            Optional<Integer> code = HeapCap.relaunch(heap, spec.root().commandLine().getParseResult().originalArgs());
            if (code.isPresent()) {
                return code.get();
            }
        }
        if (Freshness.needsBuild(input, data) || !Store.builtBase(data).map(b -> b.equals(new Iris(base).base()))
                .orElse(false)) {
            System.err.println("newsgraph: building " + data + " from " + input);
            BuildCommand.build(input, data, base, ArticleFiles.DEFAULT_MAX_BYTES);
        }
        Store store = Store.open(data);
        store.queryTimeout(timeoutSeconds * 1000L);
        FusekiServer server = NewsgraphServer.start(store.dataset(), data, new Iris(base).base(), port);
        System.err.println("newsgraph: serving http://localhost:" + server.getHttpPort() + "/ (SPARQL at /sparql)");
        server.join();
        return 0;
    }
}
