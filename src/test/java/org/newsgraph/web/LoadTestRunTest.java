package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;

/** The loadtest command against the real seed server: a short run reports latencies and no errors; other hosts are refused. */
class LoadTestRunTest {

    private static String run(int expected, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(args);
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expected, code, text);
        return text;
    }

    @Test
    void aShortRunReportsPercentilesAndNoErrors() {
        String out = run(0, "loadtest", "--url", SeedServer.get().root, "--clients", "8", "--seconds", "3");
        assertTrue(out.contains("p99") && out.contains("errors 0"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  query ")) && out.lines().anyMatch(l -> l.startsWith("  page ")),
                () -> "both pages and queries were driven:\n" + out);
    }

    @Test
    void onlyThisMachineIsATarget() {
        run(2, "loadtest", "--url", "http://192.0.2.1:3030/", "--seconds", "1");
    }

    @Test
    void helpNamesTheOptions() {
        String out = run(0, "loadtest", "--help");
        for (String o : new String[] {"--url", "--clients", "--seconds", "--attack"}) {
            assertTrue(out.contains(o), out);
        }
    }
}
