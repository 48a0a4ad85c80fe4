package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.bench.Known;
import org.newsgraph.bench.SyntheticNews;
import org.newsgraph.cli.Components;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.store.Builders;
import org.newsgraph.store.CorpusBuilder;
import org.newsgraph.store.DataFolder;
import org.newsgraph.store.DumpWriter;
import org.newsgraph.store.Store;
import org.newsgraph.store.VoidWriter;

/**
 * The Spark job in local mode, on generated articles, the seeds and bad files in nested folders: its shards,
 * loaded by {@code build --from-nquads}, give the same quads, dumps and VoID as {@code build} on the same input,
 * with the same files reported.
 */
class ShardJobTest {

    private static final int GENERATED = 300;

    private static JavaSparkContext sc;
    private static Components components;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newsgraph test")
                .set("spark.ui.enabled", "false"));
        components = Builders.components();
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    private static CorpusBuilder builder(List<String> log) {
        return Builders.builder(log);
    }

    private static ShardJob job(List<String> log) {
        return new ShardJob(Iris.DEFAULT_BASE, Converter.DEFAULT_BUDGET, ArticleFiles.DEFAULT_MAX_BYTES, 0, log::add);
    }

    @Test
    void shardsLoadIntoTheDatasetOfABuild(@TempDir Path tmp) throws IOException {
        Path input = corpus(tmp.resolve("in"));
        List<String> log = new ArrayList<>();
        CorpusBuilder.Report built = builder(log).build(input, tmp.resolve("built"));

        ShardJob.Result r = job(log).run(sc, input.toString(), tmp.resolve("shards").toString());
        assertEquals(built.loaded(), r.articles().size());
        assertEquals(GENERATED + 5, r.articles().size());
        assertTrue(r.articles().contains("nested/deeper/again"), r.articles().toString());
        assertEquals(built.failures().stream().sorted().toList(), r.failures().stream().sorted().toList());
        assertEquals(2, r.failures().size(), r.failures().toString());
        assertTrue(r.mergedEvents() > 0, "the generated corpus reports some events in several articles");

        try (Stream<Path> files = Files.walk(tmp.resolve("shards"))) {
            List<String> shards = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.startsWith("_")).toList();
            // Four parts per core of local[2], and the corpus graphs' shard, each named for any N-Quads reader.
            assertEquals(9, shards.size(), shards.toString());
            assertTrue(shards.stream().allMatch(n -> n.matches("part-\\d{5}\\.nq\\.gz")), shards.toString());
        }
        CorpusBuilder.Report loaded = builder(log).loadShards(tmp.resolve("shards"), tmp.resolve("loaded"));
        assertEquals(r.articles().size(), loaded.loaded());

        List<String> expected = quads(tmp.resolve("built"));
        List<String> actual = quads(tmp.resolve("loaded"));
        assertEquals(expected.size(), actual.size(), () -> difference(expected, actual));
        assertEquals(expected, actual, () -> difference(expected, actual));
        Path a = new DataFolder(tmp.resolve("built")).current().orElseThrow();
        Path b = new DataFolder(tmp.resolve("loaded")).current().orElseThrow();
        for (String f : List.of(DumpWriter.DIR + "/" + DumpWriter.TRIG, DumpWriter.DIR + "/" + DumpWriter.TURTLE,
                VoidWriter.FILE)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void aDataFolderLoadedFromShardsRefusesAddButABuildReplacesIt(@TempDir Path tmp) throws IOException {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        Files.copy(Path.of("seeds").resolve(seedNames().get(0)), input.resolve("one.txt"));
        List<String> log = new ArrayList<>();
        job(log).run(sc, input.toString(), tmp.resolve("shards").toString());
        Path data = tmp.resolve("data");
        builder(log).loadShards(tmp.resolve("shards"), data);
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> builder(log).add(List.of(input.resolve("one.txt")), data));
        assertTrue(e.getMessage().contains("loaded from N-Quads shards"), e.getMessage());
        CorpusBuilder.Report rebuilt = builder(log).build(input, data);
        assertEquals(1, rebuilt.converted(), "a build after shards converts every file again");
    }

    @Test
    void anOutputFolderThatExistsIsRefusedAndLeftAlone(@TempDir Path tmp) throws IOException {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        Files.copy(Path.of("seeds").resolve(seedNames().get(0)), input.resolve("one.txt"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThrows(RuntimeException.class, () -> job(new ArrayList<>()).run(sc, input.toString(), out.toString()));
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    // Generated pages in two folders, the seeds, a file three folders down, an empty and a binary file, and a
    // file that is no article (*.md).
    private static Path corpus(Path input) throws IOException {
        SyntheticNews news = new SyntheticNews(Known.from(components.reference), 7);
        int n = 0;
        for (SyntheticNews.Page p : news.articles(0, GENERATED)) {
            Path dir = Files.createDirectories(input.resolve(n++ % 2 == 0 ? "even" : "odd"));
            Files.writeString(dir.resolve(p.source() + ".txt"), p.text());
        }
        List<String> seeds = seedNames();
        for (int i = 0; i < seeds.size() - 1; i++) {
            Files.copy(Path.of("seeds").resolve(seeds.get(i)), input.resolve(seeds.get(i)));
        }
        Path deep = Files.createDirectories(input.resolve("nested/deeper"));
        Files.copy(Path.of("seeds").resolve(seeds.get(seeds.size() - 1)), deep.resolve("again.txt"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.txt"), new byte[] {'a', 0, 0, 1, 2, 3});
        Files.writeString(input.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);
        return input;
    }

    private static List<String> seedNames() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    private static List<String> quads(Path data) {
        try (Store store = Store.open(data)) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                store.dataset().find().forEachRemaining(q -> out.add(q.toString()));
                out.sort(null);
                return out;
            });
        }
    }

    // The first quads each side has and the other lacks: what a failure needs to be read.
    private static String difference(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        return "only in build: " + missing.stream().limit(10).toList() + "\nonly from shards: "
                + extra.stream().limit(10).toList();
    }
}
