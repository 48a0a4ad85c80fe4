package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.doc.Claim;
import org.newsgraph.doc.Layers;
import org.newsgraph.pipeline.Bodies;

/** Speaker attribution on made-up articles: after, before, pronouns, spokespeople, unnamed sources. */
class ClaimResolverTest {

    private static List<Claim> direct(String body) {
        return Bodies.annotate(body, null).get(Layers.CLAIMS).stream().filter(c -> c.kind() == Claim.Kind.DIRECT).toList();
    }

    private static List<Claim> reported(String body) {
        return Bodies.annotate(body, null).get(Layers.CLAIMS).stream().filter(c -> c.kind() == Claim.Kind.REPORTED).toList();
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

    // Sieve 1 and 2: the subject of the verb of saying.

    @Test
    void anAppositionAfterTheSpeakerDoesNotMakeItsBodyTheSpeaker() {
        assertEquals("Jens Stoltenberg", speaker(direct("“We will keep our forces in the north for as long as the "
                + "threat lasts,” Jens Stoltenberg, the secretary general of NATO, said.").get(0)));
    }

    @Test
    void aNameBeforeACommaAndAnotherSubjectIsNotTheSubject() {
        assertEquals("Boris Johnson", speaker(direct("After meeting Vladimir Putin in Moscow, Boris Johnson said: “We "
                + "will keep our forces in the north for as long as the threat lasts.”").get(0)));
    }

    @Test
    void aRelativeClauseBetweenSubjectAndVerbNamesNoSpeaker() {
        assertEquals("Tomas Ekberg", speaker(direct("Tomas Ekberg, who shadows Angela Merkel commented that “we now have "
                + "the strange situation that universities are fined for meeting their targets.”").get(0)));
    }

    @Test
    void aSpeakerTheReferenceDataDoesNotKnowIsReadFromTheSubjectSlot() {
        assertEquals("Seqret Okonkwo", speaker(direct("“We will keep our forces in the north for as long as the threat "
                + "lasts,” Seqret Okonkwo, chief executive of the local fact-checking website Truthline, told reporters.")
                .get(0)));
        assertEquals("Ilse Vandermeer", speaker(direct("“We will keep our forces in the north for as long as the threat "
                + "lasts,” said Patrol Chief Ilse Vandermeer.").get(0)));
        assertEquals("Fenwick Ridge Commission", speaker(direct("In a reflection of the confusion, the Fenwick Ridge "
                + "Commission, which regulates grazing, issued a statement warning that “farmers are entitled to "
                + "transparency and integrity from the buyers in the months ahead.”").get(0)));
    }

    @Test
    void aQuoteClosedByAFullStopHasNoAttributionInTheNextSentence() {
        assertEquals("Tomas Ekberg", speaker(direct("Tomas Ekberg told reporters: \"We are aiming to start the talks on "
                + "March 9, provided the ceasefire holds.\" The Swedish Trade Council has not yet confirmed its "
                + "participation.").get(0)));
    }

    // Sieve 2: pronouns go to the nearest compatible person outside the quote.

    @Test
    void aPronounGoesToAPersonOfItsGender() {
        assertEquals("Marta Quiroga-Lenz", speaker(direct("Mr Tomas Ekberg met Ms Marta Quiroga-Lenz in Oslo. “We will "
                + "keep our forces in the north for as long as the threat lasts,” she said.").get(0)));
        assertEquals("Tomas Ekberg", speaker(direct("Ms Marta Quiroga-Lenz met Mr Tomas Ekberg in Oslo. “We will "
                + "keep our forces in the north for as long as the threat lasts,” he later said.").get(0)));
    }

    @Test
    void aPronounAfterAQuoteGoesToThatQuotesSpeaker() {
        List<Claim> cs = direct("Referring to the summit between Narendra Modi and Xi Jinping, Tomas Ekberg said: “Both "
                + "are major developing countries of the world and major emerging markets.”\n\n“We have a tradition of "
                + "high-level exchange and our two sides are maintaining it,” he added.");
        assertEquals(2, cs.size());
        assertEquals("Tomas Ekberg", speaker(cs.get(1)));
    }

    @Test
    void aSentenceLedByAPronounIsThePronouns() {
        List<Claim> cs = direct("Tomas Ekberg opened the new crossing on Monday.\n\nSpeaking to the Valley Post, he "
                + "said: “At the meeting I drew attention to the fact that the applicants are employees of the "
                + "council.”\n\nHe was also certain that the dogs would learn the new paving, stating, “It is certainly "
                + "possible to train guide dogs with a strip of corduroy paving all the way up.”");
        assertEquals(2, cs.size());
        assertEquals("Tomas Ekberg", speaker(cs.get(0)));
        assertEquals("Tomas Ekberg", speaker(cs.get(1)));
    }

    @Test
    void anUnnamedSourceSpeakingLastKeepsThePronounFromTheNamedOne() {
        List<Claim> cs = direct("“The jets are here to stay and everybody in the region knows it,” General Tomas Ekberg "
                + "said in a statement.\n\nA senior Western diplomat, who spoke on condition of anonymity, said the "
                + "jets were a warning. “They want a seat at the table when the country is carved up,” he said.");
        assertEquals(2, cs.size());
        assertNull(speaker(cs.get(1)));
    }

    // Sieve 3: the one told is the medium, never the speaker.

    @Test
    void theOneToldIsNeverTheSpeaker() {
        assertEquals("Boris Johnson", speaker(direct("Speaking to the BBC, Boris Johnson said: “We will keep our "
                + "forces in the north for as long as the threat lasts.”").get(0)));
        assertEquals("Boris Johnson", speaker(direct("In an interview with Reuters, Boris Johnson said: “We will keep "
                + "our forces in the north for as long as the threat lasts.”").get(0)));
        Claim told = direct("“We will keep our forces in the north for as long as the threat lasts,” Boris Johnson "
                + "told the BBC.").get(0);
        assertEquals("Boris Johnson", speaker(told));
        assertEquals("the BBC", told.medium());
    }

    // Sieve 5: a body speaks as "it" and through its statements.

    @Test
    void itAndTheStatementSpeakForTheBodyNamedLast() {
        assertEquals("Fenwick Ridge Commission", speaker(direct("The Fenwick Ridge Commission warned farmers to keep "
                + "away from the new feed.\n\n“We advise the public not to buy any feed with this additive in it,” it "
                + "said in a statement.").get(0)));
        assertEquals("Fenwick Ridge Commission", speaker(direct("The Fenwick Ridge Commission found nothing wrong with "
                + "the laboratory.\n\n\"Therefore, the commission has no reason to question the results of the tests "
                + "carried out there,\" said the statement.").get(0)));
    }
}
