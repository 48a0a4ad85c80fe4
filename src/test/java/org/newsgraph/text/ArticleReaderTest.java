package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.ReferenceData;

/**
 * Layouts of outlets that are not among the seeds: the reader must generalise, so each test is a
 * page shape (wire dateline, byline with role, site name in the title, comments) rather than a seed.
 */
class ArticleReaderTest {

    private static ArticleReader reader;

    @BeforeAll
    static void setUp() {
        org.apache.jena.rdf.model.Model reference =
                ReferenceData.referenceModel();
        reader = new ArticleReader(ReferenceData.outlets(reference), StandardPipeline.readerRules(reference));
    }

    private static final String PARA = "The Foreign Office said the ambassador had been summoned to explain the "
            + "incident, which officials in London described as unacceptable and contrary to the conventions.";

    @Test
    void tassDatelineGivesPublisherAndIsNotBody() {
        Document d = reader.read("t1", """
                UK Foreign Office summons Russian ambassador

                LONDON, October 13. /TASS/. %s

                The talks on October 12, 2016 were short.
                """.formatted(PARA));
        assertEquals("UK Foreign Office summons Russian ambassador", d.title());
        assertEquals("TASS", d.publisher());
        assertTrue(d.body().startsWith("The Foreign Office said"), d.body());
        assertEquals("2016-10-13", d.date().lexical(), "year stated elsewhere in the article");
        assertEquals(List.of(), d.authors());
    }

    @Test
    void agencyTrustAndMarketDataNoticesEndTheBody() {
        Document d = reader.read("r1", "Britain expels diplomats\n\nLONDON (Reuters) - " + PARA
                + "\n\nOur Standards: The Thomson Reuters Trust Principles.\n\n"
                + "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.\n");
        assertFalse(d.body().contains("Trust Principles"), d::body);
        assertFalse(d.body().contains("quotes delayed"), d::body);
        assertTrue(d.body().startsWith(PARA.substring(0, 20)), d::body);
    }

    @Test
    void datelineWithoutAnyYearGivesNoDate() {
        Document d = reader.read("t2", "Embassy row deepens\n\nLONDON, October 13. /TASS/. " + PARA + "\n");
        assertNull(d.date());
    }

    @Test
    void bylineWithRoleAndGuardianDate() {
        Document d = reader.read("g1", """
                Boris Johnson to visit Moscow in spring | The Guardian
                Foreign secretary will be the first to visit Russia in five years
                Patrick Wintour Diplomatic editor
                Mon 13 Mar 2017 18.23 GMT
                Last modified on Tue 14 Mar 2017 09.00 GMT
                Share on Facebook
                Share on Twitter
                %s
                """.formatted(PARA));
        assertEquals("Boris Johnson to visit Moscow in spring", d.title());
        assertEquals(List.of("Patrick Wintour"), d.authors());
        assertEquals("2017-03-13", d.date().lexical());
        assertEquals("The Guardian", d.publisher());
        assertFalse(d.body().contains("Share on"), d.body());
    }

    @Test
    void byLineWithTwoAuthorsAndCommaRole() {
        Document d = reader.read("b1", """
                Ministers clash over Syria strategy

                By Jane Smith and John O'Neill, Political Correspondents
                Published 12 October 2016
                2 min read

                %s
                """.formatted(PARA));
        assertEquals(List.of("Jane Smith", "John O'Neill"), d.authors());
        assertEquals("2016-10-12", d.date().lexical());
        assertFalse(d.body().contains("min read"));
    }

    @Test
    void wireCreditsAndAgencyDateline() {
        Document d = reader.read("r1", """
                Russia says talks with Britain were useful

                MOSCOW (Reuters) - %s

                Reporting by Maria Tsvetkova in Moscow; Editing by Alison Williams
                """.formatted(PARA));
        assertEquals("Reuters", d.publisher());
        assertEquals(List.of("Maria Tsvetkova"), d.authors());
        assertFalse(d.body().contains("Reporting by"));
        assertTrue(d.body().startsWith("The Foreign Office"));
    }

    @Test
    void captionNameIsNotAnAuthor() {
        Document d = reader.read("c1", """
                Putin warns the West over sanctions

                Vladimir Putin
                %s
                """.formatted(PARA));
        assertEquals(List.of(), d.authors());
        assertTrue(d.body().contains("Vladimir Putin"), "a caption is article text");
    }

    @Test
    void sectionLabelIsNotAnAuthor() {
        Document d = reader.read("c2", "Middle East\nIran and Britain restore ties\nMiddle East\n12 March 2017\n"
                + PARA + "\n");
        assertEquals(List.of(), d.authors());
        assertEquals("Iran and Britain restore ties", d.title());
    }

    @Test
    void noDateAnywhereGivesNull() {
        Document d = reader.read("n1", "A headline without a date\n\n" + PARA + " It happened in 2014.\n");
        assertNull(d.date(), "body years are not the publication date");
        assertNull(d.publisher());
    }

    @Test
    void commentsAreKeptApartFromTheBody() {
        Document d = reader.read("k1", """
                Sanctions extended for six months

                %s

                3 Comments

                Jim Bloggs
                March 18, 2017 at 10:16
                This is outrageous and everyone in Brussels knows it.
                """.formatted(PARA));
        assertEquals(List.of("This is outrageous and everyone in Brussels knows it."), d.comments());
        assertFalse(d.body().contains("outrageous"));
    }

    @Test
    void cookieAndNewsletterNoticesAreDropped() {
        Document d = reader.read("n2", """
                Sanctions extended for six months
                This site uses cookies to improve your experience. By using this site you agree.
                %s
                Sign up to our free newsletter for the best stories, straight to your inbox.
                """.formatted(PARA));
        assertFalse(d.body().contains("cookies"));
        assertFalse(d.body().contains("newsletter"));
    }

    @Test
    void brokenParagraphIsJoined() {
        Document d = reader.read("j1", "Headline for the joined case\n\n" + PARA
                + " The line was that he would be\n\nrobust with Moscow.\n");
        assertTrue(d.body().contains("he would be robust with Moscow."), d.body());
    }

    @Test
    void bodyThatSpeaksOfItsOutletGivesThePublisher() {
        String head = "Embassy row deepens\n\n" + PARA + "\n\n";
        assertEquals("The Independent",
                reader.read("s1", head + "The Independent has learned that talks were cancelled.\n").publisher());
        assertEquals("The Guardian",
                reader.read("s2", head + "It is said that the Guardian understands the risks.\n").publisher());
        assertNull(reader.read("s3", head + "Officials have learned from the Guardian that talks were off.\n")
                .publisher(), "the outlet is not the one that learned");
    }

    @Test
    void dateLineAtTheFootOfThePageGivesTheDateAndIsNotBody() {
        Document d = reader.read("f1", "Ministers agree to resume the stalled trade talks\n\n" + PARA
                + "\n\nPosted on 5 March 2017\n");
        assertEquals("2017-03-05", d.date().lexical());
        assertEquals(PARA, d.body());
    }
}
