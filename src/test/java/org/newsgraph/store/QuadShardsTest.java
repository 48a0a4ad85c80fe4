package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;

/**
 * {@code build --from-nquads}: shards holding a build's article, ontology, reference and build graphs load into
 * the data folder of that build (same dumps and VoID, entities and statistics derived again); a bad shard fails
 * the load by file and line and leaves the served build alone; Hadoop's marker and checksum files are skipped.
 */
public class QuadShardsTest {

    @Test
    void shardsOfABuildLoadIntoTheSameDataFolder(@TempDir Path tmp) throws IOException {
        List<String> log = new ArrayList<>();
        Path built = tmp.resolve("built");
        Builders.builder(log).build(Path.of("seeds"), built);
        Path shards = shardsOf(Builders.components().converter.iris(), built, tmp.resolve("shards"));
        Files.writeString(shards.resolve("_SUCCESS"), "");
        Files.writeString(shards.resolve("a/.part-00000.gz.crc"), "not quads");

        CorpusBuilder.Report r = Builders.builder(log).loadShards(shards, tmp.resolve("loaded"));
        assertEquals(5, r.loaded());
        Path a = new DataFolder(built).current().orElseThrow();
        Path b = new DataFolder(tmp.resolve("loaded")).current().orElseThrow();
        for (String f : List.of(DumpWriter.DIR + "/" + DumpWriter.TRIG, DumpWriter.DIR + "/" + DumpWriter.TURTLE,
                VoidWriter.FILE)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertTrue(Files.isDirectory(b.resolve(SearchIndex.DIR)) && Files.isDirectory(b.resolve(BrowseIndex.DIR)));
        assertTrue(Store.stamped(b, Store.INPUT_KEY).orElseThrow().endsWith("shards"));
    }

    @Test
    void aBadShardFailsTheLoadByFileAndLineAndKeepsTheServedBuild(@TempDir Path tmp) throws IOException {
        List<String> log = new ArrayList<>();
        Path data = tmp.resolve("data");
        Builders.builder(log).build(Path.of("seeds"), data);
        Path served = new DataFolder(data).current().orElseThrow();
        Path shards = shardsOf(Builders.components().converter.iris(), data, tmp.resolve("shards"));
        Path bad = shards.resolve("b/part-00009.nq");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n<http://x/s> <http://x/p> oops <http://x/g> .\n");

        NewsgraphException e = assertThrows(NewsgraphException.class, () -> Builders.builder(log).loadShards(shards, data));
        assertTrue(e.describe().startsWith(bad.toString()) && e.describe().contains("line: 2"), e.describe());
        assertEquals(served, new DataFolder(data).current().orElseThrow());
        assertEquals(List.of(served), listBuilds(data));
    }

    @Test
    void shardsMustHoldNamedGraphsAndABuildGraph(@TempDir Path tmp) throws IOException {
        Path shards = Files.createDirectories(tmp.resolve("shards"));
        Path data = tmp.resolve("data");
        Files.writeString(shards.resolve("x.nq"), "<http://x/s> <http://x/p> <http://x/o> .\n");
        NewsgraphException triple = assertThrows(NewsgraphException.class,
                () -> Builders.builder(new ArrayList<>()).loadShards(shards, data));
        assertTrue(triple.describe().contains("outside any named graph"), triple.describe());

        Files.writeString(shards.resolve("x.nq"), "<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n");
        NewsgraphException noBuild = assertThrows(NewsgraphException.class,
                () -> Builders.builder(new ArrayList<>()).loadShards(shards, data));
        assertTrue(noBuild.describe().contains("no build graph"), noBuild.describe());
        assertTrue(new DataFolder(data).current().isEmpty());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("_SUCCESS"), "");
        assertTrue(assertThrows(NewsgraphException.class, () -> QuadShards.list(empty)).describe()
                .contains("no N-Quads shard files"));
        assertTrue(assertThrows(NewsgraphException.class, () -> QuadShards.list(tmp.resolve("missing"))).describe()
                .contains("not a folder"));
    }

    private static List<Path> listBuilds(Path data) throws IOException {
        try (var s = Files.list(data.resolve(DataFolder.BUILDS))) {
            return s.toList();
        }
    }

    /**
     * What the Spark job writes for a corpus: every graph of the build but the two derived ones, as N-Quads in
     * two folders, one shard gzipped.
     */
    public static Path shardsOf(Iris iris, Path data, Path shards) throws IOException {
        Node entities = iris.entitiesGraph().asNode();
        Node statistics = iris.statisticsGraph().asNode();
        List<String> lines = new ArrayList<>();
        try (Store store = Store.open(data)) {
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> {
                if (!q.getGraph().equals(entities) && !q.getGraph().equals(statistics)) {
                    lines.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                            + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .\n");
                }
            }));
        }
        Files.createDirectories(shards.resolve("a"));
        Files.createDirectories(shards.resolve("b"));
        int half = lines.size() / 2;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(shards.resolve("a/part-00000.gz")))) {
            for (String l : lines.subList(0, half)) {
                out.write(l.getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.writeString(shards.resolve("b/part-00001.nq"), String.join("", lines.subList(half, lines.size())));
        return shards;
    }
}
