package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Linked-data browsing over HTTP on the seed server: every class's instances dereference as HTML
 * and as RDF that an independent parser (RDF4J Rio) reads; extensions, Vary, 404 and 406; dumps and VoID.
 */
class LinkedDataTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static SeedServer seeds;

    @BeforeAll
    static void server() {
        seeds = SeedServer.get();
    }

    /** The first instance of a class (by IRI) minted under the dataset's base, and its rdfs:label. */
    static List<String> instance(String root, String base, String schemaClass) throws Exception {
        String q = "PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?x (SAMPLE(?l) AS ?label) WHERE { ?x a schema:" + schemaClass + " ; rdfs:label ?l "
                + "FILTER(STRSTARTS(STR(?x), \"" + base + "\")) } GROUP BY ?x ORDER BY ?x LIMIT 1";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/tab-separated-values")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r::body);
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.size() >= 2, () -> "no instance of schema:" + schemaClass + " in the seeds");
        String[] cells = lines.get(1).split("\t");
        String iri = cells[0].substring(1, cells[0].length() - 1);
        String label = cells[1].replaceFirst("^\"", "").replaceFirst("\"(@[a-z-]+)?$", "")
                .replace("\\\"", "\"").replace("\\\\", "\\");
        return List.of(iri, label);
    }

    static HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The IRI a test asks for, on the test server (its base is the server's own address). */
    private static String local(String iri) {
        assertTrue(iri.startsWith(seeds.base), iri);
        return seeds.root + "/" + iri.substring(seeds.base.length());
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static Model parse(byte[] body, RDFFormat format, String base) throws IOException {
        return Rio.parse(new ByteArrayInputStream(body), base, format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NewsArticle", "Person", "Organization", "Country", "Event", "Claim"})
    void everyClassDereferencesAsHtmlTurtleAndJsonLd(String schemaClass) throws Exception {
        List<String> inst = instance(seeds.root, seeds.base, schemaClass);
        String iri = inst.get(0);
        IRI subject = SimpleValueFactory.getInstance().createIRI(iri);

        HttpResponse<byte[]> page = get(local(iri), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String body = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("<h1>" + html(inst.get(1))), () -> "label " + inst.get(1) + " missing from " + iri);
        assertTrue(page.headers().firstValue("Vary").orElse("").startsWith("Accept"), "negotiated answers vary on Accept");

        HttpResponse<byte[]> ttl = get(local(iri), "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        // Relative, so that it names the variant on whatever host and port the server answers.
        String location = ttl.headers().firstValue("Content-Location").orElse("");
        assertTrue(location.startsWith("/"), location);
        assertEquals(iri + ".ttl", java.net.URI.create(iri).resolve(location).toString());
        assertFalse(parse(ttl.body(), RDFFormat.TURTLE, iri).filter(subject, null, null).isEmpty(),
                "the Turtle describes the IRI");

        HttpResponse<byte[]> jsonld = get(local(iri), "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        Model fromJson = parse(jsonld.body(), RDFFormat.JSONLD, iri);
        assertFalse(fromJson.filter(subject, null, null).isEmpty(), "the JSON-LD describes the IRI");
        assertEquals(parse(ttl.body(), RDFFormat.TURTLE, iri), fromJson, "Turtle and JSON-LD say the same");
    }

    @Test
    void extensionsChooseTheFormatWithoutNegotiation() throws Exception {
        String iri = instance(seeds.root, seeds.base, "Person").get(0);
        Model expected = parse(get(local(iri) + ".ttl", null).body(), RDFFormat.TURTLE, iri);
        assertFalse(expected.isEmpty());
        for (Object[] f : new Object[][] {{"jsonld", "application/ld+json", RDFFormat.JSONLD},
                {"nt", "application/n-triples", RDFFormat.NTRIPLES}, {"rdf", "application/rdf+xml", RDFFormat.RDFXML}}) {
            // Even a browser's Accept header does not override an explicit extension.
            HttpResponse<byte[]> r = get(local(iri) + "." + f[0], "text/html");
            assertEquals(200, r.statusCode(), "." + f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith((String) f[1]), "." + f[0]);
            assertEquals(expected, parse(r.body(), (RDFFormat) f[2], iri), "." + f[0] + " says what .ttl says");
        }
        HttpResponse<byte[]> page = get(local(iri) + ".html", "text/turtle");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void unknownIrisAre404InEveryFormat() throws Exception {
        for (String accept : new String[] {"text/html", "text/turtle", "application/ld+json"}) {
            HttpResponse<byte[]> r = get(seeds.root + "/actor/no-such-person-xyz", accept);
            assertEquals(404, r.statusCode(), accept);
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("Exception"), "no stack trace");
        }
        assertEquals(404, get(seeds.root + "/actor/no-such-person-xyz.ttl", null).statusCode());
        assertEquals(404, get(seeds.root + "/nothing/here", null).statusCode());
        int traversal = get(seeds.root + "/dumps/..%2F..%2Fetc%2Fpasswd", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "a path out of the dumps folder: " + traversal);
    }

    @Test
    void anAcceptHeaderWeCannotServeIs406() throws Exception {
        String iri = instance(seeds.root, seeds.base, "Country").get(0);
        assertEquals(406, get(local(iri), "image/png").statusCode());
        int status = get(local(iri), ";;;=;q=banana,,/").statusCode();
        assertTrue(status >= 400 && status < 500, "absurd Accept header: " + status);
    }

    @Test
    void dumpsAreListedWithSizeAndChecksumAndDownloadIntact() throws Exception {
        HttpResponse<byte[]> index = get(seeds.root + "/dumps/", "text/html");
        assertEquals(200, index.statusCode());
        String page = new String(index.body(), StandardCharsets.UTF_8);
        for (String name : List.of("newsgraph.trig.gz", "newsgraph.ttl.gz")) {
            assertTrue(page.contains("href=\"/dumps/" + name + "\""), () -> name + " not listed:\n" + page);
            HttpResponse<byte[]> file = get(seeds.root + "/dumps/" + name, null);
            assertEquals(200, file.statusCode());
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
            assertTrue(page.contains(sha), () -> "SHA-256 of " + name + " not on the page");
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file.body()))) {
                Model m = Rio.parse(in, seeds.base, name.contains("trig") ? RDFFormat.TRIG : RDFFormat.TURTLE);
                assertTrue(m.size() > 1000, () -> name + " holds only " + m.size() + " statements");
            }
        }
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<byte[]> r = get(seeds.root + "/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r.body(), RDFFormat.TURTLE, seeds.base);
        var vf = SimpleValueFactory.getInstance();
        assertTrue(m.contains(null, vf.createIRI("http://rdfs.org/ns/void#sparqlEndpoint"),
                vf.createIRI(seeds.base + "sparql")), "VoID names the SPARQL endpoint");
        assertTrue(m.contains(null, vf.createIRI("http://rdfs.org/ns/void#dataDump"), null), "VoID names the dumps");
        var dataset = vf.createIRI(seeds.base + ".well-known/void#dataset");
        var modified = Models.objectLiteral(m.filter(dataset, DCTERMS.MODIFIED, null)).orElseThrow();
        assertEquals(XSD.DATETIME, modified.getDatatype());
        java.time.Instant built = java.time.Instant.parse(modified.getLabel());
        assertTrue(built.isBefore(java.time.Instant.now())
                && built.isAfter(java.time.Instant.now().minus(java.time.Duration.ofHours(2))), "modified: the build's end");
        assertEquals(seeds.store.dir().getFileName().toString(),
                Models.objectString(m.filter(dataset, OWL.VERSIONINFO, null)).orElseThrow(), "version: the build");
        var publisher = Models.objectResource(m.filter(dataset, DCTERMS.PUBLISHER, null)).orElseThrow();
        assertEquals(SeedServer.PUBLISHER, Models.objectString(m.filter(publisher, RDFS.LABEL, null)).orElseThrow());
        HttpResponse<byte[]> page = get(seeds.root + "/.well-known/void", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("sparql"));
    }

    @Test
    void theLandingPageCountsTheMentionedApartFromAllTheDatasetDescribes() throws Exception {
        Model m = parse(get(seeds.root + "/.well-known/void", "text/turtle").body(), RDFFormat.TURTLE, seeds.base);
        var vf = SimpleValueFactory.getInstance();
        long people = Long.parseLong(Models.objectLiteral(m.filter(vf.createIRI(seeds.base + ".well-known/void#class-Person"),
                vf.createIRI("http://rdfs.org/ns/void#entities"), null)).orElseThrow().getLabel());
        String landing = new String(get(seeds.root + "/", "text/html").body(), StandardCharsets.UTF_8);
        var mentioned = java.util.regex.Pattern.compile("<span class=\"n\">([0-9,]+)</span><span class=\"c\">people mentioned")
                .matcher(landing);
        assertTrue(mentioned.find(), "a card of the people mentioned");
        long cards = Long.parseLong(mentioned.group(1).replace(",", ""));
        assertTrue(cards > 0 && cards < people, cards + " mentioned of " + people + " described");
        assertTrue(landing.contains(String.format(java.util.Locale.ROOT, "describes %,d people", people)),
                "the described count comes from VoID, apart from the cards");
    }

    @Test
    void ontologyTermsOutsideTheBaseOpenOnALocalPage() throws Exception {
        String term = "https://w3id.org/newsgraph/ns#Visit";
        String url = seeds.root + "/describe?iri=" + URLEncoder.encode(term, StandardCharsets.UTF_8);
        HttpResponse<byte[]> page = get(url, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<h1>visit"), "the term's label");
        HttpResponse<byte[]> ttl = get(url + "&format=ttl", "text/html");
        assertEquals(200, ttl.statusCode());
        assertFalse(parse(ttl.body(), RDFFormat.TURTLE, term)
                .filter(SimpleValueFactory.getInstance().createIRI(term), null, null).isEmpty());
        String event = instance(seeds.root, seeds.base, "Event").get(0);
        // Mustache escapes "=" as &#x3D; in attributes, which browsers read back as "=".
        String eventPage = new String(get(local(event), "text/html").body(), StandardCharsets.UTF_8)
                .replace("&#x3D;", "=");
        assertTrue(eventPage.contains("href=\"/describe?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fns%23"),
                "event pages link their type to its local page");
        assertEquals(400, get(seeds.root + "/describe", "text/html").statusCode());
        assertEquals(404, get(seeds.root + "/describe?iri=urn%3Ax%3Anothing", "text/html").statusCode());
    }

    @Test
    void aNamedGraphComesAsTriGAndNQuadsInsideItself() throws Exception {
        String graph = seeds.base + "graph/article/" + instance(seeds.root, seeds.base, "NewsArticle").get(0)
                .substring((seeds.base + "article/").length());
        String path = seeds.root + "/" + graph.substring(seeds.base.length());
        var ttl = get(path, "text/turtle");
        assertEquals(200, ttl.statusCode());
        Model triples = Rio.parse(new ByteArrayInputStream(ttl.body()), seeds.base, RDFFormat.TURTLE);
        var trig = get(path, "application/trig");
        assertEquals(200, trig.statusCode());
        assertTrue(trig.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"));
        Model quads = Rio.parse(new ByteArrayInputStream(trig.body()), seeds.base, RDFFormat.TRIG);
        IRI name = SimpleValueFactory.getInstance().createIRI(graph);
        assertEquals(triples.size(), quads.filter(null, null, null, name).size(), "every triple, in its graph");
        assertEquals(quads.size(), quads.filter(null, null, null, name).size(), "nothing outside it");
        var nq = get(path + ".nq", null);
        assertEquals(200, nq.statusCode());
        List<String> lines = new String(nq.body(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(triples.size(), lines.size());
        assertTrue(lines.stream().allMatch(l -> l.endsWith("<" + graph + "> .")), lines.get(0));
        assertEquals(406, get(path, "application/trig;q=0").statusCode(), "q=0 refuses");
    }

    @Test
    void theEndpointDescribesItselfWithoutAQuery() throws Exception {
        var r = get(seeds.root + "/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Rio.parse(new ByteArrayInputStream(r.body()), seeds.base, RDFFormat.TURTLE);
        var vf = SimpleValueFactory.getInstance();
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        IRI endpoint = vf.createIRI(seeds.base + "sparql");
        assertTrue(m.contains(endpoint, vf.createIRI(sd + "endpoint"), endpoint), m.toString());
        assertTrue(m.contains(endpoint, vf.createIRI(sd + "supportedLanguage"), vf.createIRI(sd + "SPARQL11Query")));
        assertTrue(m.contains(endpoint, vf.createIRI(sd + "resultFormat"),
                vf.createIRI("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        assertTrue(new String(get(seeds.root + "/sparql", "text/html").body(), StandardCharsets.UTF_8).contains("yasgui"),
                "a browser still gets the query page");
    }

    private static HttpResponse<byte[]> with(String url, String... headers) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).headers(headers).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sparql", "/dumps/", "/.well-known/void", "/actor/william-hague"})
    void pagesAreCompressedTaggedAndAnsweredNotModified(String path) throws Exception {
        String page = seeds.root + path;
        var plain = with(page, "Accept", "text/html");
        var zipped = with(page, "Accept", "text/html", "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.body().length < plain.body().length, "compressed");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.equals(zipped.headers().firstValue("ETag").orElse("")), "one tag per representation");
        var again = with(page, "Accept", "text/html", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        String modified = plain.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, with(page, "Accept", "text/html", "If-Modified-Since", modified).statusCode());
        assertEquals(200, with(page, "Accept", "text/html", "If-None-Match", "\"other\"").statusCode());
        assertTrue(plain.headers().allValues("Vary").toString().contains("Accept-Encoding"));
    }

    @Test
    void dumpsAreTaggedAndAnsweredNotModified() throws Exception {
        var dump = with(seeds.root + "/dumps/newsgraph.ttl.gz", "Accept", "*/*");
        assertEquals(200, dump.statusCode());
        String tag = dump.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, with(seeds.root + "/dumps/newsgraph.ttl.gz", "If-None-Match", tag).statusCode());
        assertEquals("*", dump.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
