package org.newsgraph.reference;

import org.newsgraph.doc.Entity;

/** One surface form of a reference entity, as the gazetteer matches it in text. */
public record Label(String text, Entity entity, Kind kind) {

    /** Where the form comes from; earlier kinds win when two entities share a form. */
    public enum Kind { NAME, ALIAS, DEMONYM, SEAT_OF_GOVERNMENT, CAPITAL }
}
