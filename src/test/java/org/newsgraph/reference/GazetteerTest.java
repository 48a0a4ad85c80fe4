package org.newsgraph.reference;

import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Leftmost-longest, whole-word, case-sensitive matching of reference names. */
class GazetteerTest {

    private static final Entity UK = new Entity("u:GB", "United Kingdom", EntityKind.COUNTRY, "GB", null);
    private static final Entity UN = new Entity("u:un", "United Nations", EntityKind.ORGANIZATION, null, null);
    private static final Entity IS = new Entity("u:is", "Islamic State", EntityKind.ORGANIZATION, null, null);

    private static final Entity PARLIAMENT = new Entity("u:pu", "Parliament of the United Kingdom",
            EntityKind.ORGANIZATION, null, null);
    private static final Entity FORCES = new Entity("u:baf", "British Armed Forces", EntityKind.ORGANIZATION, null, null);

    private final Gazetteer g = new Gazetteer(List.of(
            new Label("United Kingdom", UK, Label.Kind.NAME),
            new Label("UK", UK, Label.Kind.ALIAS),
            new Label("British", UK, Label.Kind.DEMONYM),
            new Label("United Nations", UN, Label.Kind.NAME),
            new Label("UN", UN, Label.Kind.ALIAS),
            new Label("Islamic State", IS, Label.Kind.NAME),
            new Label("Islamic State of Iraq and Syria", IS, Label.Kind.ALIAS),
            new Label("ISIS", IS, Label.Kind.ALIAS),
            new Label("Parliament of the United Kingdom", PARLIAMENT, Label.Kind.NAME),
            new Label("UK Parliament", PARLIAMENT, Label.Kind.ALIAS),
            new Label("British Armed Forces", FORCES, Label.Kind.NAME)));

    private List<String> found(String text) {
        return g.find(text).stream().map(h -> text.substring(h.start(), h.end()) + "=" + h.label().entity().name())
                .toList();
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("Islamic State of Iraq and Syria=Islamic State"),
                found("the Islamic State of Iraq and Syria"));
    }

    @Test
    void wholeWordsOnlyAndHyphensSeparate() {
        assertEquals(List.of("UN=United Nations", "ISIS=Islamic State"),
                found("a UN-backed plan, the UNESCO site, an anti-ISIS alliance, SUNUK"));
    }

    @Test
    void caseSensitive() {
        assertEquals(List.of("British=United Kingdom"), found("british and British and un"));
    }

    @Test
    void possessiveKeepsTheName() {
        assertEquals(List.of("UK=United Kingdom"), found("the UK's position"));
    }

    @Test
    void aNameBuiltWithOfIsAlsoFoundInSentenceCaseAnAdjectivesAndNounsNameIsNot() {
        assertEquals(List.of("Parliament of the united kingdom=Parliament of the United Kingdom", "British=United Kingdom"),
                found("the Parliament of the united kingdom and the British armed forces"));
    }

    @Test
    void aBodysCountryComesFromItsOwnLabels() {
        assertEquals(PARLIAMENT, g.body("GB", "parliament").orElseThrow());
        assertEquals("GB", g.countryOf(PARLIAMENT).orElseThrow());
        assertEquals(List.of(), g.body("FR", "parliament").stream().toList());
        assertEquals(List.of(), g.countryOf(UN).stream().toList(), "a body no label ties to a country");
    }
}
