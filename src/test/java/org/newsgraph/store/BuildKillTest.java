package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/**
 * A build killed with -9 in a separate JVM, at chosen moments of its work, never disturbs the build
 * being served: a kill before the switch leaves the data folder opening to exactly the previous
 * build's graphs, stamp, dumps and VoID, byte for byte; a kill at or after the switch leaves the new
 * build whole. The moments are read from the child's own progress (its build folder, its log lines),
 * not guessed from a timed run, so each kill lands in its phase however busy the machine is. Last, an
 * update of the served build is killed at a random moment while it changes its copy of the database.
 */
class BuildKillTest {

    private static final int B_FILES = 12;
    private static final List<String> PUBLISHED = List.of(Store.STAMP, VoidWriter.FILE,
            DumpWriter.DIR + "/" + DumpWriter.TRIG, DumpWriter.DIR + "/" + DumpWriter.TURTLE,
            DumpWriter.DIR + "/" + DumpWriter.SUMS);

    /** Where in a child's build a kill lands, and whether the switch may already have happened there. */
    private record Moment(String name, boolean switchMayBeDone) { }

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
        // Corpus B: the seeds several times over, so that its loading phase lasts long enough to be hit.
        Path b = Files.createDirectories(tmp.resolve("b"));
        Set<String> sourcesB = new TreeSet<>();
        for (int i = 0; i < B_FILES; i++) {
            Path dir = Files.createDirectories(b.resolve("part" + i % 3));
            Files.copy(seeds.get(i % seeds.size()), dir.resolve("b" + i + ".txt"));
            sourcesB.add("part" + i % 3 + "/b" + i);
        }
        Path data = tmp.resolve("data");
        assertEquals(0, Main.run("build", "--input", a.toString(), "--data", data.toString()));
        Set<String> served = InputFolderTest.sources(data);
        assertEquals(Set.of("a0", "a1", "a2"), served);
        Path buildA = new DataFolder(data).current().orElseThrow();
        List<byte[]> files = published(buildA);
        Path builds = data.resolve(DataFolder.BUILDS);

        Map<Moment, Waiter> moments = new LinkedHashMap<>();
        // Before the child has done anything: the JVM is starting, or the build lock is being taken.
        moments.put(new Moment("at start", false), c -> c.sleep(300));
        // Loading: the new build's database exists, the bulk loader is filling it.
        moments.put(new Moment("during loading", false), c -> c.until(() -> newDatabase(builds, new DataFolder(data).current().orElseThrow())));
        // Loaded, events being merged, dumps about to be written.
        moments.put(new Moment("after loading", false), c -> c.untilLine("merged "));
        // Dumps and VoID written, the stamp and the switch next: the kill may land on either side of it.
        moments.put(new Moment("just before the switch", true), c -> c.untilLine("wrote "));
        // The pointer names the new build; the old one is being removed.
        moments.put(new Moment("just after the switch", true), c -> c.untilLine("removed the old build"));

        List<String> outcomes = new ArrayList<>();
        for (Map.Entry<Moment, Waiter> m : moments.entrySet()) {
            Moment moment = m.getKey();
            Child child = new Child(b, data);
            boolean finished = m.getValue().waitIn(child);
            child.process.destroyForcibly();
            assertTrue(child.process.waitFor(30, TimeUnit.SECONDS), moment.name() + ": killed");

            Path current = new DataFolder(data).current().orElseThrow();
            if (current.equals(buildA)) {
                assertEquals(served, InputFolderTest.sources(data), moment.name() + ": the previous build's articles");
                List<byte[]> now = published(current);
                for (int i = 0; i < PUBLISHED.size(); i++) {
                    assertArrayEquals(files.get(i), now.get(i), moment.name() + ": " + PUBLISHED.get(i));
                }
                outcomes.add(moment.name() + ": previous build served");
            } else {
                // The kill came once the pointer had moved: that build finished, and it must be whole.
                assertTrue(moment.switchMayBeDone() || finished,
                        moment.name() + ": the served build changed though the kill came before the switch");
                assertWhole(current);
                assertEquals(sourcesB, InputFolderTest.sources(data), moment.name() + ": the new build's articles");
                buildA = current;
                served = sourcesB;
                files = published(current);
                outcomes.add(moment.name() + ": new build served, whole");
            }
        }
        System.out.println("BuildKillTest: " + outcomes);
        assertTrue(outcomes.get(outcomes.size() - 1).contains("new build"), "a kill after the switch keeps the new build");

        // A build that is let finish switches to B and clears what the killed ones left. It runs in this
        // JVM, already warm: nothing kills it, so it needs no process of its own.
        assertEquals(0, Main.run("build", "--input", b.toString(), "--data", data.toString()),
                "the last build of B finishes");
        assertEquals(sourcesB, InputFolderTest.sources(data));
        try (Stream<Path> s = Files.list(builds)) {
            assertEquals(List.of(new DataFolder(data).current().orElseThrow()), s.toList(),
                    "only the current build is left");
        }
        assertWhole(new DataFolder(data).current().orElseThrow());
        try (Store store = Store.open(data)) {
            long graphs = Txn.calculateRead(store.dataset(), () -> {
                Set<String> g = new TreeSet<>();
                store.dataset().listGraphNodes().forEachRemaining(n -> g.add(n.getURI()));
                return g.stream().filter(u -> u.contains("/graph/article/")).count();
            });
            assertEquals(B_FILES, graphs, "A's articles are gone with A's input");
        }

        // An update (one file added: the current database is copied and changed) killed at a random moment of
        // its work leaves either the build before it or the updated one, whole; the next update finishes.
        Path servedBuild = new DataFolder(data).current().orElseThrow();
        List<byte[]> before = published(servedBuild);
        Files.copy(seeds.get(0), b.resolve("part0").resolve("extra.txt"));
        Set<String> sourcesC = new TreeSet<>(sourcesB);
        sourcesC.add("part0/extra");
        Child child = new Child(b, data);
        boolean finished = child.untilLine("updating the current build");
        long delay = new java.util.Random().nextInt(3000);
        finished |= child.sleep(delay);
        child.process.destroyForcibly();
        assertTrue(child.process.waitFor(30, TimeUnit.SECONDS), "killed");
        Path current = new DataFolder(data).current().orElseThrow();
        if (current.equals(servedBuild)) {
            assertEquals(sourcesB, InputFolderTest.sources(data), "update killed after " + delay + " ms: the articles before it");
            List<byte[]> now = published(current);
            for (int i = 0; i < PUBLISHED.size(); i++) {
                assertArrayEquals(before.get(i), now.get(i), "update killed after " + delay + " ms: " + PUBLISHED.get(i));
            }
        } else {
            assertWhole(current);
            assertEquals(sourcesC, InputFolderTest.sources(data), "update killed late: the updated articles");
        }
        System.out.println("BuildKillTest: update killed " + delay + " ms after it started changing, "
                + (finished ? "after it finished" : current.equals(servedBuild) ? "previous build served" : "updated build served"));
        assertEquals(0, Main.run("build", "--input", b.toString(), "--data", data.toString()), "the next update finishes");
        assertEquals(sourcesC, InputFolderTest.sources(data));
        assertWhole(new DataFolder(data).current().orElseThrow());
    }

    /** True once a build folder other than {@code served} holds a database. */
    private static boolean newDatabase(Path builds, Path served) {
        try (Stream<Path> s = Files.list(builds)) {
            return s.anyMatch(p -> !p.equals(served) && Files.isDirectory(p.resolve(Store.TDB_DIR)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A served build is whole: every published file is there and the dumps match their checksums. */
    private static void assertWhole(Path build) throws Exception {
        for (String f : PUBLISHED) {
            assertTrue(Files.size(build.resolve(f)) > 0, build + ": " + f);
        }
        Path dumps = build.resolve(DumpWriter.DIR);
        Map<String, String> sums = Files.readAllLines(dumps.resolve(DumpWriter.SUMS), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).collect(Collectors.toMap(l -> l.substring(l.indexOf("  ") + 2),
                        l -> l.substring(0, l.indexOf("  "))));
        assertEquals(Set.of(DumpWriter.TRIG, DumpWriter.TURTLE), sums.keySet());
        for (Map.Entry<String, String> e : sums.entrySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dumps.resolve(e.getKey())));
            assertEquals(e.getValue(), HexFormat.of().formatHex(digest), build + ": " + e.getKey());
        }
        assertNotEquals(Optional.empty(), Store.stampedBase(build), build + ": stamped");
    }

    private static List<byte[]> published(Path build) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String f : PUBLISHED) {
            out.add(Files.readAllBytes(build.resolve(f)));
        }
        return out;
    }

    /** Waits in a child until its kill moment; true if the child ended by itself first. */
    @FunctionalInterface
    private interface Waiter {
        boolean waitIn(Child c) throws Exception;
    }

    /** A build of one input folder into one data folder, in a JVM of its own, its log lines collected. */
    private static final class Child {
        final Process process;
        private final List<String> lines = new ArrayList<>();

        Child(Path input, Path data) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(),
                    "build", "--input", input.toString(), "--data", data.toString())
                    .redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(l);
                        }
                    }
                } catch (IOException e) {
                    // The child was killed mid-line: its output ends here.
                }
            }, "build-kill-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        boolean sleep(long millis) throws InterruptedException {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        }

        boolean untilLine(String start) throws InterruptedException {
            return until(() -> {
                synchronized (lines) {
                    return lines.stream().anyMatch(l -> l.startsWith("newsgraph: " + start));
                }
            });
        }

        /** Polls briefly, for the phases it watches last a second or less; false once the condition holds. */
        boolean until(BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!condition.getAsBoolean()) {
                if (process.waitFor(5, TimeUnit.MILLISECONDS)) {
                    return true;
                }
                assertTrue(System.nanoTime() < deadline, "the child never reached its kill moment");
            }
            return false;
        }
    }
}
