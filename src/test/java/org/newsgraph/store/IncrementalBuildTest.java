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
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Components;

/**
 * An input updated step by step (an article removed, one added, one changed, one deleted from the folder)
 * gives the same data folder as a full build of the final input: the same dumps, VoID, sources and event
 * reports, byte for byte, with the events that several articles report merged the same way, though the
 * updates converted only the files that changed.
 */
class IncrementalBuildTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String PARA = " The talks covered the war in Syria and were described by officials on both "
            + "sides as constructive, according to several diplomats who spoke afterwards.";
    /** Three reports of one telephone call, each dated differently in its own article. */
    private static final String CALL_A = "Cameron and Putin speak by phone\n\nBy Jane Smith\n9 December 2015\n\n"
            + "David Cameron and Vladimir Putin held a telephone conversation early on Wednesday." + PARA + "\n";
    private static final String CALL_B = "Putin and Cameron discuss Syria\n\nBy John Brown\n10 December 2015\n\n"
            + "Vladimir Putin and David Cameron held a telephone conversation on Wednesday, Britain said." + PARA + "\n";
    private static final String CALL_C = "Downing Street on the call\n\nBy Ann Green\n11 December 2015\n\n"
            + "David Cameron spoke to Vladimir Putin in a telephone conversation on Wednesday, officials said." + PARA
            + "\n";
    private static final List<String> PUBLISHED = List.of(VoidWriter.FILE, SourceTable.FILE, EventMerger.TABLE,
            DumpWriter.DIR + "/" + DumpWriter.TRIG, DumpWriter.DIR + "/" + DumpWriter.TURTLE,
            DumpWriter.DIR + "/" + DumpWriter.SUMS);

    private static Components components;

    @BeforeAll
    static void wire() {
        components = Builders.components();
    }

    private static CorpusBuilder builder(List<String> log) {
        return Builders.builder(log);
    }

    @Test
    void updatesGiveTheDataFolderOfAFullBuild(@TempDir Path tmp) throws IOException {
        List<Path> seeds;
        try (var s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.copy(seeds.get(0), input.resolve("s0.txt"));
        Files.copy(seeds.get(1), input.resolve("s1.txt"));
        Files.copy(seeds.get(2), Files.createDirectories(input.resolve("more")).resolve("s2.txt"));
        Files.writeString(input.resolve("callA.txt"), CALL_A);
        Files.writeString(input.resolve("callB.txt"), CALL_B);
        Path data = tmp.resolve("data");
        List<String> log = new ArrayList<>();
        CorpusBuilder.Report first = builder(log).build(input, data);
        assertTrue(first.ok(), first.failures()::toString);
        assertEquals(5, first.converted());
        assertEquals(2, communicationSources(data), "the first build merges the two reports of the call");

        // One by one: remove s0, add a third report of the call, then change s1, delete callB and add s3.
        log.clear();
        CorpusBuilder.Report removed = builder(log).remove(List.of("s0"), data);
        assertEquals(List.of(0, 1), List.of(removed.converted(), removed.removed()), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("updating the current build")), log::toString);
        Files.delete(input.resolve("s0.txt"));

        Path extra = Files.createDirectories(tmp.resolve("extra"));
        Files.writeString(extra.resolve("callC.txt"), CALL_C);
        CorpusBuilder.Report added = builder(log).add(List.of(extra.resolve("callC.txt")), data);
        assertEquals(1, added.converted(), log::toString);
        assertEquals(3, communicationSources(data), "the added report joins the merged call");
        Files.copy(extra.resolve("callC.txt"), input.resolve("callC.txt"));

        Files.writeString(input.resolve("s1.txt"), Files.readString(input.resolve("s1.txt"))
                + "\nThe minister said the talks would resume next week in Geneva.\n");
        // The merged call took the IRI of callB's report, so without it the other two reports merge anew.
        Files.delete(input.resolve("callB.txt"));
        Files.copy(seeds.get(3), input.resolve("s3.txt"));
        log.clear();
        CorpusBuilder.Report updated = builder(log).build(input, data);
        assertTrue(updated.ok(), updated.failures()::toString);
        assertEquals(List.of(2, 1, 5), List.of(updated.converted(), updated.removed(), updated.loaded()),
                "converted s1 and s3, dropped callB; " + log);
        assertTrue(log.stream().anyMatch(l -> l.matches("rewrote [1-9].*")), () -> "the unchanged reports of the "
                + "call are merged anew: " + log);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("updating the current build")), log::toString);
        assertEquals(2, communicationSources(data), "the call stays merged without the report removed");

        Path fresh = tmp.resolve("fresh");
        CorpusBuilder.Report full = builder(new ArrayList<>()).build(input, fresh);
        assertEquals(5, full.converted());
        Path a = new DataFolder(data).current().orElseThrow();
        Path b = new DataFolder(fresh).current().orElseThrow();
        for (String f : PUBLISHED) {
            assertArrayEquals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(a.resolve(f)),
                    f + " of the updated build equals that of a full build");
        }

        assertEquals(postings(b, SearchIndex.DIR, "uri"), postings(a, SearchIndex.DIR, "uri"),
                "the updated search index holds what a full build's does");
        assertTrue(postings(a, SearchIndex.DIR, "uri").containsKey("headline:downing"), "the added article's words are found");
        assertFalse(postings(a, SearchIndex.DIR, "uri").containsKey("headline:discuss"),
                "the words of the dropped article are gone");
        var lists = postings(a, BrowseIndex.DIR, BrowseIndex.ITEM);
        assertEquals(postings(b, BrowseIndex.DIR, BrowseIndex.ITEM), lists,
                "the updated browse index holds what a full build's does");
        assertTrue(lists.get("list:article").stream().noneMatch(i -> i.contains("/article/s0")),
                "the removed article is gone from the lists: " + lists.get("list:article"));

        // Nothing to do is a build that converts nothing and changes nothing.
        log.clear();
        CorpusBuilder.Report again = builder(log).build(input, data);
        assertEquals(List.of(0, 0), List.of(again.converted(), again.removed()), log::toString);
        Path c = new DataFolder(data).current().orElseThrow();
        for (String f : PUBLISHED) {
            assertArrayEquals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(c.resolve(f)), f);
        }
    }

    @Test
    void removingAnUnknownSourceSaysSoAndChangesNothing(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.writeString(input.resolve("callA.txt"), CALL_A);
        Path data = tmp.resolve("data");
        assertTrue(builder(new ArrayList<>()).build(input, data).ok());
        CorpusBuilder.Report r = builder(new ArrayList<>()).remove(List.of("nope"), data);
        assertFalse(r.ok());
        assertTrue(r.failures().get(0).contains("nope"), r.failures()::toString);
        assertEquals(Set.of("callA"), SourceTable.of(new DataFolder(data).current().orElseThrow()).orElseThrow()
                .hashes().keySet());
    }

    /**
     * Every term of one of a build's indexes, by field, with the subjects ({@code id}) of the live documents
     * that hold it (a document deleted by an update but not yet merged away does not count; one indexed
     * twice does).
     */
    private static java.util.SortedMap<String, List<String>> postings(Path build, String index, String id)
            throws IOException {
        java.util.SortedMap<String, List<String>> out = new java.util.TreeMap<>();
        try (var dir = org.apache.lucene.store.FSDirectory.open(build.resolve(index));
             var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                var r = leaf.reader();
                var live = r.getLiveDocs();
                for (var field : r.getFieldInfos()) {
                    var terms = r.terms(field.name);
                    if (terms == null) {
                        continue;
                    }
                    var te = terms.iterator();
                    for (var t = te.next(); t != null; t = te.next()) {
                        var docs = te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
                        for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                             d = docs.nextDoc()) {
                            if (live == null || live.get(d)) {
                                out.computeIfAbsent(field.name + ":" + t.utf8ToString(), k -> new ArrayList<>())
                                        .add(r.storedFields().document(d).get(id));
                            }
                        }
                    }
                }
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** The articles that report the most reported call of the store: those of the merged call. */
    private static long communicationSources(Path data) {
        try (Store store = Store.open(data)) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create("SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e "
                        + "<https://w3id.org/newsgraph/ns#eventType> <https://w3id.org/newsgraph/ns#Communication> ; "
                        + "<http://www.w3.org/ns/prov#wasDerivedFrom> ?a } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1",
                        DatasetFactory.wrap(store.dataset()))) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }
}
