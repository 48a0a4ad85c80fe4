package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph generate}: files are byte-identical for the same count and seed, differ by seed, and extend. */
class GenerateCommandTest {

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

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theSameCountAndSeedWriteByteIdenticalFilesAndAnotherSeedOthers(@TempDir Path tmp) throws IOException {
        String out = run(0, "generate", "--articles", "30", "--out", tmp.resolve("a").toString());
        assertTrue(out.contains("wrote 30 articles"), out);
        run(0, "generate", "--articles", "30", "--out", tmp.resolve("b").toString(), "--seed", "42");
        run(0, "generate", "--articles", "30", "--out", tmp.resolve("c").toString(), "--seed", "7");
        List<Path> a = files(tmp.resolve("a"));
        assertEquals(30, a.size());
        assertEquals("synthetic_0000000.txt", a.get(0).getFileName().toString());
        int differ = 0;
        for (Path f : a) {
            byte[] bytes = Files.readAllBytes(f);
            assertArrayEquals(bytes, Files.readAllBytes(tmp.resolve("b").resolve(f.getFileName())), f.toString());
            differ += java.util.Arrays.equals(bytes, Files.readAllBytes(tmp.resolve("c").resolve(f.getFileName()))) ? 0 : 1;
        }
        assertEquals(30, differ, "every file differs under another seed");
    }

    @Test
    void firstExtendsACorpusWithTheArticlesALargerRunWrites(@TempDir Path tmp) throws IOException {
        run(0, "generate", "--articles", "12", "--out", tmp.resolve("all").toString());
        run(0, "generate", "--articles", "4", "--first", "8", "--out", tmp.resolve("tail").toString());
        List<Path> tail = files(tmp.resolve("tail"));
        assertEquals(List.of("synthetic_0000008.txt", "synthetic_0000009.txt", "synthetic_0000010.txt",
                "synthetic_0000011.txt"), tail.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : tail) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("all").resolve(f.getFileName())), Files.readAllBytes(f));
        }
    }

    @Test
    void thePlainGeneratorOfEarlierBenchmarksIsKept(@TempDir Path tmp) throws IOException {
        run(0, "generate", "--articles", "3", "--generator", "plain", "--out", tmp.toString());
        String text = Files.readString(tmp.resolve("synthetic_0000001.txt"));
        assertTrue(text.startsWith("  • Home\n  • World\n"), text);
        assertNotEquals(text, Files.readString(tmp.resolve("synthetic_0000002.txt")));
    }

    @Test
    void aNegativeCountIsRefused(@TempDir Path tmp) {
        run(2, "generate", "--articles", "-1", "--out", tmp.resolve("x").toString());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
