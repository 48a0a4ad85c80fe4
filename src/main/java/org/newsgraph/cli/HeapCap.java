package org.newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.newsgraph.base.NewsgraphException;

/**
 * Keeps the heap of a long command (serve, build, add, remove) under a cap: a JVM started with a larger maximum heap (by default a
 * quarter of the machine's memory) starts the same program again in a child JVM with {@code -Xmx}
 * set to the cap, passes its input and output through and exits with the child's exit code.
 */
final class HeapCap {

    /** Set in the child, to the parent's process id: the child never relaunches, and ends with its parent. */
    static final String RELAUNCHED = "newsgraph.relaunched";

    private final long capBytes;

    HeapCap(long capBytes) {
        this.capBytes = capBytes;
    }

    /** Parses "2g", "512m", "65536k" or a byte count; "0" means no cap. */
    static long parse(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("g") || s.endsWith("m") || s.endsWith("k")) {
            unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : 1L << 10;
            s = s.substring(0, s.length() - 1);
        }
        try {
            long n = Long.parseLong(s);
            if (n < 0 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new NewsgraphException("--heap", -1, "not a heap size: \"" + size + "\" (examples: 2g, 512m)", null);
        }
    }

    /**
     * In a relaunched child: watch the parent, which only waits for us. In a JVM whose maximum heap is
     * over the cap: run {@code args} in a child JVM with the cap and return its exit code. Otherwise
     * empty: this JVM goes on itself.
     */
    Optional<Integer> enforce(List<String> args) throws InterruptedException {
        String parent = System.getProperty(RELAUNCHED);
        if (parent != null) {
            // A parent killed with -9 cannot stop us: we stop when it is gone.
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
            return Optional.empty();
        }
        if (capBytes == 0 || Runtime.getRuntime().maxMemory() <= capBytes) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-XX:MaxHeapSize") && !a.startsWith("-XX:MaxRAM")) {
                cmd.add(a);
            }
        }
        cmd.add("-Xmx" + Math.max(1, capBytes >> 20) + "m");
        // An out-of-memory process is better restarted than left half-working: a build's switch never happens.
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-D" + RELAUNCHED + "=" + ProcessHandle.current().pid());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(args);
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (java.io.IOException e) {
            throw new NewsgraphException(cmd.get(0), -1, "cannot start a JVM with -Xmx: " + e.getMessage(), e);
        }
        // Ctrl-C or a TERM to this process stops the child cleanly too.
        Thread stop = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    if (!child.waitFor(20, TimeUnit.SECONDS)) {
                        child.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    child.destroyForcibly();
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // Shutting down already: the hook runs and finds the child gone.
        }
        return Optional.of(code);
    }
}
