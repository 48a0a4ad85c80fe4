package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;

/**
 * The loadtest command against the real seed server: a short run reports latencies and no errors, a
 * per-kind run measures every page type and contract query; other hosts are refused.
 */
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
    void perKindMeasuresEveryPageTypeAndContractQueryInAMarkdownTable() {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Main.run("loadtest", "--url", SeedServer.get().root, "--per-kind", "2", "--clients", "2");
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String kind : new String[] {"landing", "article", "actor", "actor, most mentioned", "country",
            "country, most mentioned", "event", "claim", "span", "query articles.rq", "query actors.rq",
            "query countries.rq", "query quotes.rq", "query events.rq", "search", "list /claim/", "list /article/",
            "list /event/", "list /actor/", "list /country/"}) {
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| " + java.util.regex.Pattern.quote(kind)
                    + " \\| (\\d+) \\| \\d+ \\| \\d+ \\| \\d+ \\| (\\d+) \\| ").matcher(out);
            assertTrue(row.find(), () -> kind + " has a row:\n" + out);
            int answered = Integer.parseInt(row.group(1));
            int failed = Integer.parseInt(row.group(2));
            // Pages have a 10 s budget; a query may time out on a machine this busy, and then counts as an error.
            assertTrue(answered + failed == 2 && (kind.startsWith("query") || failed == 0), () -> kind + ":\n" + out);
        }
        assertTrue(out.contains("/country/RU |"), () -> "Russia is the seeds' most-mentioned country:\n" + out);
    }

    @Test
    void onlyThisMachineIsATarget() {
        run(2, "loadtest", "--url", "http://192.0.2.1:3030/", "--seconds", "1");
    }

    @Test
    void helpNamesTheOptions() {
        String out = run(0, "loadtest", "--help");
        for (String o : new String[] {"--url", "--clients", "--seconds", "--attack", "--per-kind"}) {
            assertTrue(out.contains(o), out);
        }
    }
}
