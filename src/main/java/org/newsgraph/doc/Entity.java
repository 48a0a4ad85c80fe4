package org.newsgraph.doc;

/**
 * A person, organisation or country a mention, byline or claim names: from the reference data, or
 * recognised by pattern only. Carries no IRI: the RDF stage mints it from {@link #id()} or, for a name
 * found by pattern, from {@link #name()}, so identity is decided in one place.
 *
 * @param id       the reference-data id (the entry's IRI in the reference files), or null when the
 *                 entity was found by pattern and is known only by its name
 * @param name     canonical name, without honorifics or titles
 * @param kind     person, organisation or country
 * @param code     ISO 3166-1 alpha-2 code for countries, else null
 * @param wikidata Wikidata entity IRI where known, else null
 */
public record Entity(String id, String name, EntityKind kind, String code, String wikidata) {

    /** An entity the reference data does not know, identified by its name alone. */
    public static Entity named(String name, EntityKind kind) {
        return new Entity(null, name, kind, null, null);
    }

    public boolean isActor() {
        return kind != EntityKind.COUNTRY;
    }

    /** A key that is the same exactly when the RDF stage gives two entities one IRI. */
    public String key() {
        return id != null ? id : "name:" + NameKey.of(name);
    }
}
