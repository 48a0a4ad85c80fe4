package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.store.DataFolder;
import org.newsgraph.store.Statistics;
import org.newsgraph.store.Store;
import org.newsgraph.web.NewsgraphServer;
import org.newsgraph.web.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph serve}: serves the data folder's current build with embedded Fuseki, under a capped
 * heap; builds it first only when there is none and the user asked for one (see the description).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the current build of the data folder over HTTP (SPARQL at /sparql, landing page at /).",
                "Pages link to the host and port the server answers on, whatever base the IRIs were minted under; "
                        + "with --base they link to that base instead (a server published behind a proxy).",
                "serve builds only when the data folder has no finished build, or one minted under another base "
                        + "than --base, and only when you asked for it: by giving --input, or by giving neither "
                        + "--data nor --input (then seeds/ is built into data/, the quick start). Otherwise it says "
                        + "what to run and exits. A finished build is served as it is, whatever the input folder now "
                        + "holds: to serve new input, run 'newsgraph build' and restart serve."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder holding the builds (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
            description = "article folder to build from when the data folder has no build; used only when given, "
                    + "or when --data is not given either (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--base", paramLabel = "IRI",
            description = "public base of the IRIs: pages link to it, and a build under another base is rebuilt "
                    + "(when building is allowed, see above); without it, pages link to this server and a build "
                    + "made here mints IRIs under http://localhost:PORT/")
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
        ParseResult given = spec.commandLine().getParseResult();
        boolean baseGiven = base != null;
        boolean mayBuild = given.hasMatchedOption("--input") || !given.hasMatchedOption("--data");
        String wanted = baseGiven ? new Iris(base).base()
                : port > 0 ? "http://localhost:" + port + "/" : Iris.DEFAULT_BASE;
        Optional<String> built = Store.isBuilt(data) ? Store.builtBase(data) : Optional.empty();
        String why = null;
        if (!Store.isBuilt(data)) {
            why = data + " has no finished build";
        } else if (baseGiven && !built.map(wanted::equals).orElse(false)) {
            why = data + " was built under " + built.orElse("an unknown base") + ", not " + wanted;
        }
        if (why != null) {
            if (!mayBuild) {
                throw new NewsgraphException(data.toString(), -1, why + ": build it with 'newsgraph build --input DIR --data "
                        + data + (baseGiven ? " --base " + wanted : "") + "', or give serve --input DIR to build it first",
                        null);
            }
            System.err.println("newsgraph: " + why + ": building it from " + input.toAbsolutePath().normalize()
                    + " under the base " + wanted);
            BuildCommand.build(input, data, wanted, ArticleFiles.DEFAULT_MAX_BYTES);
        }
        Store store = Store.open(data);
        String served = Store.builtBase(data).orElse(wanted);
        Optional<String> from = Store.stamped(store.dir(), Store.INPUT_KEY);
        if (why == null && given.hasMatchedOption("--input")
                && !from.map(f -> f.equals(input.toAbsolutePath().normalize().toString())).orElse(false)) {
            System.err.println("newsgraph: " + data + " was built from " + from.orElse("another folder") + "; "
                    + input + " is not read: run 'newsgraph build --input " + input + " --data " + data + "' to rebuild");
        }
        if (!new Statistics(new Iris(served)).present(store.dataset())) {
            System.err.println("newsgraph: this build has no statistics graph (made by an older newsgraph): the landing "
                    + "page counts at start-up within a short budget; run 'newsgraph build' to precompute them");
        }
        FusekiServer server = NewsgraphServer.start(store.dataset(), store.dir(), served, port,
                ServerLimits.defaults(Duration.ofSeconds(timeoutSeconds)), baseGiven);
        System.err.println("newsgraph: serving " + store.dir() + " (built from " + from.orElse("an unrecorded folder")
                + ", IRIs under " + served + ") at http://localhost:" + server.getHttpPort() + "/"
                + (baseGiven ? " with links to " + served : "")
                + " (SPARQL at /sparql, heap limit " + (Runtime.getRuntime().maxMemory() >> 20) + " MB); "
                + "run 'newsgraph build' and restart to serve new input");
        DataFolder folder = new DataFolder(data);
        folder.recordServer("http://localhost:" + server.getHttpPort() + "/");
        Runtime.getRuntime().addShutdownHook(new Thread(folder::forgetServer));
        server.join();
        return 0;
    }
}
