package org.newsgraph.cli;

import org.newsgraph.base.NewsgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the newsgraph program: parses the subcommand and maps failures to exit codes. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Builds a knowledge graph of news articles and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ConvertCommand.class, BenchCommand.class,
                GenerateCommand.class,
                LoadTestCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program without exiting: tests call this. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof NewsgraphException ne) {
                cmd.getErr().println("newsgraph: " + ne.describe());
                return 2;
            }
            cmd.getErr().println("newsgraph: internal error: " + ex);
            return 3;
        });
        return cl.execute(args);
    }
}
