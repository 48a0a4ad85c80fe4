package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/** The same event reported by two articles becomes one event with two sources, in a real TDB2 store. */
class EventMergerTest {

    private static final String PARA = " The talks covered the war in Syria and were described by officials on both "
            + "sides as constructive, according to several diplomats who spoke afterwards.";

    @Test
    void twoReportsOfOneCallAreOneEvent(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Cameron and Putin speak by phone\n\nBy Jane Smith\n9 December 2015\n\n"
                + "David Cameron and Vladimir Putin held a telephone conversation early on Wednesday." + PARA + "\n");
        Files.writeString(in.resolve("b.txt"), "Putin and Cameron discuss Syria\n\nBy John Brown\n10 December 2015\n\n"
                + "Vladimir Putin and David Cameron held a telephone conversation on Wednesday, Britain said." + PARA + "\n");
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("build", "--input", in.toString(), "--data", data.toString()));
        try (Store store = Store.open(data)) {
            new EventMerger().merge(store.dataset());
            long calls = count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e <https://w3id.org/newsgraph/ns#eventType> "
                    + "<https://w3id.org/newsgraph/ns#Communication> }");
            long sources = count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e <https://w3id.org/newsgraph/ns#eventType> "
                    + "<https://w3id.org/newsgraph/ns#Communication> ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?a }");
            assertEquals(1, calls, "one call");
            assertEquals(2, sources, "reported by both articles");
            assertEquals(0, new EventMerger().merge(store.dataset()), "merging again changes nothing");
        }
    }

    private static long count(Store store, String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(store.dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void differentDatesStayApart(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Call one\n\nBy Jane Smith\n9 December 2015\n\n"
                + "David Cameron and Vladimir Putin held a telephone conversation early on Wednesday." + PARA + "\n");
        Files.writeString(in.resolve("b.txt"), "Call two\n\nBy John Brown\n20 March 2016\n\n"
                + "David Cameron and Vladimir Putin held a telephone conversation on Friday." + PARA + "\n");
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("build", "--input", in.toString(), "--data", data.toString()));
        try (Store store = Store.open(data)) {
            new EventMerger().merge(store.dataset());
            assertTrue(count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e <https://w3id.org/newsgraph/ns#eventType> "
                    + "<https://w3id.org/newsgraph/ns#Communication> }") == 2);
        }
    }
}
