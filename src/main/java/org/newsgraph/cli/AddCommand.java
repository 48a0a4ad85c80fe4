package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.pipeline.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph add}: adds article files to the data folder's current build, as a new build. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add the articles of *.txt files (or folders of them) to the current build, replacing an "
                + "article with the same source id (the file's path below the folder named, without .txt); the "
                + "others stay. The server switches to the new build only once it is whole.")
final class AddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "article files or folders to add")
    List<Path> inputs;

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
        return BuildCommand.run(inputs, data, base, ArticleFiles.DEFAULT_MAX_BYTES, Converter.DEFAULT_BUDGET,
                b -> b.add(inputs, data));
    }
}
