package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsgraph.reference.PhraseMatcher;
import org.newsgraph.reference.ReferenceData;

/** Event triggers: found as a phrase matcher finds them in the lower-cased text. */
class EventTriggersTest {

    private static final Map<String, EventType> TRIGGERS = ReferenceData.eventTriggers();
    private final EventTriggers triggers = new EventTriggers(TRIGGERS);
    private final PhraseMatcher<EventType> reference = new PhraseMatcher<>(new TreeMap<>(TRIGGERS));

    private List<PhraseMatcher.Hit<EventType>> expected(String text) {
        char[] lower = text.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(lower[i]);
        }
        return reference.find(new String(lower));
    }

    @Test
    void longestWholeWordsWithoutRegardToCaseHyphensSeparating() {
        String text = "Russian AIR STRIKES and air strike-ish metal; they Met. Test-fired, re-elected";
        assertEquals(List.of("AIR STRIKES", "air strike", "Met", "Test-fired", "re-elected"),
                triggers.find(text).stream().map(h -> text.substring(h.start(), h.end())).toList());
        assertEquals(expected("air strike-ish"), triggers.find("air strike-ish"));
    }

    @Test
    void sameHitsAsThePhraseMatcher() {
        String[] parts = {"met", "MET", "meeting", "air", "Air", "strike", "strikes", "airstrikes", "held", "talks",
            "sat", "down", "with", "test", "fired", "re", "elected", "state", "visit", "called", "off", "into", "space",
            "the", "metal", "illed", "ilLED", "K", " ", " ", "  ", "-", ",", ".", "’", "\n", "é", "İ", "\u212A", "x", "1", "_", "\uD83D\uDE00"};
        Random r = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(14); k >= 0; k--) {
                String p = parts[r.nextInt(parts.length)];
                sb.append(p);
                if (r.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String s = sb.toString();
            assertEquals(expected(s), triggers.find(s), s);
        }
    }

    @Test
    void aTriggerStartsAWord() {
        assertThrows(IllegalArgumentException.class, () -> new EventTriggers(Map.of("-off", EventType.Meeting)));
    }
}
