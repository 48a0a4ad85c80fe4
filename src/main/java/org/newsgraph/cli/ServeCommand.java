package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.store.Store;
import org.newsgraph.web.NewsgraphServer;
import org.newsgraph.web.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph serve}: serves the data folder's current build with embedded Fuseki, building
 * it first only if there is none (or it was built under another base), under a capped heap.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the current build of the data folder over HTTP (SPARQL at /sparql, landing page at /); "
                + "builds from the input folder only if the data folder has no finished build or one under another "
                + "base. To update the graph, run 'newsgraph build' and restart serve.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder holding the builds (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
            description = "article folder to build from when the data folder has no build (default: ${DEFAULT-VALUE})")
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
            description = "largest Java heap of the server (e.g. 2g, 512m; 0 keeps the JVM's own limit); a JVM "
                    + "started with more relaunches itself with -Xmx SIZE (default: ${DEFAULT-VALUE})")
    String heap;

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>(spec.root().commandLine().getParseResult().originalArgs());
        Optional<Integer> child = new HeapCap(HeapCap.parse(heap)).enforce(args);
        if (child.isPresent()) {
            return child.get();
        }
        String iriBase = new Iris(base).base();
        if (!Store.isBuilt(data)) {
            System.err.println("newsgraph: " + data + " has no finished build: building it from " + input);
            BuildCommand.build(input, data, base, ArticleFiles.DEFAULT_MAX_BYTES);
        } else if (!Store.builtBase(data).map(iriBase::equals).orElse(false)) {
            System.err.println("newsgraph: " + data + " was built under another base: rebuilding it from " + input);
            BuildCommand.build(input, data, base, ArticleFiles.DEFAULT_MAX_BYTES);
        }
        Store store = Store.open(data);
        FusekiServer server = NewsgraphServer.start(store.dataset(), store.dir(), iriBase, port,
                ServerLimits.defaults(Duration.ofSeconds(timeoutSeconds)));
        System.err.println("newsgraph: serving " + store.dir() + " at http://localhost:" + server.getHttpPort()
                + "/ (SPARQL at /sparql, heap limit " + (Runtime.getRuntime().maxMemory() >> 20) + " MB); "
                + "run 'newsgraph build' and restart to serve new input");
        server.join();
        return 0;
    }
}
