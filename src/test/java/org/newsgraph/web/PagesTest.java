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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Statistics;
import org.newsgraph.store.Store;

/**
 * Pages of a graph whose IRIs were minted under a base the server does not answer on: links lead to the
 * server that answered, every list comes a page at a time with next and previous links that walk it whole
 * and in order, and the landing page comes from the build's statistics (or, without them, still comes).
 */
class PagesTest {

    private static final String BASE = "http://news.example.org/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    static Store store;
    static FusekiServer relative;
    static FusekiServer toBase;

    @BeforeAll
    static void start() {
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("build", "--input", "seeds", "--data", data.toString(), "--base", BASE));
        store = Store.open(data);
        relative = NewsgraphServer.start(store.dataset(), store.dir(), BASE, 0, ServerLimits.defaults(Duration.ofSeconds(20)));
        toBase = NewsgraphServer.start(store.dataset(), store.dir(), BASE, 0, ServerLimits.defaults(Duration.ofSeconds(20)), true);
    }

    @AfterAll
    static void stop() {
        relative.stop();
        toBase.stop();
        store.close();
    }

    private static String root(FusekiServer s) {
        return "http://localhost:" + s.getHttpPort();
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String page(String url) throws Exception {
        HttpResponse<String> r = get(url, "text/html");
        assertEquals(200, r.statusCode(), () -> url + " → " + r.body());
        return r.body();
    }

    // What a browser makes of an attribute value: character references decoded.
    private static String unescape(String s) {
        Matcher m = Pattern.compile("&#x([0-9A-Fa-f]+);|&#([0-9]+);|&amp;|&quot;|&lt;|&gt;").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r = m.group(1) != null ? Character.toString(Integer.parseInt(m.group(1), 16))
                    : m.group(2) != null ? Character.toString(Integer.parseInt(m.group(2)))
                    : switch (m.group()) { case "&amp;" -> "&"; case "&quot;" -> "\""; case "&lt;" -> "<"; default -> ">"; };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> hrefs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    private static String topCountry() {
        Node stats = new Iris(BASE).statisticsGraph().asNode();
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query("SELECT ?c WHERE { GRAPH <" + stats.getURI()
                    + "> { ?c <https://w3id.org/newsgraph/ns#countryRank> 1 } }").build()) {
                return qe.select().next().get("c").getURI();
            }
        });
    }

    private static long count(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    @Test
    void linksLeadToTheServerThatAnswered() throws Exception {
        String landing = page(root(relative) + "/");
        assertFalse(landing.contains("href=\"" + BASE), "no link leaves for the base:\n" + landing);
        assertTrue(landing.contains(root(relative) + "/sparql"), "the example names the address the page came from");
        String country = topCountry();
        assertTrue(landing.contains("href=\"/" + country.substring(BASE.length()) + "\""), "the top country is linked");
        String countryPage = page(root(relative) + "/" + country.substring(BASE.length()));
        int followed = 0;
        for (String href : hrefs(countryPage)) {
            assertFalse(href.startsWith(BASE), href);
            if (href.startsWith("/") && !href.startsWith("/static/") && followed < 40) {
                HttpResponse<String> r = get(root(relative) + href, "text/html");
                assertEquals(200, r.statusCode(), () -> href + " from " + country);
                followed++;
            }
        }
        assertTrue(followed > 10, "the country page links to its articles, claims, events: " + followed);
        HttpResponse<String> ttl = get(root(relative) + "/" + country.substring(BASE.length()), "text/turtle");
        assertEquals(200, ttl.statusCode());
        org.apache.jena.graph.Graph g = org.apache.jena.riot.RDFParser.fromString(ttl.body(), org.apache.jena.riot.Lang.TURTLE)
                .toGraph();
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(country), Node.ANY, Node.ANY),
                "the data keep the IRIs of their base");
    }

    @Test
    void withABaseLinksAreTheIris() throws Exception {
        String landing = page(root(toBase) + "/");
        assertTrue(landing.contains("href=\"" + topCountry() + "\""), landing);
        assertTrue(landing.contains(BASE + "sparql"));
    }

    /** Rows of one panel of a page: the hrefs of its first linked column, and its first column's text. */
    private record Rows(List<String> keys, List<String> firstColumn, String next, String previous, String html) { }

    private static Rows rows(String html, String panel) {
        Matcher table = Pattern.compile("data-panel=\"" + panel + "\">(.*?)</table>(.*?)(<h2|</main>)", Pattern.DOTALL)
                .matcher(html);
        if (!table.find()) {
            return new Rows(List.of(), List.of(), "", "", html);
        }
        List<String> keys = new ArrayList<>();
        List<String> first = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>(.*?)</td>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(1));
        while (row.find()) {
            first.add(row.group(1).replaceAll("<[^>]*>", ""));
            List<String> links = hrefs(row.group(1) + row.group(2));
            keys.add(links.isEmpty() ? "" : links.get(0));
        }
        Matcher next = Pattern.compile("href=\"([^\"]*)\" rel=\"next\"").matcher(table.group(2));
        Matcher prev = Pattern.compile("href=\"([^\"]*)\" rel=\"prev\"").matcher(table.group(2));
        return new Rows(keys, first, next.find() ? unescape(next.group(1)) : "",
                prev.find() ? unescape(prev.group(1)) : "", html);
    }

    @Test
    void aListLongerThanAPageIsWalkedWholeAndNewestFirst() throws Exception {
        String country = topCountry();
        String path = "/" + country.substring(BASE.length());
        long articles = count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> ; "
                + "<https://schema.org/mentions> <" + country + "> }");
        assertTrue(articles >= 3, "the top country is in several seed articles: " + articles);

        String whole = page(root(relative) + path + "?size=2");
        Rows first = rows(whole, "articles");
        assertEquals(2, first.keys().size(), "a page of two");
        assertTrue(whole.contains("and " + (articles - 2) + " more") || whole.contains((articles - 2) + " more →"),
                "the rest is counted: " + (articles - 2));
        assertFalse(first.next().isEmpty(), "'N more' is a link");

        List<String> seen = new ArrayList<>(first.keys());
        List<String> dates = new ArrayList<>(first.firstColumn());
        String next = first.next();
        String previousPage = null;
        int pages = 1;
        while (!next.isEmpty()) {
            String html = page(root(relative) + next);
            Rows r = rows(html, "articles");
            assertFalse(r.keys().isEmpty(), next);
            assertFalse(r.previous().isEmpty(), "a later page links back");
            previousPage = r.previous();
            assertTrue(html.contains("← the whole page"), "a list alone links to the whole page");
            seen.addAll(r.keys());
            dates.addAll(r.firstColumn());
            next = r.next();
            pages++;
            assertTrue(pages < 20, "the pages end");
        }
        assertEquals(articles, seen.size(), "every article once: " + seen);
        assertEquals(articles, new HashSet<>(seen).size(), "no article twice: " + seen);
        boolean undatedSeen = false;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).isBlank()) {
                undatedSeen = true;
            } else {
                assertFalse(undatedSeen, "undated articles come last: " + dates);
                if (i > 0 && !dates.get(i - 1).isBlank()) {
                    assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
                }
            }
        }
        Rows back = rows(page(root(relative) + previousPage), "articles");
        assertEquals(seen.subList((pages - 2) * 2, (pages - 2) * 2 + back.keys().size()), back.keys(),
                "previous goes back to the page before");
    }

    @Test
    void pageSizesAreTheUsersWithinACap() throws Exception {
        String path = "/" + topCountry().substring(BASE.length());
        Rows one = rows(page(root(relative) + path + "?size=1"), "articles");
        assertEquals(1, one.keys().size());
        Rows huge = rows(page(root(relative) + path + "?panel=articles&size=100000"), "articles");
        assertTrue(huge.keys().size() <= Paging.MAX_SIZE && huge.keys().size() > 1, "capped, and all of the seeds");
        assertTrue(huge.next().isEmpty(), "everything fits: no next page");
        Rows junk = rows(page(root(relative) + path + "?panel=articles&page=x&size=-3"), "articles");
        assertEquals(huge.keys().subList(0, Math.min(Paging.DEFAULT_SIZE, huge.keys().size())), junk.keys(),
                "nonsense numbers give the first page at the default size");
        String beyond = page(root(relative) + path + "?panel=articles&page=999&size=2");
        assertTrue(rows(beyond, "articles").keys().isEmpty() && beyond.contains("rel=\"prev\""),
                "past the end: no rows, a way back");
    }

    @Test
    void propertyValuesComeAPageAtATime() throws Exception {
        String country = topCountry();
        String path = "/" + country.substring(BASE.length());
        String taIdentRef = "http://www.w3.org/2005/11/its/rdf#taIdentRef";
        long mentions = count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m <" + taIdentRef + "> <" + country + "> }");
        assertTrue(mentions > 3, "mentions of the top country: " + mentions);
        Set<String> all = new HashSet<>();
        String next = path + "?panel=in&property=" + java.net.URLEncoder.encode(taIdentRef, "UTF-8") + "&size=3";
        int pages = 0;
        while (next != null && pages < 100) {
            String html = page(root(relative) + next);
            Matcher in = Pattern.compile("<table class=\"props\" id=\"in\">(.*?)</table>", Pattern.DOTALL).matcher(html);
            assertTrue(in.find(), html);
            List<String> values = hrefs(in.group(1)).stream().filter(h -> h.contains("/span/")).toList();
            assertTrue(values.size() <= 3, "three a page: " + values);
            all.addAll(values);
            Matcher more = Pattern.compile("href=\"([^\"]*)\" rel=\"next\"").matcher(in.group(1));
            next = more.find() ? unescape(more.group(1)) : null;
            pages++;
        }
        assertEquals(mentions, all.size(), "every mention once over " + pages + " pages");
    }

    @Test
    void withoutStatisticsTheLandingPageStillComes() throws Exception {
        Node stats = new Iris(BASE).statisticsGraph().asNode();
        String path = "/" + topCountry().substring(BASE.length());
        Txn.executeWrite(store.dataset(), () -> store.dataset().removeGraph(stats));
        FusekiServer old = NewsgraphServer.start(store.dataset(), store.dir(), BASE, 0, ServerLimits.defaults(Duration.ofSeconds(20)));
        try {
            String landing = page(root(old) + "/");
            assertTrue(landing.contains("id=\"notice\""), "it says the figures are not precomputed");
            assertTrue(landing.contains("<span class=\"n\" id=\"count-articles\">5</span>"), "and counts them");
            assertFalse(rows(page(root(old) + path + "?size=2"), "articles").keys().isEmpty(), "entity pages still list");
        } finally {
            old.stop();
            new Statistics(new Iris(BASE)).write(store.dataset());
        }
        assertTrue(new Statistics(new Iris(BASE)).present(store.dataset()));
    }
}
