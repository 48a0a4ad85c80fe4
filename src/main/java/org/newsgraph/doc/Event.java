package org.newsgraph.doc;

import java.util.List;
import org.newsgraph.doc.EventType;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.PartialDate;

/**
 * An event an article reports: its type, date at the precision the text gives (or null), the
 * actors and countries taking part (agents before the trigger, targets after it), and the
 * sentences it was read from.
 *
 * @param key    deterministic identity: type, date and participants, so the same event reported by
 *               several articles gets one IRI
 * @param spans  [start, end) of each sentence reporting it, in body chars
 * @param claims indexes into the article's claims of the quotes it is asserted in (may be empty)
 * @param place  where it happened as the text names it ("Vienna"), or null
 */
public record Event(String key, EventType type, PartialDate date, List<Entity> participants, List<Entity> agents,
                    List<Entity> targets, List<int[]> spans, List<Integer> claims, String trigger, String place) {
    public Event {
        participants = List.copyOf(participants);
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        spans = List.copyOf(spans);
        claims = List.copyOf(claims);
    }
}
