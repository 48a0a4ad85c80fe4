package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.doc.EventType;
import org.newsgraph.reference.PhraseMatcher;
import org.newsgraph.reference.ReferenceData;

/** Event triggers: longest whole words, without regard to case. */
class EventTriggersTest {

    private final EventTriggers triggers = new EventTriggers(ReferenceData.eventTriggers("lexicon/event-triggers.tsv"));

    @Test
    void longestWholeWordsWithoutRegardToCaseHyphensSeparating() {
        String text = "Russian AIR STRIKES and air strike-ish metal; they Met. Test-fired, re-elected";
        assertEquals(List.of("AIR STRIKES", "air strike", "Met", "Test-fired", "re-elected"),
                triggers.find(text).stream().map(h -> text.substring(h.start(), h.end())).toList());
        List<PhraseMatcher.Hit<EventType>> hits = triggers.find("air strike-ish");
        assertEquals(1, hits.size());
        assertEquals(0, hits.get(0).start());
        assertEquals(10, hits.get(0).end());
    }
}
