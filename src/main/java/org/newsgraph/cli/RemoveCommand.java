package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Mixin
    UpdateOptions options;

    @Override
    public Integer call() throws InterruptedException {
        return options.run(spec, sources, b -> b.remove(sources, options.data));
    }
}
