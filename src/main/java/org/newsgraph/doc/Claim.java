package org.newsgraph.doc;

import java.util.List;
import org.newsgraph.doc.Entity;

/**
 * A statement the article attributes to someone, at [start, end) of the body.
 *
 * @param text               the statement's words (quote marks and split attribution left out)
 * @param speaker            who said it, or null when the text does not name them
 * @param speakerDescription how the text describes an unnamed speaker ("one senior diplomat"), or null
 * @param verb               the verb of saying, or null
 * @param medium             where it was said or written ("his Daily Telegraph column"), or null
 * @param mentions           actors and countries named inside the statement
 */
public record Claim(int start, int end, String text, Kind kind, Entity speaker, String speakerDescription,
                    String verb, String medium, List<Entity> mentions) {

    /** Quoted words, or a paraphrase in reported speech. */
    public enum Kind { DIRECT, REPORTED }

    public Claim {
        mentions = List.copyOf(mentions);
    }
}
