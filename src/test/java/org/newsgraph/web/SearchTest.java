package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search page and completions over HTTP on the seed server, checked against the store itself: a word
 * finds exactly the claims and articles whose text has it as a word, every hit opens, a claim's sentence
 * link lands on an anchor of its article, kinds page without gaps, and SPARQL's text:query answers.
 */
class SearchTest {

    private static SeedServer seeds;

    @BeforeAll
    static void start() {
        seeds = SeedServer.get();
    }

    private static String page(String url) throws Exception {
        var r = LinkedDataTest.get(url, "text/html");
        assertEquals(200, r.statusCode(), url);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String search(String q, String extra) throws Exception {
        return page(seeds.root + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
    }

    /** The hrefs of one group's hits (its section of the page). */
    private static List<String> hits(String html, String group) {
        Matcher section = Pattern.compile("<section class=\"group\" id=\"" + group + "\">(.*?)</section>", Pattern.DOTALL)
                .matcher(html);
        List<String> out = new ArrayList<>();
        if (section.find()) {
            Matcher a = Pattern.compile("<a class=\"hit\" href=\"([^\"]+)\"").matcher(section.group(1));
            while (a.find()) {
                out.add(a.group(1));
            }
        }
        return out;
    }

    /** Subjects of a type whose value of a property has {@code word} as a word, as local paths. */
    private static Set<String> withWord(Node type, Node property, String word) {
        DatasetGraph dsg = seeds.store.dataset();
        Pattern w = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.getUnionGraph().find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
            Node s = t.getSubject();
            dsg.getUnionGraph().find(s, property, Node.ANY).forEach(v -> {
                if (w.matcher(v.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT)).find()) {
                    out.add("/" + s.getURI().substring(seeds.base.length()));
                }
            });
        }));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"putin", "kremlin", "isis", "syria"})
    void aWordFindsTheClaimsAndArticlesThatUseIt(String word) throws Exception {
        Set<String> claims = withWord(SchemaDO.Claim.asNode(), SchemaDO.text.asNode(), word);
        Set<String> articles = withWord(SchemaDO.NewsArticle.asNode(), SchemaDO.articleBody.asNode(), word);
        articles.addAll(withWord(SchemaDO.NewsArticle.asNode(), SchemaDO.headline.asNode(), word));
        assertFalse(claims.isEmpty() && articles.isEmpty(), "the seeds use " + word);
        List<String> claimHits = new ArrayList<>();
        for (int page = 1; page < 50; page++) {
            List<String> got = hits(search(word, "&kind=claims&size=2&page=" + page), "claims");
            claimHits.addAll(got);
            if (got.size() < 2) {
                break;
            }
        }
        assertEquals(claimHits.size(), new TreeSet<>(claimHits).size(), "a claim on two pages: " + claimHits);
        assertEquals(claims, new TreeSet<>(claimHits), "claims with " + word);
        List<String> articleHits = hits(search(word.toUpperCase(Locale.ROOT), "&kind=articles&size=50"), "articles");
        assertEquals(articles, new TreeSet<>(articleHits), "articles with " + word);
    }

    /** Every word must match, in the field searched: claims with both words, and only those. */
    @Test
    void twoWordsFindTheClaimsThatUseBoth() throws Exception {
        Set<String> both = withWord(SchemaDO.Claim.asNode(), SchemaDO.text.asNode(), "russia");
        both.retainAll(withWord(SchemaDO.Claim.asNode(), SchemaDO.text.asNode(), "syria"));
        assertFalse(both.isEmpty(), "the seeds have claims on Russia and Syria");
        assertEquals(both, new TreeSet<>(hits(search("Russia Syria", "&kind=claims&size=50"), "claims")));
    }

    @Test
    void putinFindsHimHisClaimsAndArticlesAndEveryHitOpens() throws Exception {
        String html = search("Putin", "");
        assertTrue(hits(html, "entities").contains("/actor/vladimir-putin"), html);
        assertFalse(hits(html, "claims").isEmpty(), "claims that quote his name");
        assertFalse(hits(html, "articles").isEmpty(), "articles that name him");
        for (String group : List.of("entities", "claims", "articles")) {
            for (String href : hits(html, group)) {
                assertEquals(200, LinkedDataTest.get(seeds.root + href, "text/html").statusCode(), href);
            }
        }
        Matcher sentence = Pattern.compile("class=\"sentence\" href=\"([^\"#]+)#(s-[0-9]+-[0-9]+)\"").matcher(html);
        int links = 0;
        while (sentence.find()) {
            links++;
            String article = page(seeds.root + sentence.group(1));
            assertTrue(article.contains("id=\"" + sentence.group(2) + "\""), "the article has the anchor " + sentence.group(2));
        }
        assertEquals(hits(html, "claims").size(), links, "each claim hit links to its sentence");
    }

    /**
     * The served index answers a one-field query on its long-lived reader; a highlighted query goes to
     * jena-text's own code, which opens a reader per query. Both find the same subjects with the same scores.
     */
    @ParameterizedTest
    @ValueSource(strings = {"schema:text \"russia\"", "schema:articleBody \"sanctions OR kremlin\"",
            "schema:headline \"britain\"", "rdfs:label \"put*\"", "schema:text \"\\\"prime minister\\\"\""})
    void theServedIndexFindsWhatJenaTextFinds(String fieldAndQuery) {
        String prefixes = "PREFIX text: <http://jena.apache.org/text#> PREFIX schema: <https://schema.org/> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        List<String> served = textHits(prefixes + "SELECT ?s ?score { (?s ?score) text:query (" + fieldAndQuery + " 50) }");
        List<String> jena = textHits(prefixes + "SELECT ?s ?score { (?s ?score ?lit) text:query (" + fieldAndQuery
                + " 50 \"highlight:\") }");
        assertFalse(served.isEmpty(), fieldAndQuery + " finds something in the seeds");
        assertEquals(jena, served, fieldAndQuery);
    }

    private static List<String> textHits(String query) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(seeds.store.dataset(), () -> {
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(seeds.store.dataset()).query(query).build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("s").getURI() + " " + b.get("score").getLiteralLexicalForm()));
            }
        });
        out.sort(null);
        return out;
    }

    @Test
    void accentsAndCaseDoNotMatterAndNothingFoundSaysSo() throws Exception {
        assertEquals(hits(search("putin", "&kind=articles"), "articles"), hits(search("PÚTIN", "&kind=articles"), "articles"));
        String none = search("zzqxv", "");
        assertTrue(none.contains("Nothing found for zzqxv"), none);
    }

    @Test
    void hostileInputIsEscapedOrRefused() throws Exception {
        String html = search("<script>alert(1)</script> \"x\" AND (", "");
        assertFalse(html.contains("<script>alert"), "escaped");
        assertEquals(400, LinkedDataTest.get(seeds.root + "/search?q=putin&kind=everything", "text/html").statusCode());
        assertEquals(400, LinkedDataTest.get(seeds.root + "/search?q=putin&kind=claims&page=9000&size=200", "text/html")
                .statusCode());
        assertEquals(200, LinkedDataTest.get(seeds.root + "/search?q=" + "a%20".repeat(3000), "text/html").statusCode());
    }

    @Test
    void completionsOfferEntitiesByTheBeginningOfTheirNames() throws Exception {
        var r = LinkedDataTest.get(seeds.root + "/search/suggest?q=vla", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray items = JSON.parseAny(new String(r.body(), StandardCharsets.UTF_8)).getAsArray();
        assertTrue(items.stream().anyMatch(i -> i.getAsObject().get("href").getAsString().value()
                .equals("/actor/vladimir-putin")), items.toString());
        JsonArray one = JSON.parseAny(new String(LinkedDataTest.get(seeds.root + "/search/suggest?q=v", null).body(),
                StandardCharsets.UTF_8)).getAsArray();
        assertTrue(one.isEmpty(), "one letter is too little to complete");
    }

    @Test
    void theExampleQueryRunsTextQueryOnTheEndpoint() throws Exception {
        String q = Files.readString(Path.of("queries", "search-text.rq"));
        var r = LinkedDataTest.get(seeds.root + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode());
        List<String> rows = new String(r.body(), StandardCharsets.UTF_8).lines().skip(1).toList();
        Set<String> expected = withWord(SchemaDO.NewsArticle.asNode(), SchemaDO.articleBody.asNode(), "kremlin");
        long articles = rows.stream().filter(l -> l.startsWith("article,")).count();
        assertEquals(expected.size(), articles, String.join("\n", rows));
    }
}
