package org.newsgraph.resolve;

import org.newsgraph.doc.Claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.NameFinder;
import org.newsgraph.extract.QuoteFinder;
import org.newsgraph.text.SentenceSplitter;
import org.newsgraph.reference.Lexicon;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.rdf.Iris;
import org.newsgraph.text.Document;

/** Speaker attribution on made-up articles: after, before, pronouns, spokespeople, unnamed sources. */
class ClaimResolverTest {

    private static EntityResolver entities;
    private static ClaimResolver claims;

    @BeforeAll
    static void setUp() {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Model ref = ReferenceData.referenceModel(iris);
        Lexicon lex = ReferenceData.lexicon();
        entities = new EntityResolver(ReferenceData.gazetteer(ref), ReferenceData.roles(ref), new NameFinder(lex), iris);
        SentenceSplitter sentences = new SentenceSplitter(ReferenceData.abbreviations());
        claims = new ClaimResolver(new QuoteFinder(lex.sayingVerbs()), sentences, lex.sayingVerbs(), iris);
    }

    private static List<Claim> direct(String body) {
        Document d = new Document("t", "T", List.of(), null, null, body, List.of());
        return claims.resolve(d, entities.resolve(d)).stream().filter(c -> c.kind() == Claim.Kind.DIRECT).toList();
    }

    private static List<Claim> reported(String body) {
        Document d = new Document("t", "T", List.of(), null, null, body, List.of());
        return claims.resolve(d, entities.resolve(d)).stream().filter(c -> c.kind() == Claim.Kind.REPORTED).toList();
    }

    private static String speaker(Claim c) {
        return c.speaker() == null ? null : c.speaker().name();
    }

    @Test
    void speakerAfterTheQuote() {
        Claim c = direct("“We have no intention of leaving the region any time soon,” Tomas Ekberg said.").get(0);
        assertEquals("Tomas Ekberg", speaker(c));
        assertEquals("said", c.verb());
    }

    @Test
    void invertedAttribution() {
        assertEquals("Tomas Ekberg", speaker(direct("“We have no intention of leaving the region any time soon,” "
                + "said Tomas Ekberg.").get(0)));
    }

    @Test
    void pronounGoesToTheLastSubject() {
        List<Claim> cs = direct("The astronaut Tomas Ekberg met Marta Quiroga-Lenz on Monday. “We have no intention of "
                + "leaving the region any time soon,” he wrote in his weekly newspaper column.");
        assertEquals("Tomas Ekberg", speaker(cs.get(0)));
        assertEquals("weekly newspaper column", cs.get(0).medium());
    }

    @Test
    void spokespersonSpeaksForTheBody() {
        assertEquals("Downing Street", speaker(direct("A Downing Street spokesman said: ‘The Prime Minister made "
                + "clear that the talks must continue next week.’").get(0)));
    }

    @Test
    void aNamedSpokespersonSpeaksHimself() {
        assertEquals("Maria Zakharova", speaker(direct("Russian Foreign Ministry spokeswoman Maria Zakharova said on "
                + "Thursday: “The alliance has turned into an instrument of confrontation in Europe.”").get(0)));
        assertEquals("Dmitry Peskov", speaker(direct("Kremlin spokesman Dmitry Peskov declined to comment. “We are "
                + "not aware of any such plan, we are working on the first one,” the Kremlin spokesman said.").get(0)));
    }

    @Test
    void aSeatOfGovernmentAfterAPrepositionIsWhereTheSpeakerStood() {
        assertEquals("Theresa May", speaker(direct("Speaking in Downing Street, Prime Minister Theresa May said: “This "
                + "is not about intervening in a civil war and it is not about regime change.”").get(0)));
        assertEquals("Downing Street", speaker(direct("Downing Street said: “The Prime Minister made clear that the "
                + "talks must continue next week.”").get(0)));
    }

    @Test
    void unnamedSourceIsKeptAsADescription() {
        Claim c = direct("One senior European diplomat based in Brussels said: The union had to look at its "
                + "relations again in the light of events.").get(0);
        assertNull(c.speaker());
        assertEquals("One senior European diplomat based in Brussels", c.speakerDescription());
    }

    @Test
    void blockQuoteAfterHeresX() {
        List<Claim> cs = direct("Here’s Tomas Ekberg, a former admiral:\n\nThe most important thing is that we "
                + "have got to defeat them first and talk later.”");
        assertEquals(1, cs.size());
        assertEquals("Tomas Ekberg", speaker(cs.get(0)));
    }

    @Test
    void accordingToInAnyCase() {
        for (String according : List.of("According to", "ACCORDING TO", "according to")) {
            List<Claim> cs = reported(according + " Vladimir Putin, the talks with Ukraine will go on for weeks.");
            assertEquals(1, cs.size(), according);
            assertEquals("Vladimir Putin", speaker(cs.get(0)));
            assertEquals("the talks with Ukraine will go on for weeks", cs.get(0).text());
            assertEquals("according to", cs.get(0).verb());
        }
        List<Claim> after = reported("The talks with Ukraine will go on for weeks, according to Vladimir Putin.");
        assertEquals("The talks with Ukraine will go on for weeks", after.get(0).text());
        assertEquals(List.of(), reported("Not accordingto Vladimir Putin, the talks with Ukraine will go on."));
    }

    @Test
    void saidThatIsReportedSpeech() {
        List<Claim> cs = reported("Angela Merkel said that the sanctions on Russia would stay in place.");
        assertEquals(1, cs.size());
        assertEquals("Angela Merkel", speaker(cs.get(0)));
        assertEquals("said", cs.get(0).verb());
        assertEquals("the sanctions on Russia would stay in place", cs.get(0).text());
    }
}
