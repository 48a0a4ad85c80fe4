package org.newsgraph.doc;

import java.util.List;
import java.util.Optional;

/**
 * What the page says about the article rather than in it: headline, byline, outlet and date, with the
 * authors and the outlet resolved to entities (an outlet of the reference data keeps its id).
 *
 * @param title   the first headline, or null when the text has none
 * @param authors bylined writers, in byline order (may be empty)
 * @param outlet  the outlet, or null when the text gives no clue
 * @param date    publication date, or null when the text does not state it
 */
public record Metadata(String title, List<Entity> authors, Entity outlet, PartialDate date) {

    public Metadata {
        authors = List.copyOf(authors);
    }

    public Optional<String> titleIfAny() {
        return Optional.ofNullable(title);
    }

    public Optional<Entity> outletIfAny() {
        return Optional.ofNullable(outlet);
    }

    public Optional<PartialDate> dateIfAny() {
        return Optional.ofNullable(date);
    }
}
