package org.newsgraph.extract;

import org.newsgraph.doc.EventType;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.reference.PhraseMatcher;

/** Finds the words that report an event ("met", "air strikes", "annexation") and the type each signals. Pure. */
public final class EventTriggers {

    private final PhraseMatcher<EventType> matcher;

    /** @param triggers lower-case phrase → event type */
    public EventTriggers(Map<String, EventType> triggers) {
        matcher = new PhraseMatcher<>(new TreeMap<>(triggers));
    }

    /** Triggers in {@code text}, matched without regard to case. */
    public List<PhraseMatcher.Hit<EventType>> find(String text) {
        char[] lower = text.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(lower[i]);
        }
        return matcher.find(new String(lower));
    }
}
