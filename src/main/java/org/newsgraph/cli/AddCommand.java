package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Mixin
    UpdateOptions options;

    @Override
    public Integer call() throws InterruptedException {
        return options.run(spec, inputs, b -> b.add(inputs, options.data));
    }
}
