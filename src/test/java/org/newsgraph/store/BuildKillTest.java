package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/**
 * A build killed with -9 at random moments, in a separate JVM, never disturbs the build being
 * served: after each kill the data folder opens to exactly the previous build's graphs, and its
 * stamp, dumps and VoID are that build's, byte for byte.
 */
class BuildKillTest {

    private static final long SEED = 11;
    private static final int KILLS = 10;
    private static final int B_FILES = 20;
    private static final List<String> PUBLISHED = List.of(Store.STAMP, VoidWriter.FILE,
            DumpWriter.DIR + "/" + DumpWriter.TRIG, DumpWriter.DIR + "/" + DumpWriter.TURTLE,
            DumpWriter.DIR + "/" + DumpWriter.SUMS);

    @Test
    void aKilledBuildLeavesThePreviousBuildServed(@TempDir Path tmp) throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path a = Files.createDirectories(tmp.resolve("a"));
        for (int i = 0; i < 3; i++) {
            Files.copy(seeds.get(i), a.resolve("a" + i + ".txt"));
        }
        // Corpus B: the seeds many times over, so that a build of it takes a few seconds.
        Path b = Files.createDirectories(tmp.resolve("b"));
        for (int i = 0; i < B_FILES; i++) {
            Path dir = Files.createDirectories(b.resolve("part" + i % 3));
            Files.copy(seeds.get(i % seeds.size()), dir.resolve("b" + i + ".txt"));
        }
        Path data = tmp.resolve("data");
        assertEquals(0, Main.run("build", "--input", a.toString(), "--data", data.toString()));
        Set<String> sourcesA = InputFolderTest.sources(data);
        assertEquals(Set.of("a0", "a1", "a2"), sourcesA);
        Path buildA = new DataFolder(data).current().orElseThrow();
        List<byte[]> filesA = published(buildA);

        // How long a whole build of B takes in a child JVM, to spread the kills over it.
        long t0 = System.nanoTime();
        Process full = child(b, tmp.resolve("scratch"));
        assertTrue(full.waitFor(5, TimeUnit.MINUTES) && full.exitValue() == 0, "a full build of B finishes");
        long fullMillis = (System.nanoTime() - t0) / 1_000_000;

        Random random = new Random(SEED);
        List<Long> moments = new ArrayList<>();
        int finishedFirst = 0;
        while (moments.size() < KILLS) {
            long at = (long) (random.nextDouble() * fullMillis * 0.9);
            Process p = child(b, data);
            if (p.waitFor(at, TimeUnit.MILLISECONDS)) {
                // The shared machine ran this build faster than the timed one: not a kill; back to A.
                assertTrue(finishedFirst++ < KILLS, "most builds must be killed, not finish");
                assertEquals(0, Main.run("build", "--input", a.toString(), "--data", data.toString()));
                buildA = new DataFolder(data).current().orElseThrow();
                filesA = published(buildA);
                continue;
            }
            moments.add(at);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed");

            Path current = new DataFolder(data).current().orElseThrow();
            assertEquals(buildA, current, "kill at " + at + " ms: still the first build");
            assertEquals(sourcesA, InputFolderTest.sources(data), "kill at " + at + " ms: A's articles");
            List<byte[]> now = published(current);
            for (int i = 0; i < PUBLISHED.size(); i++) {
                assertArrayEquals(filesA.get(i), now.get(i), "kill at " + at + " ms: " + PUBLISHED.get(i));
            }
        }
        System.out.println("BuildKillTest: a full build of B took " + fullMillis + " ms; killed at " + moments
                + " ms; " + finishedFirst + " build(s) finished before their kill");

        // A build that is let finish switches to B and clears what the killed ones left.
        Process last = child(b, data);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES) && last.exitValue() == 0, "the last build of B finishes");
        assertEquals(B_FILES, InputFolderTest.sources(data).size());
        try (Stream<Path> s = Files.list(data.resolve(DataFolder.BUILDS))) {
            assertEquals(List.of(new DataFolder(data).current().orElseThrow()), s.toList(),
                    "only the current build is left");
        }
        try (Store store = Store.open(data)) {
            long graphs = Txn.calculateRead(store.dataset(), () -> {
                Set<String> g = new TreeSet<>();
                store.dataset().listGraphNodes().forEachRemaining(n -> g.add(n.getURI()));
                return g.stream().filter(u -> u.contains("/graph/article/")).count();
            });
            assertEquals(B_FILES, graphs, "A's articles are gone with A's input");
        }
    }

    private static List<byte[]> published(Path build) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String f : PUBLISHED) {
            out.add(Files.readAllBytes(build.resolve(f)));
        }
        return out;
    }

    private static Process child(Path input, Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--input", input.toString(), "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
