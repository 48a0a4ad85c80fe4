package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.Iris;

/**
 * The statistics graph a build writes holds the same figures as aggregates over the union of the
 * article graphs computed when asked, for every entity, class, outlet and month; its ranks follow them.
 */
class StatisticsTest {

    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    @TempDir
    static Path dir;
    static Store store;
    static String stats;

    @BeforeAll
    static void build() {
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("build", "--input", "seeds", "--data", data.toString()));
        store = Store.open(data);
        stats = new Iris(Iris.DEFAULT_BASE).statisticsGraph().getURI();
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        store.close();
    }

    private static Map<String, String> pairs(String query) {
        Map<String, String> out = new TreeMap<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(PREFIXES + query).build()) {
                qe.select().forEachRemaining(b -> out.put(b.get("k").toString(), b.get("n").getLiteralLexicalForm()));
            }
        });
        return out;
    }

    private static Map<String, String> stored(String property) {
        return pairs("SELECT ?k ?n WHERE { GRAPH <" + stats + "> { ?k " + property + " ?n } }");
    }

    @Test
    void perEntityCountsAgreeWithTheUnion() {
        Map<String, String> articles = pairs("SELECT ?k (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle ; "
                + "schema:mentions ?k } GROUP BY ?k");
        assertTrue(articles.size() > 10, "the seeds mention many entities: " + articles.size());
        assertEquals(articles, stored("ng:articleCount").entrySet().stream()
                .filter(e -> !e.getKey().contains("#month-")).collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        assertEquals(pairs("SELECT ?k (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?k } GROUP BY ?k"),
                stored("ng:mentionCount"));
        assertEquals(pairs("SELECT ?k (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a schema:Claim ; ng:speaker ?k } GROUP BY ?k"),
                stored("ng:claimCount"));
        assertEquals(pairs("SELECT ?k (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a schema:Claim ; schema:mentions ?k } GROUP BY ?k"),
                stored("ng:claimMentionCount"));
        assertEquals(pairs("SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Event ; ng:participant ?k } GROUP BY ?k"),
                stored("ng:eventCount"));
        assertEquals(pairs("SELECT ?k (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:publisher ?k } GROUP BY ?k"),
                stored("ng:publishedCount"));
        assertFalse(stored("ng:claimCount").isEmpty(), "the seeds have attributed claims");
    }

    @Test
    void classCountsAreWhatArticlesHoldAndMention() {
        Map<String, String> byClass = pairs("SELECT ?k ?n WHERE { GRAPH <" + stats + "> { <" + stats + "> a ng:Statistics ; "
                + "void:classPartition ?p . ?p void:class ?k ; void:entities ?n } }");
        assertEquals("5", byClass.get("https://schema.org/NewsArticle"));
        assertEquals(pairs("SELECT ?k (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?k { schema:Claim schema:Event } ?x a ?k } GROUP BY ?k"),
                new TreeMap<>(Map.of("https://schema.org/Claim", byClass.get("https://schema.org/Claim"),
                        "https://schema.org/Event", byClass.get("https://schema.org/Event"))));
        Map<String, String> mentioned = pairs("SELECT ?k (COUNT(DISTINCT ?x) AS ?n) WHERE { "
                + "VALUES ?k { schema:Person schema:Organization schema:Country } ?x a ?k . "
                + "?a a schema:NewsArticle ; schema:mentions ?x } GROUP BY ?k");
        for (String c : List.of("Person", "Organization", "Country")) {
            assertEquals(mentioned.get("https://schema.org/" + c), byClass.get("https://schema.org/" + c), c);
        }
        long allCountries = Long.parseLong(pairs("SELECT (\"c\" AS ?k) (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a schema:Country }").get("\"c\""));
        assertTrue(Long.parseLong(byClass.get("https://schema.org/Country")) < allCountries,
                "countries the reference data lists but no article mentions are not counted");
    }

    @Test
    void monthsCountTheArticlesDatedInThem() {
        Map<String, String> months = pairs("SELECT ?k ?n WHERE { GRAPH <" + stats + "> { ?m dcterms:date ?d ; ng:articleCount ?n } "
                + "BIND(STR(?d) AS ?k) }");
        assertEquals(pairs("SELECT ?k (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:datePublished ?d "
                + "BIND(SUBSTR(STR(?d), 1, 7) AS ?k) FILTER(STRLEN(STR(?d)) >= 7) } GROUP BY ?k"), months);
    }

    @Test
    void ranksFollowTheCounts() {
        List<String[]> actors = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(PREFIXES + "SELECT ?e ?r ?n WHERE { GRAPH <" + stats
                    + "> { ?e ng:actorRank ?r ; ng:articleCount ?n } } ORDER BY ?r").build()) {
                qe.select().forEachRemaining(b -> actors.add(new String[] {b.get("e").getURI(),
                        b.get("r").getLiteralLexicalForm(), b.get("n").getLiteralLexicalForm()}));
            }
        });
        assertTrue(actors.size() > 3, "actors are ranked");
        for (int i = 0; i < actors.size(); i++) {
            assertEquals(Integer.toString(i + 1), actors.get(i)[1], "ranks run 1, 2, 3 …");
            if (i > 0) {
                assertTrue(Long.parseLong(actors.get(i - 1)[2]) >= Long.parseLong(actors.get(i)[2]), "more articles rank higher");
            }
            assertFalse(actors.get(i)[0].contains("/country/"), "countries are ranked apart: " + actors.get(i)[0]);
        }
        Map<String, String> latest = stored("ng:latestRank");
        assertEquals(5, latest.size(), "every seed article is among the latest");
        Map<String, String> newest = pairs("SELECT ?k (\"1\" AS ?n) WHERE { ?k schema:datePublished ?d } ORDER BY DESC(?d) LIMIT 1");
        assertEquals("1", latest.get(newest.keySet().iterator().next()), "the newest article ranks first");
        Map<String, String> undated = pairs("SELECT ?k (\"x\" AS ?n) WHERE { ?k a schema:NewsArticle FILTER NOT EXISTS { ?k schema:datePublished ?d } }");
        for (String k : undated.keySet()) {
            assertEquals("5", latest.get(k), "the undated article comes last");
        }
        assertTrue(new Statistics(new Iris(Iris.DEFAULT_BASE)).present(store.dataset()));
    }

    @Test
    void writingAgainReplacesTheGraph() {
        Node g = new Iris(Iris.DEFAULT_BASE).statisticsGraph().asNode();
        long before = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(g).size());
        new Statistics(new Iris(Iris.DEFAULT_BASE)).write(store.dataset());
        long after = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(g).size());
        assertEquals(before, after, "recomputing gives the same graph, not a second copy");
    }
}
