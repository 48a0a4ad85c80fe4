package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Components;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/** Reported speech after a titled name ("Mr. Pardow said that …") is a claim: a title ends no sentence. */
class ReportedSpeechTest {

    private static final String ARTICLE = """
            Grain talks in Geneva end without a deal

            By Anna Lindqvist

            March 3, 2026

            The talks on grain exports through the Black Sea ended in Geneva on Tuesday without an agreement.

            Mr. Pardow said that the talks failed because neither side would give up its demands on shipping.

            Dr. Olsen told reporters that the next round would not start before April at the earliest.
            """;

    private static Model model;

    @BeforeAll
    static void convert() {
        // The article graph and the entities graph that names its speakers, read together as a store's union.
        Components c = new Components(Iris.DEFAULT_BASE);
        Converter.ArticleGraph article = c.converter.convert("reported_speech", ARTICLE);
        model = article.model().union(c.converter.entities(List.of(article), c.reference.getGraph()));
    }

    /** Each claim as its speaker's name, a colon and its text. */
    private static List<String> claims() {
        List<String> out = new ArrayList<>();
        for (Resource claim : model.listSubjectsWithProperty(RDF.type, SchemaDO.Claim).toList()) {
            Statement speaker = claim.getProperty(NG.speaker);
            Statement name = speaker == null ? null : speaker.getResource().getProperty(SchemaDO.name);
            for (Statement t : claim.listProperties(SchemaDO.text).toList()) {
                out.add((name == null ? "" : name.getString()) + ": " + t.getString());
            }
        }
        return out;
    }

    @Test
    void aClaimAfterMrWithAFullStopIsKeptWithItsSpeaker() {
        List<String> claims = claims();
        assertTrue(claims.stream().anyMatch(c -> c.matches(".*Pardow: the talks failed.*")), claims.toString());
    }

    @Test
    void aClaimAfterDrWithAFullStopIsKeptWithItsSpeaker() {
        List<String> claims = claims();
        assertTrue(claims.stream().anyMatch(c -> c.matches(".*Olsen: the next round.*")), claims.toString());
    }
}
