package org.newsgraph.doc;

import java.util.List;

/**
 * An event an article reports: its type, date at the precision the text gives (or null), the actors
 * and countries taking part (agents before the trigger, targets after it), the sentences it was read
 * from and the claims it is asserted in. Its identity (the same event in several articles gets one
 * IRI) is decided by the RDF stage from type, date and participants.
 *
 * @param sentences the sentences reporting it, in text order of first report
 * @param claims    the direct quotes it is asserted in (may be empty)
 * @param trigger   the words that reported it first
 * @param place     where it happened as the text names it ("Vienna"), or null
 */
public record Event(EventType type, PartialDate date, List<Entity> participants, List<Entity> agents,
                    List<Entity> targets, List<Sentence> sentences, List<Claim> claims, String trigger,
                    String place) {
    public Event {
        participants = List.copyOf(participants);
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }
}
