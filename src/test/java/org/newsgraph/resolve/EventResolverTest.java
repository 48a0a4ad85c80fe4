package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.doc.Event;
import org.newsgraph.doc.EventType;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.pipeline.Bodies;
import org.newsgraph.rdf.Iris;

/** Events on made-up articles: type from the trigger, participants, resolved dates, intentions skipped. */
class EventResolverTest {

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private static List<Event> read(String body) {
        return Bodies.annotate(body, PartialDate.of(LocalDate.of(2015, 12, 9))).get(Layers.EVENTS);
    }

    @Test
    void callWithParticipantsAndDay() {
        List<Event> es = read("David Cameron and Vladimir Putin held a telephone conversation early on Wednesday.");
        assertEquals(1, es.size());
        Event e = es.get(0);
        assertEquals(EventType.Communication, e.type());
        assertEquals("2015-12-09", e.date().lexical());
        assertEquals(List.of("David Cameron", "Vladimir Putin"), e.participants().stream().map(x -> x.name()).toList());
    }

    @Test
    void placeWhereNamed() {
        List<Event> es = read("Representatives of Iran and the Western powers are meeting in Vienna today.");
        assertEquals("Vienna", es.get(0).place());
    }

    @Test
    void intentionsAreNotEvents() {
        assertTrue(read("Boris Johnson will visit Moscow next month.").isEmpty());
    }

    @Test
    void sameEventTwiceInOneArticleIsOne() {
        List<Event> es = read("Russia annexed Crimea from Ukraine. The annexation by Russia was condemned.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.Annexation).count());
    }

    @Test
    void sameEventSameIriAcrossArticles() {
        String s = "The House of Commons voted last week to extend air strikes to Syria.";
        assertEquals(IRIS.event(read(s).get(0)), IRIS.event(read("Unrelated opening. " + s).get(0)));
    }

    @Test
    void sentenceWithoutActorsOrCountriesGivesNoEvent() {
        assertTrue(read("The meeting was short and the vote was close.").isEmpty());
    }

    @Test
    void negatedEventsAreNotEvents() {
        assertTrue(read("Russia has not annexed Crimea.").isEmpty());
        assertEquals(1, read("Russia annexed Crimea.").size());
    }

    @Test
    void aTypeIsReadOncePerSentenceEvenAfterAnIntention() {
        List<Event> es = read("Barack Obama will meet Angela Merkel, and met Vladimir Putin on Tuesday.");
        assertEquals(1, es.size());
        assertEquals("met", es.get(0).trigger());
    }

    @Test
    void mentionsOfOtherSentencesTakeNoPart() {
        List<Event> es = read("Angela Merkel spoke. Barack Obama met Vladimir Putin. Theresa May left.");
        assertEquals(List.of("Barack Obama", "Vladimir Putin"),
                es.get(0).participants().stream().map(x -> x.name()).toList());
    }

    @Test
    void noPlaceWithoutInOrAt() {
        assertEquals(null, read("Barack Obama met Vladimir Putin, Vienna said.").get(0).place());
        assertEquals("Vienna", read("Barack Obama met Vladimir Putin AT Vienna.").get(0).place());
    }

    @Test
    void aPersonNamedMayIsNoModal() {
        List<Event> es = read("Theresa May visited Moscow on Wednesday.");
        assertEquals(1, es.size());
        assertEquals(EventType.Visit, es.get(0).type());
        assertTrue(read("Theresa May may visit Moscow next month.").isEmpty(), "the lower-case modal still holds");
    }

    @Test
    void aTriggerWordInsideANameIsNoEvent() {
        assertTrue(read("A Downing Street spokesman said Theresa May was confident.").isEmpty());
        assertTrue(read("Vladimir Putin spoke at Camp Attack Road in Russia.").stream()
                .noneMatch(e -> e.type() == EventType.Attack));
    }

    @Test
    void oneSentenceReportsOneEventPerType() {
        List<Event> es = read("Russian air strikes, raids and shelling hit Syria on Wednesday.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.MilitaryAction).count(), es.toString());
    }

    @Test
    void theSourceOfAReportIsNoParty() {
        List<Event> es = read("\u201cAmazon bought Whole Foods last year to hurt Walmart,\u201d said Tom Forte, an analyst.");
        assertTrue(es.stream().flatMap(e -> e.participants().stream()).noneMatch(p -> p.name().contains("Forte")),
                es.toString());
    }

    @Test
    void aSentenceNamingNobodyGoesOnAboutItsParagraphsCountry() {
        List<Event> es = read("Tunisia is a small country. Free elections were held in 2011.\n\nThe vote was close.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("TN", es.get(0).participants().get(0).code());
        assertEquals("2011", es.get(0).date().lexical());
    }

    @Test
    void agentsActAndTargetsAreActedOn() {
        Event active = read("Russia attacked Ukraine on Wednesday.").get(0);
        assertEquals(List.of("RU"), active.agents().stream().map(x -> x.code()).toList());
        assertEquals(List.of("UA"), active.targets().stream().map(x -> x.code()).toList());
        Event passive = read("Ukraine was attacked by Russia on Wednesday.").get(0);
        assertEquals(List.of("RU"), passive.agents().stream().map(x -> x.code()).toList());
        assertEquals(List.of("UA"), passive.targets().stream().map(x -> x.code()).toList());
    }

    @Test
    void relativeDatesResolveAgainstTheArticlesDate() {
        assertEquals("2015-12-07", read("Russia attacked Ukraine on Monday.").get(0).date().lexical());
        assertEquals("2015-11", read("Russia attacked Ukraine last month.").get(0).date().lexical());
    }
}
