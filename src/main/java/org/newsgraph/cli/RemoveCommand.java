package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph remove}: drops articles from the data folder's current build, as a new build. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Drop the articles with these source ids (an input file's path below its folder, without "
                + ".txt) from the current build. The server switches to the new build only once it is whole.")
final class RemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "source ids of the articles to drop")
    List<String> sources;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder holding the builds (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of every minted IRI, the one the data folder was built under (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = BuildCommand.DEFAULT_HEAP,
            description = "largest Java heap (default: ${DEFAULT-VALUE})")
    String heap;

    @Override
    public Integer call() throws InterruptedException {
        Optional<Integer> child = BuildCommand.capHeap(spec, heap);
        if (child.isPresent()) {
            return child.get();
        }
        return BuildCommand.run(sources, data, base, ArticleFiles.DEFAULT_MAX_BYTES, Converter.DEFAULT_BUDGET,
                b -> b.remove(sources, data));
    }
}
