package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.ReferenceData;

/** Title, byline, publisher and date of every annotated article (seeds and other outlets) equal the gold files. */
class SeedMetadataTest {

    private static ArticleReader reader;

    @BeforeAll
    static void setUp() {
        org.apache.jena.rdf.model.Model reference =
                ReferenceData.referenceModel();
        reader = new ArticleReader(ReferenceData.outlets(reference), StandardPipeline.readerRules(reference));
    }

    static Stream<Path> golds() throws IOException {
        return Stream.concat(Files.list(Path.of("src/test/resources/gold/seeds")),
                Files.list(Path.of("src/test/resources/devset/gold"))).filter(p -> p.toString().endsWith(".json"))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void metadataMatchesGold(Path goldFile) throws IOException {
        JsonObject gold = JSON.read(goldFile.toString());
        String source = gold.get("source").getAsString().value();
        Path dir = goldFile.toString().contains("devset") ? Path.of("src/test/resources/devset/articles") : Path.of("seeds");
        String text = Files.readString(dir.resolve(source + ".txt"), StandardCharsets.UTF_8);
        Document doc = reader.read(source, text);

        assertEquals(string(gold.get("title")), doc.title(), "title");
        String goldPublisher = string(gold.get("publisher"));
        if (goldPublisher == null || doc.publisher() == null) {
            assertEquals(goldPublisher, doc.publisher(), "publisher");
        } else {
            // As the scorer: one name within the other ("BBC" for "BBC News", "Independent" for "The Independent").
            String g = " " + words(goldPublisher) + " ";
            String p = " " + words(doc.publisher()) + " ";
            org.junit.jupiter.api.Assertions.assertTrue(g.contains(p) || p.contains(g),
                    "publisher: gold " + goldPublisher + ", read " + doc.publisher());
        }
        assertEquals(string(gold.get("date")), doc.date() == null ? null : doc.date().lexical(), "date");
        List<String> authors = new ArrayList<>();
        gold.get("authors").getAsArray().forEach(v -> authors.add(v.getAsString().value()));
        assertEquals(authors, doc.authors(), "authors");
    }

    private static String words(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\p{P}\\p{S}]", " ").replaceAll("^\\s*the\\s+", "")
                .trim().replaceAll("\\s+", " ");
    }

    private static String string(JsonValue v) {
        return v == null || v.isNull() ? null : v.getAsString().value();
    }
}
