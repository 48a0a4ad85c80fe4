package org.newsgraph.doc;

import org.newsgraph.doc.Entity;

/**
 * A mention of an actor or country at [start, end) of the article body (Java char offsets),
 * resolved to its entity, with how it was resolved; {@code seat} marks a seat of government
 * standing for its country ("Downing Street", "the Kremlin"), which can also speak.
 */
public record Mention(int start, int end, String text, Entity entity, Method method, boolean seat) {

    public Mention(int start, int end, String text, Entity entity, Method method) {
        this(start, end, text, entity, method, false);
    }

    /** How a mention was tied to its entity; mirrors the ng:ResolutionMethods concepts. */
    public enum Method { REFERENCE_DATA, PATTERN, COREFERENCE }
}
