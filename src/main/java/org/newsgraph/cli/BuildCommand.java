package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.store.CorpusBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph build}: converts an input folder and loads it into the data folder's TDB2 store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Convert every *.txt under the input folder and load it into a TDB2 database, "
                + "one named graph per article.")
final class BuildCommand implements Callable<Integer> {

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

    @Override
    public Integer call() {
        if (articleTimeoutSeconds <= 0) {
            throw new NewsgraphException("--article-timeout", -1, "must be a positive number of seconds", null);
        }
        return build(input, data, base, maxBytes, Duration.ofSeconds(articleTimeoutSeconds));
    }

    /** Builds and prints a summary; 0 if every file loaded, 1 if some were skipped. */
    static int build(Path input, Path data, String base, long maxBytes) {
        return build(input, data, base, maxBytes, Converter.DEFAULT_BUDGET);
    }

    static int build(Path input, Path data, String base, long maxBytes, Duration articleBudget) {
        long t0 = System.nanoTime();
        Components c = new Components(base, articleBudget);
        CorpusBuilder builder = new CorpusBuilder(c.converter, new ArticleFiles(maxBytes), c.ontology, c.reference,
                msg -> System.err.println("newsgraph: " + msg));
        CorpusBuilder.Report r = builder.build(input, data);
        System.err.printf("newsgraph: loaded %d article(s) from %s into %s in %.1f s%s%n", r.loaded(), input, data,
                (System.nanoTime() - t0) / 1e9, r.ok() ? "" : "; skipped " + r.failures().size() + " file(s)");
        return r.ok() ? 0 : 1;
    }
}
