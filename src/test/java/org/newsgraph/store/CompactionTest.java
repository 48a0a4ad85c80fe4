package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Components;
import org.newsgraph.rdf.Iris;

/**
 * An update compacts its copy of the database once the copy has outgrown its live data, and the compacted
 * database holds every quad: its dumps equal, byte for byte, those of a full build of the same input.
 */
class CompactionTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final List<String> DUMPS = List.of(DumpWriter.DIR + "/" + DumpWriter.TRIG,
            DumpWriter.DIR + "/" + DumpWriter.TURTLE, DumpWriter.DIR + "/" + DumpWriter.SUMS, VoidWriter.FILE);

    @Test
    void anOutgrownUpdateIsCompactedAndKeepsEveryQuad(@TempDir Path tmp) throws IOException {
        Components components = new Components(Iris.DEFAULT_BASE);
        List<String> log = new ArrayList<>();
        CorpusBuilder builder = new CorpusBuilder(components.converter, new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES),
                components.ontology, components.reference, log::add);
        List<Path> seeds;
        try (var s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(4).toList();
        }
        Path input = Files.createDirectories(tmp.resolve("input"));
        for (Path p : seeds) {
            Files.copy(p, input.resolve(p.getFileName()));
        }
        Path data = tmp.resolve("data");
        assertTrue(builder.build(input, data).ok(), log::toString);
        Path first = new DataFolder(data).current().orElseThrow();
        Store.Compacted loaded = Store.Compacted.of(first).orElseThrow();
        assertTrue(loaded.bytes() > 0 && loaded.articles() == 4, loaded::toString);

        // A record that says the live data was a tenth of the database: the next update has outgrown it.
        new Store.Compacted(loaded.bytes() / 10, loaded.articles()).writeTo(first);
        log.clear();
        String gone = seeds.get(0).getFileName().toString().replace(".txt", "");
        assertTrue(builder.remove(List.of(gone), data).ok(), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("compacted the database")), log::toString);
        Path compacted = new DataFolder(data).current().orElseThrow();
        Store.Compacted after = Store.Compacted.of(compacted).orElseThrow();
        assertEquals(3, after.articles());
        try (Store store = Store.open(data)) {
            assertEquals(after.bytes(), store.bytesOnDisk(), "the record is the compacted size");
        }

        // Within the growth allowed, the next update copies the record and does not compact.
        log.clear();
        String second = seeds.get(1).getFileName().toString().replace(".txt", "");
        assertTrue(builder.remove(List.of(second), data).ok(), log::toString);
        assertFalse(log.stream().anyMatch(l -> l.startsWith("compacted the database")), log::toString);
        assertEquals(after, Store.Compacted.of(new DataFolder(data).current().orElseThrow()).orElseThrow());

        Files.delete(input.resolve(seeds.get(0).getFileName()));
        Files.delete(input.resolve(seeds.get(1).getFileName()));
        Path fresh = tmp.resolve("fresh");
        assertTrue(builder.build(input, fresh).ok());
        Path full = new DataFolder(fresh).current().orElseThrow();
        Path updated = new DataFolder(data).current().orElseThrow();
        for (String f : DUMPS) {
            assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(updated.resolve(f)),
                    f + " of the compacted and updated build equals that of a full build");
        }
    }

    @Test
    void theRuleScalesTheLiveSizeWithTheArticles() {
        Store.Compacted c = new Store.Compacted(1000, 100);
        assertFalse(c.outgrownBy(1999, 100, 2.0));
        assertTrue(c.outgrownBy(2001, 100, 2.0));
        assertFalse(c.outgrownBy(3000, 200, 2.0), "twice the articles may take twice the space");
        assertTrue(c.outgrownBy(2001, 50, 2.0), "fewer articles never lower the size expected below the record");
    }
}
