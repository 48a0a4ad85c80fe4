package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Components;
import org.newsgraph.doc.Claim;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.Metadata;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.rdf.Iris;

/**
 * The synthetic news generator: deterministic per seed, independent of corpus size, varied the
 * way scraped news is, and convertible by the real converter, which finds in it what a reader would.
 */
class SyntheticNewsTest {

    private static Components components;
    private static Known known;
    private static List<SyntheticNews.Page> corpus;

    @BeforeAll
    static void generate() {
        components = new Components(Iris.DEFAULT_BASE);
        known = Known.from(components.reference);
        corpus = new ArrayList<>();
        new SyntheticNews(known, 42).articles(0, 400).forEach(corpus::add);
    }

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        SyntheticNews again = new SyntheticNews(Known.from(new Components(Iris.DEFAULT_BASE).reference), 42);
        for (int n : new int[] {0, 17, 399}) {
            assertEquals(corpus.get(n), again.article(n));
        }
        SyntheticNews other = new SyntheticNews(known, 43);
        assertNotEquals(corpus.get(0).text(), other.article(0).text());
        assertNotEquals(corpus.get(5).text(), other.article(5).text());
    }

    @Test
    void anArticleDoesNotDependOnWhereTheCorpusStarts() {
        List<SyntheticNews.Page> tail = new ArrayList<>();
        new SyntheticNews(known, 42).articles(390, 10).forEach(tail::add);
        assertEquals(corpus.subList(390, 400), tail);
        assertEquals("synthetic_0000390", tail.get(0).source());
    }

    @Test
    void lengthsRunFromBriefsToLongReadsMostlyFourHundredToTwelveHundredWords() {
        int briefs = 0;
        int usual = 0;
        int longReads = 0;
        for (SyntheticNews.Page p : corpus) {
            int words = p.text().split("\\s+").length;
            if (words < 350) {
                briefs++;
            } else if (words <= 1500) {
                usual++;
            } else {
                longReads++;
            }
        }
        assertTrue(briefs >= 10 && longReads >= 5 && usual >= corpus.size() * 0.75,
                "briefs " + briefs + ", usual " + usual + ", long " + longReads);
    }

    @Test
    void pagesCarryTheClutterOfRealPages() {
        String all = String.join("\n", corpus.stream().map(SyntheticNews.Page::text).toList());
        for (String clutter : new String[] {"Skip to main content", "We use cookies", "newsletter", "Donate now",
            "Photo: ", "Read more:", "Comments (", "All rights reserved", "Image caption", "Posted on ",
            "Published: ", " Min Read", "Share this"}) {
            assertTrue(all.contains(clutter), clutter);
        }
        Matcher byline = Pattern.compile("(?m)^By [\\p{L}' -]+, (Political Correspondent|Diplomatic Editor|"
                + "Chief Reporter|Foreign Affairs Correspondent)$").matcher(all);
        assertTrue(byline.find(), "a byline with a role");
        assertTrue(Pattern.compile("(?m)^[A-Z .'-]+, [A-Z][a-z]+ \\d{1,2} \\([^)]+\\) - ").matcher(all).find(),
                "a wire dateline");
    }

    @Test
    void outletsAreKnownAndInventedAndQuotesAttributedSeveralWays() {
        Set<String> firstLines = new HashSet<>();
        for (SyntheticNews.Page p : corpus) {
            firstLines.add(p.text().lines().findFirst().orElse(""));
        }
        assertTrue(firstLines.size() > 20, "first lines " + firstLines.size());
        String all = String.join("\n", corpus.stream().map(SyntheticNews.Page::text).toList());
        assertTrue(known.outlets().stream().filter(all::contains).count() >= 10, "known outlets named");
        for (String pattern : new String[] {"” said [A-Z]", "(said|added|warned|insisted): “", "” (he|she) (said|added)",
            ", according to [A-Z]", " told [A-Z][\\p{L} ]+ that "}) {
            assertTrue(Pattern.compile(pattern).matcher(all).find(), pattern);
        }
    }

    @Test
    void theConverterReadsTitleDateNamesOutsideTheReferenceDataAndQuotes() {
        int dated = 0;
        int titled = 0;
        int quoted = 0;
        Set<String> patternPeople = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (SyntheticNews.Page p : corpus.subList(0, 40)) {
            NewsDoc doc = components.converter.convert(p.source(), p.text()).document();
            Metadata m = doc.metadata();
            titled += m.title() != null && !m.title().isBlank() && p.text().contains(m.title()) ? 1 : 0;
            if (m.date() != null) {
                dated++;
                years.add(m.date().year());
                assertTrue(m.date().year() >= 2000 && m.date().year() <= 2025, p.source() + " " + m.date());
            }
            for (Mention x : doc.get(Layers.MENTIONS)) {
                if (x.entity().kind() == EntityKind.PERSON && x.entity().id() == null) {
                    patternPeople.add(x.entity().name());
                }
            }
            quoted += doc.get(Layers.CLAIMS).stream().anyMatch(c -> c.kind() == Claim.Kind.DIRECT
                    && c.speaker() != null) ? 1 : 0;
        }
        assertTrue(titled >= 36, "titles read: " + titled + " of 40");
        assertTrue(dated >= 32 && years.size() >= 10, "dates read: " + dated + " of 40, years " + years);
        assertTrue(patternPeople.size() >= 40, "people found outside the reference data: " + patternPeople);
        assertTrue(quoted >= 30, "articles with an attributed quote: " + quoted + " of 40");
    }
}
