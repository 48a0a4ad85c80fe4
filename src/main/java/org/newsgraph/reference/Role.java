package org.newsgraph.reference;

import org.newsgraph.doc.Entity;

import java.time.LocalDate;
import java.util.List;

/** A time-bounded post from the reference data: who held which title, for which country, when. */
public record Role(String iri, List<String> titles, String countryCode, Entity holder, LocalDate start, LocalDate end) {
    public Role {
        titles = List.copyOf(titles);
    }

    /** Whether the post was held on that day (an open end means still held). */
    public boolean heldOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
