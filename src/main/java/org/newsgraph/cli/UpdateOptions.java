package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.store.CorpusBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options and the run of the commands that change the current build in place of a whole build: add, remove. */
final class UpdateOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder holding the builds (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of every minted IRI, the one the data folder was built under (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = BuildCommand.DEFAULT_HEAP,
            description = "largest Java heap (default: ${DEFAULT-VALUE})")
    String heap;

    /** Runs the change under the heap cap (in a child JVM if this one may use more); the exit code. */
    int run(CommandSpec spec, Object what, Function<CorpusBuilder, CorpusBuilder.Report> change)
            throws InterruptedException {
        Optional<Integer> child = BuildCommand.capHeap(spec, heap);
        if (child.isPresent()) {
            return child.get();
        }
        return BuildCommand.run(what, data, base, ArticleFiles.DEFAULT_MAX_BYTES, Converter.DEFAULT_BUDGET, change);
    }
}
