package org.newsgraph.resolve;

import org.newsgraph.doc.Event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EventTriggers;
import org.newsgraph.doc.EventType;
import org.newsgraph.extract.NameFinder;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.text.SentenceSplitter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.text.Document;
import org.newsgraph.doc.PartialDate;

/** Events on made-up articles: type from the trigger, participants, resolved dates, intentions skipped. */
class EventResolverTest {

    private static EntityResolver entities;
    private static EventResolver events;

    @BeforeAll
    static void setUp() {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Model ref = ReferenceData.referenceModel(iris);
        entities = new EntityResolver(ReferenceData.gazetteer(ref), ReferenceData.roles(ref),
                new NameFinder(ReferenceData.lexicon()), iris);
        events = new EventResolver(new EventTriggers(ReferenceData.eventTriggers()), ReferenceData.gazetteer(ref),
                new SentenceSplitter(ReferenceData.abbreviations()));
    }

    private static List<Event> read(String body) {
        Document d = new Document("t", "T", List.of(), null, PartialDate.of(LocalDate.of(2015, 12, 9)), body, List.of());
        return events.resolve(d, entities.resolve(d), List.of());
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
        assertEquals(read(s).get(0).key(), read("Unrelated opening. " + s).get(0).key());
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
}
