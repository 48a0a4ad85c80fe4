package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of page furniture that name the outlet when no masthead or byline does: the site naming itself
 * ("More from X", "Follow X on Twitter", "First published in X"), a desk byline ("X Staff"), a picture credit
 * of its own photographers, the host of its staff's e-mail addresses, a byline the site menu repeats. Each
 * page is written for the test; the outlets are made up or from the reference data.
 */
class OutletCluesTest {

    private static final ArticleReader READER = new ArticleReader(ReaderFixture.OUTLETS, ReaderFixture.RULES);

    private static final String HEAD = """
            Budget delayed as coalition talks drag on

            4 March 2019

            The finance ministry said on Tuesday that the budget would be presented to parliament next month, after weeks of talks between the coalition partners.

            Opposition leaders accused the government of hiding the true size of the deficit and demanded that the figures be published before the vote.

            """;

    private static String publisher(String page) {
        return READER.read("p", page).publisher();
    }

    @Test
    void moreFromTheSiteNamesAKnownOutletWhateverItsCase() {
        assertEquals("The Times of India", publisher(HEAD + "more from times of india news\nWorld News\nSport\n"));
    }

    @Test
    void moreFromTheSiteNamesAnUnknownOutletShapedLikeOne() {
        assertEquals("The Baltic Herald", publisher(HEAD + "More from The Baltic Herald\nWorld News\nSport\n"));
    }

    @Test
    void followAndNewsletterLinesNameTheSiteOnlyWithTheirFurnitureWord() {
        assertEquals("Kyiv Post", publisher(HEAD + "Follow Kyiv Post on Twitter\n"));
        assertEquals("The Straits Times", publisher(HEAD + "Sign up for Straits Times' newsletters\n"));
        assertNull(publisher(HEAD + "Follow the Baltic Herald\n"), "no furniture word after the name");
    }

    @Test
    void firstPublishedLineNamesTheOriginalOutlet() {
        assertEquals("Northern Lakes Gazette",
                publisher(HEAD + "This article first appeared in the Northern Lakes Gazette.\n"));
    }

    @Test
    void aDeskBylineNamesTheOutlet() {
        assertEquals("Baltic Herald", READER.read("p", """
                Budget delayed as coalition talks drag on

                By Baltic Herald Staff
                4 March 2019

                The finance ministry said on Tuesday that the budget would be presented to parliament next month, after weeks of talks between the coalition partners.
                """).publisher());
    }

    @Test
    void aCreditOfTheOutletsOwnPhotographerIsAWeakClueAndAnAgencyIsNone() {
        assertEquals("The New York Times", publisher(HEAD.replace("4 March 2019", "4 March 2019\n\nCredit\nKari Nordby/The New York Times")));
        assertNull(publisher(HEAD.replace("4 March 2019", "4 March 2019\n\nCredit\nKari Nordby/Reuters")));
        assertEquals("The Baltic Herald", publisher(HEAD + "Kari Nordby/The New York Times\nMore from The Baltic Herald\n"),
                "a stronger clue outweighs the credit");
    }

    @Test
    void anEmailHostNamesTheOutletThePagePrints() {
        assertEquals("NASA", publisher(HEAD + "The agency thanked NASA engineers.\n\nContact: anna.berg@nasa.gov\n"));
        assertEquals("The Baltic Herald", publisher(HEAD
                + "Readers of The Baltic Herald wrote in.\n\nWrite to Anna Berg at anna.berg@thebalticherald.com\n"));
        assertNull(publisher(HEAD + "Write to Anna Berg at anna.berg@balticherald.com\n"),
                "a host the page prints no name for names nothing");
    }

    @Test
    void aBylineThatIsNoPersonIsTheOutletWhenTheSiteMenuPrintsIt() {
        String page = """
                Advertising | Metro Herald | Top News | Contact Us

                Budget delayed as coalition talks drag on

                Last update - Monday, March 4, 2019, 11:52 By Metro Hérald

                The finance ministry said on Tuesday that the budget would be presented to parliament next month, after weeks of talks between the coalition partners.
                """;
        Document d = READER.read("p", page);
        assertEquals("Metro Hérald", d.publisher());
        assertEquals(List.of(), d.authors());
        assertNull(READER.read("p", page.replace("Metro Herald |", "")).publisher(), "not printed in the furniture");
    }
}
