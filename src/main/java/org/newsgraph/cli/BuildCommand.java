package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.store.CorpusBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph build}: makes the data folder's graph that of an input folder, converting only new and
 * changed files, under a capped heap.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Make the data folder hold the articles of every *.txt under the input folder, one named "
                + "graph per article: new and changed files are converted, the graphs of files that are gone "
                + "dropped, unchanged ones kept; the server switches to the new build only once it is whole.")
final class BuildCommand implements Callable<Integer> {

    /** The default heap of a build: the bulk loader's buffers and the event reports, whatever the corpus size. */
    static final String DEFAULT_HEAP = "1g";

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
            description = "folder of article text files (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder holding the database (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of every minted IRI (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ArticleFiles.DEFAULT_MAX_BYTES,
            description = "largest article file accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "longest time the conversion of one article may take; an article that overruns it is "
                    + "reported and skipped (default: ${DEFAULT-VALUE})")
    int articleTimeoutSeconds;

    @Option(names = "--full",
            description = "convert every file again and load a fresh database, even where the last build has it")
    boolean full;

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "who publishes the dataset, for its VoID description (default: the last build's, or "
                    + CorpusBuilder.DEFAULT_PUBLISHER + ")")
    String publisher;

    @Option(names = "--from-nquads", paramLabel = "DIR",
            description = "instead of converting an input folder, load the N-Quads shards below DIR (the Spark "
                    + "job's output: files ending in .gz are gunzipped, names starting with _ or . skipped), then "
                    + "derive the entities and statistics and write dumps, indexes and VoID as usual")
    Path fromNquads;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = DEFAULT_HEAP,
            description = "largest Java heap of the build (e.g. 1g, 512m; 0 keeps the JVM's own limit); a JVM "
                    + "started with more relaunches itself with -Xmx SIZE (default: ${DEFAULT-VALUE})")
    String heap;

    @Override
    public Integer call() throws InterruptedException {
        if (articleTimeoutSeconds <= 0) {
            throw new NewsgraphException("--article-timeout", -1, "must be a positive number of seconds", null);
        }
        Optional<Integer> child = capHeap(spec, heap);
        if (child.isPresent()) {
            return child.get();
        }
        if (fromNquads != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--input")) {
                throw new NewsgraphException("--from-nquads", -1, "loads shards instead of an --input folder: "
                        + "give one of the two", null);
            }
            return run(fromNquads, data, base, maxBytes, Duration.ofSeconds(articleTimeoutSeconds),
                    b -> b.publishedBy(publisher).loadShards(fromNquads, data));
        }
        return run(input, data, base, maxBytes, Duration.ofSeconds(articleTimeoutSeconds),
                b -> b.converting(full).publishedBy(publisher).build(input, data));
    }

    /** Runs the command in a child JVM under the heap cap, if this program's JVM may grow beyond it. */
    static Optional<Integer> capHeap(CommandSpec spec, String heap) throws InterruptedException {
        if (!Main.commandLine()) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>(spec.root().commandLine().getParseResult().originalArgs());
        return new HeapCap(HeapCap.parse(heap)).enforce(args);
    }

    /** Builds and prints a summary; 0 if every file loaded, 1 if some were skipped. */
    static int build(Path input, Path data, String base, long maxBytes) {
        return build(input, data, base, maxBytes, Converter.DEFAULT_BUDGET);
    }

    static int build(Path input, Path data, String base, long maxBytes, Duration articleBudget) {
        return run(input, data, base, maxBytes, articleBudget, b -> b.build(input, data));
    }

    /** Runs one change of the data folder and prints its summary; 0 if every file loaded, 1 if some were skipped. */
    static int run(Object from, Path data, String base, long maxBytes, Duration articleBudget,
                   java.util.function.Function<CorpusBuilder, CorpusBuilder.Report> change) {
        long t0 = System.nanoTime();
        Components c = new Components(base, articleBudget);
        CorpusBuilder builder = new CorpusBuilder(c.converter, new ArticleFiles(maxBytes), c.ontology, c.reference,
                msg -> System.err.println("newsgraph: " + msg));
        CorpusBuilder.Report r = change.apply(builder);
        System.err.printf("newsgraph: loaded %d article(s) from %s into %s in %.1f s (%d converted, %d dropped)%s%n",
                r.loaded(), from, data, (System.nanoTime() - t0) / 1e9, r.converted(), r.removed(),
                r.ok() ? "" : "; skipped " + r.failures().size() + " file(s)");
        return r.ok() ? 0 : 1;
    }
}
