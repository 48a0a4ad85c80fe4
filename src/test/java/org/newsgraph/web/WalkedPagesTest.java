package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Store;

/**
 * The lists of an entity with more matches than a page, found by walking the dates from the newest and
 * probing (what the pages of much-mentioned entities do), are the lists the page queries' own sort gives:
 * the same rows in the same order on every page, the same counts and links; and they come newest first,
 * with "N more" a link to the next page, which continues where the first stopped.
 */
class WalkedPagesTest {

    private static final String BASE = "http://news.example.org/";
    private static final String NG = "https://w3id.org/newsgraph/ns#";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    static Store store;
    static FusekiServer walked;
    static FusekiServer sorted;

    @BeforeAll
    static void start() {
        Path articles = dir.resolve("articles");
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("generate", "--articles", "80", "--seed", "11", "--out", articles.toString()));
        assertEquals(0, Main.run("build", "--input", articles.toString(), "--data", data.toString(), "--base", BASE));
        store = Store.open(data);
        ServerLimits limits = ServerLimits.defaults(Duration.ofSeconds(20));
        walked = NewsgraphServer.start(store.dataset(), store.dir(), BASE, 0, limits, false, NewestFirst.Policy.ALWAYS);
        sorted = NewsgraphServer.start(store.dataset(), store.dir(), BASE, 0, limits, false, NewestFirst.Policy.NEVER);
    }

    @AfterAll
    static void stop() {
        walked.stop();
        sorted.stop();
        store.close();
    }

    private static String page(FusekiServer s, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + s.getHttpPort() + path))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), () -> path + " → " + r.body());
        return r.body();
    }

    /** The entities with the highest figure of one statistics property, with that figure. */
    private static List<Binding> top(String property, int n) {
        Node stats = new Iris(BASE).statisticsGraph().asNode();
        return Txn.calculateRead(store.dataset(), () -> {
            List<Binding> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query("SELECT ?e ?n WHERE { GRAPH <" + stats.getURI()
                    + "> { ?e <" + NG + property + "> ?n } } ORDER BY DESC(?n) ?e LIMIT " + n).build()) {
                qe.select().forEachRemaining(out::add);
            }
            return out;
        });
    }

    private static String path(Binding b) {
        return "/" + b.get("e").getURI().substring(BASE.length());
    }

    /** Every list of a page (its table, its "more" text and page links), in page order. */
    private static List<String> panels(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("data-panel=\"[^\"]*\">.*?</table>.*?(?=<h2|</main>)", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void walkingGivesTheListsThatSortingGives() throws Exception {
        List<Binding> entities = new ArrayList<>();
        for (String p : List.of("articleCount", "claimMentionCount", "eventCount", "claimCount")) {
            entities.addAll(top(p, 2));
        }
        assertTrue(Long.parseLong(entities.get(0).get("n").getLiteralLexicalForm()) > 20,
                "the most-mentioned entity has more articles than a page");
        int compared = 0;
        for (Binding e : entities) {
            String path = path(e);
            List<String> variants = new ArrayList<>(List.of(path, path + "?size=3"));
            for (String panel : List.of("articles", "claims", "claims-mentioning", "events", "co-mentioned")) {
                for (String q : List.of("page=1&size=5", "page=2&size=5", "page=3&size=4", "page=2&size=20")) {
                    variants.add(path + "?panel=" + panel + "&" + q);
                }
            }
            for (String v : variants) {
                List<String> a = panels(page(walked, v));
                List<String> b = panels(page(sorted, v));
                assertEquals(b, a, v);
                compared += a.size();
            }
        }
        assertTrue(compared > 100, "lists compared: " + compared);
    }

    @Test
    void theWalkFindsTheRowsOfTheSort() {
        Binding top = top("articleCount", 1).get(0);
        Node entity = top.get("e");
        long matches = Long.parseLong(top.get("n").getLiteralLexicalForm());
        NewestFirst.Walk articles = new NewestFirst.Walk(SchemaDO.datePublished.asNode(), SchemaDO.mentions.asNode(),
                SchemaDO.NewsArticle.asNode());
        NewestFirst walk = new NewestFirst(store.dataset(), NewestFirst.Policy.ALWAYS, List.of(articles));
        Txn.executeRead(store.dataset(), () -> {
            List<Node> expected = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query("PREFIX schema: <https://schema.org/> "
                    + "SELECT ?a WHERE { ?a schema:mentions <" + entity.getURI() + "> ; a schema:NewsArticle "
                    + "OPTIONAL { ?a schema:datePublished ?d } } ORDER BY DESC(?d) ?a OFFSET 7 LIMIT 9").build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> expected.add(b.get("a")));
            }
            Optional<List<NewestFirst.Hit>> hits = walk.page(articles, entity, matches, 7, 9,
                    Deadline.in(Duration.ofSeconds(30)));
            assertTrue(hits.isPresent(), "an entity with more matches than a page is walked");
            assertEquals(expected, hits.get().stream().map(NewestFirst.Hit::item).toList());
            assertTrue(walk.page(articles, entity, matches, matches, 1, Deadline.in(Duration.ofSeconds(30))).isEmpty(),
                    "past the last match the walk leaves the page to the query");
            assertTrue(walk.page(articles, NodeFactory.createURI(BASE + "nothing"), 0L, 0, 1,
                    Deadline.in(Duration.ofSeconds(30))).isEmpty(), "nothing to walk for an entity without matches");
        });
    }

    // What a browser makes of an attribute value: character references decoded.
    private static String unescape(String s) {
        Matcher m = Pattern.compile("&#x([0-9A-Fa-f]+);|&amp;").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r = m.group(1) != null ? Character.toString(Integer.parseInt(m.group(1), 16)) : "&";
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void aLongListComesNewestFirstAndItsMoreLinkLeadsOn() throws Exception {
        Binding top = top("articleCount", 1).get(0);
        long matches = Long.parseLong(top.get("n").getLiteralLexicalForm());
        String html = page(walked, path(top) + "?panel=articles&page=1&size=5");
        Matcher more = Pattern.compile("href=\"([^\"]*)\"[^>]*>([0-9,]+) more").matcher(html);
        assertTrue(more.find(), "'N more' is a link: " + html);
        assertEquals(matches - 5, Long.parseLong(more.group(2).replace(",", "")), "the rest is counted");
        String next = unescape(more.group(1));
        assertTrue(next.contains("page=2"), next);
        List<String> dates = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String p : List.of(html, page(walked, next))) {
            Matcher row = Pattern.compile("<tr><td>(.*?)</td>.*?href=\"([^\"]*)\"", Pattern.DOTALL)
                    .matcher(panels(p).get(0));
            while (row.find()) {
                dates.add(row.group(1).replaceAll("<[^>]*>", "").strip());
                seen.add(row.group(2));
            }
        }
        assertEquals(10, seen.size(), "two pages of five: " + seen);
        assertEquals(10, new HashSet<>(seen).size(), "page 2 continues where page 1 stopped: " + seen);
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i).isEmpty() || dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
        }
        assertFalse(dates.get(0).isEmpty(), "dated articles come first");
    }
}
