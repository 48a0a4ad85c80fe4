package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.pipeline.Bodies;

/**
 * Recognition and resolution on made-up articles (never the seeds): reference names, new names by
 * pattern, coreference of surnames and titles, role nouns by date, capitals as states or venues.
 */
class EntityResolverTest {

    private static List<Mention> resolve(String body, PartialDate date) {
        return Bodies.annotate(body, date).get(Layers.MENTIONS);
    }

    /** surface text → canonical name of what it resolved to. */
    private static Map<String, String> names(List<Mention> ms) {
        return ms.stream().collect(Collectors.toMap(Mention::text, m -> m.entity().name(), (a, b) -> a));
    }

    private static List<String> countries(List<Mention> ms) {
        return ms.stream().filter(m -> m.entity().kind() == EntityKind.COUNTRY).map(m -> m.entity().code())
                .distinct().sorted().toList();
    }

    @Test
    void referenceNamesAndSurnameCoreference() {
        Map<String, String> n = names(resolve("Foreign Secretary William Hague met officials. Mr Hague said "
                + "the talks went well. Later Hague left.", PartialDate.ofMonth(2013, 5)));
        assertEquals("William Hague", n.get("William Hague"));
        assertEquals("William Hague", n.get("Hague"));
    }

    @Test
    void unknownPeopleByGivenNameTitleOrSayingVerb() {
        List<Mention> ms = resolve("The astronaut Tomas Ekberg flew on Tuesday. Lord Fenwick, a former "
                + "admiral, disagreed. Fenwick said the plan was poor. Marta Quiroga-Lenz said nothing.", null);
        Map<String, String> n = names(ms);
        assertEquals("Tomas Ekberg", n.get("Tomas Ekberg"));
        assertEquals(ms.stream().filter(m -> m.text().equals("Lord Fenwick")).findFirst().orElseThrow().entity(),
                ms.stream().filter(m -> m.text().equals("Fenwick")).findFirst().orElseThrow().entity(),
                "a bare surname resolves to the titled person named before");
        assertEquals("Marta Quiroga-Lenz", n.get("Marta Quiroga-Lenz"));
        assertTrue(ms.stream().filter(m -> m.text().equals("Tomas Ekberg"))
                .allMatch(m -> m.entity().kind() == EntityKind.PERSON && m.method() == Mention.Method.PATTERN));
    }

    @Test
    void titlesStayOutOfIdentities() {
        Entity titled = resolve("Ms. Pardow said the talks had failed.", null).get(0).entity();
        Entity other = resolve("Officials said Mr Pardow left early.", null).stream()
                .filter(m -> m.text().equals("Mr Pardow")).findFirst().orElseThrow().entity();
        assertEquals("Pardow", titled.name());
        assertEquals(titled.key(), other.key(), "one name, whatever title the article gives it");
        Entity lord = resolve("Lord Fenwick disagreed with the plan.", null).get(0).entity();
        assertEquals("Fenwick", lord.name());
    }

    @Test
    void sameNameSameIriAcrossArticles() {
        Entity a = resolve("Tomas Ekberg said so.", null).get(0).entity();
        Entity b = resolve("Yesterday Tomas Ekberg was quoted again.", null).stream()
                .filter(m -> m.text().equals("Tomas Ekberg")).findFirst().orElseThrow().entity();
        assertEquals(a.key(), b.key());
    }

    @Test
    void formerStatesAreNeitherActorsNorCountries() {
        Map<String, String> n = names(resolve("After the Soviet Union collapsed, the Joint Intelligence Committee met.",
                null));
        assertEquals(null, n.get("Soviet Union"), "a former state is not an organisation");
        assertEquals("Joint Intelligence Committee", n.get("Joint Intelligence Committee"));
    }

    @Test
    void organisationByHeadNoun() {
        Map<String, String> n = names(resolve("The Joint Intelligence Committee met on Monday.", null));
        assertEquals("Joint Intelligence Committee", n.get("Joint Intelligence Committee"));
    }

    @Test
    void roleNounResolvesByArticleDate() {
        String body = "Britain and France talked. The Foreign Secretary will brief MPs this afternoon.";
        assertEquals("Philip Hammond", names(resolve(body, PartialDate.of(java.time.LocalDate.of(2015, 12, 9))))
                .get("Foreign Secretary"));
        assertEquals("William Hague", names(resolve(body, PartialDate.of(java.time.LocalDate.of(2014, 6, 16))))
                .get("Foreign Secretary"));
        assertFalse(names(resolve(body, null)).containsKey("Foreign Secretary"), "no date, no guess");
    }

    @Test
    void capitalsAsStateNotAsVenue() {
        assertEquals(List.of("RU"), countries(resolve("Moscow said it would respond; the Kremlin agreed.", null)));
        assertEquals(List.of(), countries(resolve("Talks were held in Vienna and at a Tunis-based office.", null)));
    }

    @Test
    void seatOfGovernmentIsCountryNotActor() {
        List<Mention> ms = resolve("Downing Street confirmed the call.", null);
        assertEquals(List.of("GB"), countries(ms));
        assertTrue(ms.stream().noneMatch(m -> m.entity().isActor()));
    }

    @Test
    void aliasesMergeIntoOneActor() {
        List<Mention> ms = resolve("ISIS, also called ISIL, Daesh or Islamic State, and Nato and NATO.", null);
        assertEquals(2, ms.stream().filter(m -> m.entity().isActor()).map(m -> m.entity().key()).distinct().count());
    }

    @Test
    void theWestIsNotAPerson() {
        List<Mention> ms = resolve("Admiral Lord West spoke. Putin is testing the West, West said.", null);
        long west = ms.stream().filter(m -> m.text().endsWith("West")).count();
        assertEquals(2, west, "Lord West and the later West, not 'the West'");
    }

    private static Entity entityOf(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + text + " in " + ms)).entity();
    }

    @Test
    void unknownPeopleByAppositionSpeechVerbAndInitials() {
        List<Mention> ms = resolve("Kjersti Braathen, the head of the agency, spoke first. The chief executive, "
                + "Wanjiru Kamau, disagreed. “It will fail,” said Ingvild Haugstad. Later J. K. Okonjo wrote back.",
                null);
        for (String person : List.of("Kjersti Braathen", "Wanjiru Kamau", "Ingvild Haugstad", "J. K. Okonjo")) {
            assertEquals(EntityKind.PERSON, entityOf(ms, person).kind(), person);
        }
        assertEquals("J. K. Okonjo", entityOf(ms, "J. K. Okonjo").name());
    }

    @Test
    void unknownNamesWithoutContextStayUnnamed() {
        List<Mention> ms = resolve("Last March Harbour Lights opened. Norway and Sweden traded. "
                + "The new Green Valley scheme began.", null);
        assertTrue(ms.stream().noneMatch(m -> m.entity().kind() == EntityKind.PERSON), ms.toString());
    }

    @Test
    void organisationsByTheNounBesideThem() {
        List<Mention> ms = resolve("Shares of the carmaker Teslova rose. Friends of the Arctic, an environmental "
                + "group, protested. Later Kolvik's shares fell.", null);
        for (String org : List.of("Teslova", "Friends of the Arctic", "Kolvik")) {
            assertEquals(EntityKind.ORGANIZATION, entityOf(ms, org).kind(), org);
        }
    }

    @Test
    void anAcronymInBracketsNamesTheBodyLater() {
        List<Mention> ms = resolve("The Norwegian Petroleum Directorate (NPD) published figures. NPD said output fell.",
                null);
        Entity body = entityOf(ms, "Norwegian Petroleum Directorate");
        assertEquals(2, ms.stream().filter(m -> m.text().equals("NPD") && m.entity().equals(body)).count());
    }

    @Test
    void aCountrysBodyNamedByACommonNoun() {
        List<Mention> uk = resolve("Britain will act, the minister told Parliament on Monday.", null);
        assertEquals("Parliament of the United Kingdom", entityOf(uk, "Parliament").name());
        List<Mention> ru = resolve("Russia's defence ministry denied it.", null);
        assertEquals("Ministry of Defence (Russia)", entityOf(ru, "defence ministry").name());
        List<Mention> tr = resolve("Turkey's parliament voted.", null);
        Entity turkish = entityOf(tr, "parliament");
        assertEquals("Turkey's parliament", turkish.name());
        assertEquals(null, turkish.id(), "no reference body, no reference id");
        assertTrue(resolve("The parliament voted.", null).stream().noneMatch(m -> m.entity().isActor()),
                "no country in context, no body");
        assertTrue(resolve("Britain backs the parliament in the east.", null).stream().noneMatch(m -> m.entity().isActor()),
                "a lower-case parliament without its country may be any country's");
    }

    @Test
    void theLongestNameWinsAndAnotherCountrysPartyIsNotMatched() {
        List<Mention> ms = resolve("Aslak Berg, a fellow at the European Council on Foreign Relations, spoke.", null);
        assertEquals("European Council on Foreign Relations", entityOf(ms, "European Council on Foreign Relations").name());
        assertTrue(ms.stream().noneMatch(m -> m.entity().name().equals("European Council")));
        List<Mention> no = resolve("In Norway, the Norwegian Labour Party won the vote in Oslo.", null);
        assertTrue(no.stream().noneMatch(m -> m.entity().name().equals("Labour Party") && m.entity().id() != null),
                no.toString());
        List<Mention> only = resolve("Norway voted. The Labour Party won in Oslo and Bergen.", null);
        assertEquals(null, entityOf(only, "Labour Party").id(), "the UK party is not matched in a Norwegian article");
        List<Mention> uk = resolve("In Britain, the Labour Party won.", null);
        assertTrue(entityOf(uk, "Labour Party").id() != null, "the UK party in a British article");
    }

    @Test
    void aKnownSurnameAfterAnotherFirstNameIsAnotherPerson() {
        List<Mention> ms = resolve("Zorana Skripal, a lawyer, spoke. Sergei Skripal did not.", null);
        assertEquals("Zorana Skripal", entityOf(ms, "Zorana Skripal").name());
        assertEquals("Sergei Skripal", entityOf(ms, "Sergei Skripal").name());
    }

    @Test
    void aNameTheArticleLaterGivesATitleOrASpeechVerbIsAPersons() {
        List<Mention> ms = resolve("Talks with Ingrid Solvang began. Later Ms Solvang left.", null);
        assertEquals(EntityKind.PERSON, entityOf(ms, "Ingrid Solvang").kind());
        assertTrue(resolve("Talks at Harbour Lights began.", null).stream().noneMatch(m -> m.entity().isActor()));
    }

    @Test
    void bodiesWithAndInsideAndAdjectivesBeforeThem() {
        List<Mention> ms = resolve("A fellow at the Stockholm-based Institute for Security and Development Policy spoke.",
                null);
        assertEquals(EntityKind.ORGANIZATION, entityOf(ms, "Institute for Security and Development Policy").kind());
        assertEquals(EntityKind.PERSON, entityOf(resolve("Tsung-han Demir said so.", null), "Tsung-han Demir").kind(),
                "a hyphenated given name is no adjective");
    }

    @Test
    void aCapitalisedWordBeforeABodysNameStartsALongerName() {
        List<Mention> ms = resolve("In Tokyo the Liberal Democratic Party won. In Syria the Kurdish People's Protection "
                + "Units advanced.", null);
        assertEquals(null, entityOf(ms, "Liberal Democratic Party").id(), "not the US Democratic Party");
        assertTrue(entityOf(ms, "People's Protection Units").id() != null, "a possessive inside keeps the known name");
    }

    @Test
    void theHeadNounInLowerCaseIsTheBodyNamedBefore() {
        List<Mention> ms = resolve("The Joint Intelligence Committee met. Later the committee said it was satisfied.",
                null);
        assertEquals(entityOf(ms, "Joint Intelligence Committee"), entityOf(ms, "committee"));
        assertTrue(resolve("Later the committee said it was satisfied.", null).stream()
                .noneMatch(m -> m.text().equals("committee")), "no body named before, no mention");
    }

    @Test
    void aPersonOfABodyAndABodyThatSpeaksAndARoleBeforeAGivenName() {
        List<Mention> ms = resolve("Prof Jane Goodwin of the University of Leeds agreed. Friends of the Earth said "
                + "no. Energy Editor Ingrid Solvang wrote. The company, Equinor, said profits rose.", null);
        assertEquals(EntityKind.PERSON, entityOf(ms, "Jane Goodwin").kind());
        assertEquals(EntityKind.ORGANIZATION, entityOf(ms, "University of Leeds").kind());
        assertEquals(EntityKind.ORGANIZATION, entityOf(ms, "Friends of the Earth").kind());
        assertEquals("Ingrid Solvang", entityOf(ms, "Ingrid Solvang").name());
        assertEquals(EntityKind.ORGANIZATION, entityOf(ms, "Equinor").kind());
    }

    @Test
    void aTopicAfterOnIsTwoWordsAndACapitalMayStartABodysName() {
        List<Mention> ms = resolve("The Harbour Council on Monday and the Security Committee on Kashmir met. The "
                + "Dublin City Council voted.", null);
        assertEquals(EntityKind.ORGANIZATION, entityOf(ms, "Harbour Council").kind());
        assertEquals(EntityKind.ORGANIZATION, entityOf(ms, "Security Committee").kind());
        assertEquals(EntityKind.ORGANIZATION, entityOf(ms, "Dublin City Council").kind());
    }

    @Test
    void aKnownSurnameBeforeAnotherNameWordIsAGivenName() {
        List<Mention> ms = resolve("Sergei Skripal was ill. Skripal Tjahnanto, a general, spoke.", null);
        assertEquals("Skripal Tjahnanto", entityOf(ms, "Skripal Tjahnanto").name());
    }

    @Test
    void aCountrysWordInsideAnotherNameIsNoCountry() {
        assertEquals(List.of(), countries(resolve("Ships crossed the Gulf of Mexico and the Indian Ocean.", null)),
                "a sea or gulf named after a country");
        assertEquals(List.of(), countries(resolve("The weather man Chad Brinley said it was cold.", null)),
                "a person's name that starts with a country's name");
        assertEquals(List.of(), countries(resolve("The group owns Holt, Pelican and St. Lucia's, among others.", null)),
                "a possessive with nothing possessed names a firm");
        assertEquals(List.of("TD"), countries(resolve("Chad said it would respond.", null)));
    }

    @Test
    void aCapitalNamingACityAsAPlaceIsNoCountry() {
        assertEquals(List.of(), countries(resolve("Residents of a Dublin housing estate wrote to Dublin City "
                + "Council about homes in Dublin 9.", null)));
        assertEquals(List.of(), countries(resolve("The jet was en route to Beijing when it vanished. "
                + "Another flew to Madrid from Lagos.", null)));
        assertEquals(List.of(), countries(resolve("He opposed the Madrid peace talks.", null)));
        assertEquals(List.of("IE"), countries(resolve("Dublin said it would not change its tax policy.", null)));
    }
}
