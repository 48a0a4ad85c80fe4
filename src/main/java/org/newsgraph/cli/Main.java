package org.newsgraph.cli;

import org.newsgraph.base.NewsgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the newsgraph program: parses the subcommand and maps failures to exit codes. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Builds a knowledge graph of news articles and serves it over SPARQL.",
        subcommands = {BuildCommand.class, AddCommand.class, RemoveCommand.class, ServeCommand.class, QueryCommand.class,
                ConvertCommand.class, BenchCommand.class, GenerateCommand.class,
                LoadTestCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    // Set by main only: a build run by a test in its own JVM keeps that JVM's heap instead of relaunching.
    private static volatile boolean commandLine;

    public static void main(String[] args) {
        commandLine = true;
        System.exit(run(args));
    }

    /** Whether this JVM was started as the newsgraph program, not as a host calling {@link #run}. */
    static boolean commandLine() {
        return commandLine;
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
