package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP face, end to end: a real TDB2 database built from seeds/ by the production build
 * command, served by the production Fuseki wiring on a free port, queried with java.net.http.
 */
class ServerTest {

    /** The source ids of the seed articles (file names without .txt). */
    private static final Set<String> SEED_SOURCES = Set.of("000_936faa304e8d9cbb", "001_fb2b83773285abeb",
            "002_8adf7a70ea6ceb8b", "003_f4adff472996429f", "004_fb3963665a93ae98");

    private static final String SOURCES_QUERY = "PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "SELECT ?s WHERE { ?a dcterms:identifier ?s }";

    private static final String COUNT_ARTICLES = "PREFIX schema: <https://schema.org/> "
            + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }";

    private static String root;

    @BeforeAll
    static void startServer() {
        root = SeedServer.get().root;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Sends one request on a client of its own: Jetty may close a connection after refusing a POST
     * without reading its body, and a shared client could then reuse the dead connection. The 60 s
     * request timeout is far longer than the server's query timeout, so that it is the server's that fires.
     */
    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(b.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + pathAndQuery)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b);
    }

    private static HttpResponse<String> getQuery(String query, String accept)
            throws IOException, InterruptedException {
        return get("/sparql?query=" + enc(query), accept);
    }

    private static HttpResponse<String> postForm(String path, String form, String accept)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(root + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private static void assertOk(HttpResponse<String> r, String mediaType) {
        assertEquals(200, r.statusCode(), () -> "status; body: " + r.body());
        assertTrue(contentType(r).startsWith(mediaType),
                () -> "Content-Type should be " + mediaType + " but is " + contentType(r));
    }

    private static void assertHasAllSources(String body) {
        for (String s : SEED_SOURCES) {
            assertTrue(body.contains(s), () -> "result lacks source id " + s + ":\n" + body);
        }
    }

    private static Set<String> sources(ResultSet rs) {
        Set<String> found = new TreeSet<>();
        List<String> all = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            all.add(row.getLiteral("s").getLexicalForm());
        }
        found.addAll(all);
        assertEquals(SEED_SOURCES.size(), all.size(), () -> "one row per article expected: " + all);
        return found;
    }

    private static long articleCount() throws IOException, InterruptedException {
        HttpResponse<String> r = getQuery(COUNT_ARTICLES, "application/sparql-results+json");
        assertOk(r, "application/sparql-results+json");
        JsonObject json = JSON.parse(r.body());
        JsonArray rows = json.get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(1, rows.size());
        return Long.parseLong(rows.get(0).getAsObject().get("n").getAsObject().get("value").getAsString().value());
    }

    // ---------------------------------------------------------------- queries and formats

    @Test
    void jsonResultsAreTheUnionOfTheArticleGraphs() throws Exception {
        HttpResponse<String> r = getQuery(SOURCES_QUERY, "application/sparql-results+json");
        assertOk(r, "application/sparql-results+json");
        assertHasAllSources(r.body());
        ResultSet rs = ResultsReader.create().lang(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(SEED_SOURCES, sources(rs));
    }

    @Test
    void xmlResults() throws Exception {
        HttpResponse<String> r = getQuery(SOURCES_QUERY, "application/sparql-results+xml");
        assertOk(r, "application/sparql-results+xml");
        assertHasAllSources(r.body());
        ResultSet rs = ResultsReader.create().lang(ResultSetLang.RS_XML)
                .read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("s"), rs.getResultVars());
        assertEquals(SEED_SOURCES, sources(rs));
    }

    @Test
    void csvResults() throws Exception {
        HttpResponse<String> r = getQuery(SOURCES_QUERY, "text/csv");
        assertOk(r, "text/csv");
        assertHasAllSources(r.body());
        List<String> lines = r.body().lines().filter(l -> !l.isBlank()).toList();
        assertEquals("s", lines.get(0), "CSV header is the variable name");
        assertEquals(1 + SEED_SOURCES.size(), lines.size(), () -> "header + 5 rows:\n" + r.body());
    }

    @Test
    void tsvResults() throws Exception {
        HttpResponse<String> r = getQuery(SOURCES_QUERY, "text/tab-separated-values");
        assertOk(r, "text/tab-separated-values");
        assertHasAllSources(r.body());
        List<String> lines = r.body().lines().filter(l -> !l.isBlank()).toList();
        assertEquals("?s", lines.get(0), "TSV header is the variable with its '?'");
        assertEquals(1 + SEED_SOURCES.size(), lines.size(), () -> "header + 5 rows:\n" + r.body());
    }

    @Test
    void postedFormQueryWorks() throws Exception {
        HttpResponse<String> r = postForm("/sparql", "query=" + enc(SOURCES_QUERY), "application/sparql-results+json");
        assertOk(r, "application/sparql-results+json");
        assertHasAllSources(r.body());
    }

    // ---------------------------------------------------------------- read-only

    @Test
    void updatesAreRefused() throws Exception {
        assertEquals(5, articleCount(), "precondition: the seeds are loaded");

        HttpResponse<String> form = postForm("/sparql", "update=" + enc("DROP ALL"), "*/*");
        assertClientError(form, "update= form to /sparql");

        HttpResponse<String> body = send(HttpRequest.newBuilder(URI.create(root + "/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL", StandardCharsets.UTF_8)));
        assertClientError(body, "application/sparql-update body to /sparql");

        HttpResponse<String> update = postForm("/update", "update=" + enc("DROP ALL"), "*/*");
        assertClientError(update, "update= form to /update");

        assertEquals(5, articleCount(), "no update may have run");
    }

    private static void assertClientError(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                () -> what + " should be refused with a 4xx, got " + r.statusCode() + ": " + r.body());
    }

    @Test
    void malformedQueryIs400WithoutStackTrace() throws Exception {
        HttpResponse<String> r = getQuery("SELECT ?s WHERE { ?s ?p ", "application/sparql-results+json");
        assertEquals(400, r.statusCode(), r::body);
        assertFalse(r.body().contains("at org."), () -> "stack trace in body:\n" + r.body());
        assertFalse(r.body().contains("at java."), () -> "stack trace in body:\n" + r.body());
        assertFalse(r.body().lines().anyMatch(l -> l.matches(".*\\b[A-Za-z.]+Exception\\b.*")),
                () -> "exception class in body:\n" + r.body());
    }

    // ---------------------------------------------------------------- pages

    @Test
    void landingPage() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertOk(r, "text/html");
        assertTrue(r.body().contains("newsgraph"), r::body);
        assertTrue(r.body().contains("href=\"/sparql\""), () -> "no link to /sparql:\n" + r.body());
    }

    @Test
    void landingPageShowsTheArticleCount() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertOk(r, "text/html");
        assertTrue(r.body().contains("<span class=\"n\" id=\"count-articles\">5</span>"),
                () -> "5 articles expected on the page:\n" + r.body());
    }

    @Test
    void everyLocalLinkOnTheLandingPageAnswers() throws Exception {
        HttpResponse<String> page = get("/", "text/html");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/[^\"]*)\"").matcher(page.body());
        int links = 0;
        while (m.find()) {
            links++;
            HttpResponse<String> r = get(m.group(1).replace("&amp;", "&"), "text/html");
            assertEquals(200, r.statusCode(), m.group(1) + " answers " + r.statusCode());
        }
        assertTrue(links > 0, "the landing page links somewhere");
    }

    @Test
    void unknownPathIs404() throws Exception {
        HttpResponse<String> r = get("/no/such/thing", "text/html");
        assertEquals(404, r.statusCode(), r::body);
    }

    // ---------------------------------------------------------------- timeout

    @Test
    void explosiveQueryIsCutOffByTheServerTimeout() throws Exception {
        String explosive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        HttpResponse<String> r = getQuery(explosive, "application/sparql-results+json");
        assertNotEquals(200, r.statusCode(), () -> "the query should have timed out, got: " + r.body());
        assertEquals(503, r.statusCode(), () -> "Fuseki answers a query timeout with 503: " + r.body());
        // The server is still there afterwards.
        assertEquals(5, articleCount());
    }

    /**
     * A grouped sub-select joined to a pattern is evaluated while the plan is built, before Jena 5.6 starts
     * the timeout's timer: without CancellingExecutor this ran 93 s under a 2 s timeout on the seeds.
     */
    @Test
    void aGroupedSubSelectEvaluatedWhileThePlanIsBuiltIsCutOffInTime() throws Exception {
        String q = "SELECT * WHERE { { SELECT ?c (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c } ?c ?p ?o } LIMIT 1";
        long t0 = System.nanoTime();
        HttpResponse<String> r = getQuery(q, "application/sparql-results+json");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(seconds < 5 * SeedServer.TIMEOUT_MS / 1000.0, "stopped after " + seconds + " s");
        assertEquals(5, articleCount());
    }
}
