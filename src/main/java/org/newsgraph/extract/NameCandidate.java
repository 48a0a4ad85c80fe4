package org.newsgraph.extract;

/**
 * A name found by pattern rather than by reference data, at [start, end) of the body.
 *
 * @param name  the name without titles ("Philip Hammond", "Richards"), as written
 * @param title the title written before it ("Lord", "Mr"), or null
 * @param shape what the pattern says it is
 */
public record NameCandidate(int start, int end, String name, String title, Shape shape) {

    /** What a pattern can tell about a capitalised name. */
    public enum Shape {
        /** A person's full name: given name + surname, or a name after a title or before "said". */
        PERSON,
        /** A single word after a title ("Lord Richards", "Mr Hague"): a person, known only by surname. */
        TITLED_SURNAME,
        /** A lone capitalised word that may be a surname seen earlier ("Hague", "Morgan"). */
        BARE_WORD,
        /** A name ending in an organisation head noun ("Foreign Affairs Select Committee"). */
        ORGANIZATION
    }
}
