package org.newsgraph.doc;

/**
 * A person, organisation or country with one IRI across the whole graph: from the reference data,
 * or minted from its name when recognised by pattern.
 *
 * @param iri      the dataset IRI
 * @param name     canonical name
 * @param kind     person, organisation or country
 * @param code     ISO 3166-1 alpha-2 code for countries, else null
 * @param wikidata Wikidata entity IRI where known, else null
 */
public record Entity(String iri, String name, EntityKind kind, String code, String wikidata) {
    public boolean isActor() {
        return kind != EntityKind.COUNTRY;
    }
}
