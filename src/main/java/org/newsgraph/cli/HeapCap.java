package org.newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code serve} under a heap cap. A JVM started without {@code -Xmx} may take a quarter of
 * the machine's memory, and one greedy query can then push the whole machine into swap; so serve
 * starts itself again as a child JVM with {@code -Xmx}, passing on its arguments and its exit code.
 */
final class HeapCap {

    private HeapCap() {
    }

    /** Whether this JVM was started with a maximum heap (by the user, or by {@link #relaunch}). */
    static boolean capped() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().anyMatch(a -> a.startsWith("-Xmx"));
    }

    /**
     * Runs the same command in a child JVM with {@code -Xmx<heap>} and waits for it; empty when this
     * JVM cannot be started again (no java launcher known), in which case the caller runs uncapped.
     */
    static Optional<Integer> relaunch(String heap, List<String> args) throws InterruptedException {
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>(List.of(java.get(), "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        try {
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            // Stopping serve (Ctrl-C, kill) stops the server it started.
            Thread stop = new Thread(child::destroy, "stop-server");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.of(code);
        } catch (java.io.IOException e) {
            System.err.println("newsgraph: cannot start a capped JVM (" + e.getMessage() + "); serving uncapped");
            return Optional.empty();
        }
    }
}
