package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.BrowseIndex;
import org.newsgraph.store.DataFolder;
import org.newsgraph.store.Store;

/**
 * The browse lists over HTTP on the seed server, checked against SPARQL run on the store itself: a
 * speaker's claims, a date range, paging without gaps or repeats, CSV and JSON equal to the page, and
 * clean refusals of bad parameters.
 */
class ListTest {

    private static SeedServer seeds;

    @BeforeAll
    static void start() {
        seeds = SeedServer.get();
    }

    private static String get(String path, String accept) throws Exception {
        var r = LinkedDataTest.get(seeds.root + path, accept);
        assertEquals(200, r.statusCode(), path);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** The first column's links of the rows table. */
    private static List<String> rows(String html) {
        List<String> out = new ArrayList<>();
        Matcher table = Pattern.compile("<table class=\"panel\" id=\"rows\">(.*?)</table>", Pattern.DOTALL).matcher(html);
        if (table.find()) {
            Matcher row = Pattern.compile("<tr><td><a href=\"([^\"]+)\"").matcher(table.group(1));
            while (row.find()) {
                out.add(row.group(1));
            }
        }
        return out;
    }

    /** Local paths of the subjects a SELECT of ?x on the store gives. */
    private static Set<String> store(String select) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(seeds.store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create("PREFIX schema: <https://schema.org/> PREFIX ng: "
                    + "<https://w3id.org/newsgraph/ns#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: "
                    + "<http://purl.org/dc/terms/> " + select, DatasetFactory.wrap(seeds.store.dataset()))) {
                qe.execSelect().forEachRemaining(s -> out.add("/" + s.getResource("x").getURI().substring(seeds.base.length())));
            }
        });
        return out;
    }

    /** Every row of a list, page by page of {@code size}, in order. */
    private static List<String> all(String path, int size) throws Exception {
        List<String> out = new ArrayList<>();
        for (int page = 1; page < 100; page++) {
            List<String> got = rows(get(path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size, "text/html"));
            out.addAll(got);
            if (got.size() < size) {
                return out;
            }
        }
        throw new AssertionError("no end to " + path);
    }

    @Test
    void aSpeakersClaimsAreExactlyThoseTheStoreAttributesToThem() throws Exception {
        Set<String> expected = store("SELECT ?x WHERE { ?x a schema:Claim ; ng:speaker <" + seeds.base + "actor/william-hague> }");
        assertFalse(expected.isEmpty(), "Hague speaks in the seeds");
        assertEquals(expected, new TreeSet<>(all("/claim/?speaker=actor/william-hague", 20)));
    }

    @Test
    void aDateRangeKeepsTheRowsDatedInsideIt() throws Exception {
        Set<String> expected = store("SELECT ?x WHERE { ?x a schema:Claim ; prov:wasDerivedFrom ?a . OPTIONAL { ?x dcterms:date ?s } "
                + "OPTIONAL { ?a schema:datePublished ?p } BIND(STR(COALESCE(?s, ?p)) AS ?d) FILTER(?d >= \"2015\" && ?d < \"2016\") }");
        assertFalse(expected.isEmpty());
        assertEquals(expected, new TreeSet<>(all("/claim/?from=2015&to=2015", 20)));
        Set<String> both = store("SELECT ?x WHERE { ?x a schema:Claim ; ng:speaker <" + seeds.base + "actor/william-hague> ; "
                + "prov:wasDerivedFrom ?a . ?a schema:datePublished ?p FILTER(STR(?p) >= \"2014-06\" && STR(?p) < \"2014-07\") }");
        assertEquals(both, new TreeSet<>(all("/claim/?speaker=actor/william-hague&from=2014-06&to=2014-06", 20)));
    }

    /**
     * The browse index gives the pages the store's own SPARQL gives: a copy of the seed build without its
     * index, served on another port under the same base, answers every list the same, byte for byte.
     */
    @Test
    void theBrowseIndexGivesThePagesOfTheStoresQueries(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path from = seeds.store.dir().getParent().getParent();
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = data.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!f.getFileName().toString().endsWith(".lock")) {
                    Files.copy(f, to);
                }
            }
        }
        try (var index = Files.walk(new DataFolder(data).current().orElseThrow().resolve(BrowseIndex.DIR))) {
            for (Path f : index.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Store store = Store.open(data)) {
            assertTrue(BrowseIndex.of(store.dataset()).isEmpty(), "the copy has no browse index");
            assertTrue(BrowseIndex.of(seeds.store.dataset()).isPresent(), "the seed build has one");
            var server = NewsgraphServer.start(store.dataset(), store.dir(), seeds.base, port);
            try {
                String other = "http://localhost:" + port;
                for (String path : List.of("/claim/", "/claim/?page=2&size=5", "/claim/?speaker=actor/william-hague",
                        "/claim/?from=2015&to=2015", "/claim/?kind=Statement", "/claim/?country=RU", "/article/",
                        "/article/?country=IR", "/article/?speaker=actor/william-hague", "/event/", "/event/?country=RU",
                        "/event/?from=2014-06&to=2015&size=3", "/event/?actor=actor/david-cameron", "/actor/", "/actor/?page=3",
                        "/country/", "/claim.csv?size=100", "/event.json?size=100")) {
                    var viaIndex = LinkedDataTest.get(seeds.root + path, "text/html");
                    var viaStore = LinkedDataTest.get(other + path, "text/html");
                    assertEquals(200, viaIndex.statusCode(), path);
                    assertEquals(new String(viaStore.body(), StandardCharsets.UTF_8),
                            new String(viaIndex.body(), StandardCharsets.UTF_8), path);
                }
            } finally {
                server.stop();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"claim", "article", "event", "actor", "country"})
    void pagesCoverEveryRowOnceAndEachRowOpens(String list) throws Exception {
        List<String> one = all("/" + list + "/", 200);
        assertFalse(one.isEmpty(), list);
        List<String> paged = all("/" + list + "/", 3);
        assertEquals(one, paged, "pages of 3 give the rows of one page, in order");
        for (String href : one.subList(0, Math.min(5, one.size()))) {
            assertEquals(200, LinkedDataTest.get(seeds.root + href, "text/html").statusCode(), href);
        }
    }

    @Test
    void csvAndJsonHoldThePagesRows() throws Exception {
        List<String> html = rows(get("/claim/?kind=DirectQuote", "text/html"));
        String csv = get("/claim.csv?kind=DirectQuote", null);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("Claim,Claim IRI,Speaker"), lines.get(0));
        assertEquals(html.size(), lines.size() - 1);
        JsonArray items = JSON.parse(get("/claim/?kind=DirectQuote", "application/json")).get("items").getAsArray();
        assertEquals(html.size(), items.size());
        for (int i = 0; i < html.size(); i++) {
            assertEquals(seeds.base + html.get(i).substring(1), items.get(i).getAsObject().get("Claim IRI").getAsString().value());
        }
    }

    @Test
    void badParametersAreRefusedWithAReason() throws Exception {
        for (String bad : List.of("/claim/?from=yesterday", "/claim/?speaker=%3Cscript%3E", "/claim/?colour=red",
                "/actor/?kind=DirectQuote", "/event/?type=a%20b")) {
            var r = LinkedDataTest.get(seeds.root + bad, "text/html");
            assertEquals(400, r.statusCode(), bad);
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).startsWith("Bad request"), bad);
        }
    }
}
