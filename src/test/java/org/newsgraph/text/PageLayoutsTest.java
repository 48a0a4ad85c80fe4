package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page shapes of outlets the reference data does not know: banners in the middle of the text, site and
 * section lines, dates and outlets at the foot of the page or in a link, bylines with roles, text
 * hard-wrapped at a fixed width. Each page is written for the test; none is taken from an article.
 */
class PageLayoutsTest {

    private static final ArticleReader READER = new ArticleReader(ReaderFixture.OUTLETS, ReaderFixture.RULES);

    private static final String P1 = "The finance ministry said on Tuesday that the budget would be presented to "
            + "parliament next month, after weeks of talks between the coalition partners.";
    private static final String P2 = "Opposition leaders accused the government of hiding the true size of the "
            + "deficit and demanded that the figures be published before the vote.";
    private static final String P3 = "Economists at the central bank expect growth to slow to about one per cent "
            + "this year, the weakest pace since the pandemic ended.";
    private static final String P4 = "The minister is expected to answer questions from members of the finance "
            + "committee when it meets again on Thursday afternoon.";

    private static Document read(String page) {
        return READER.read("p", page);
    }

    @Test
    void donationBannerInTheMiddleDoesNotEndTheArticle() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                By Ingrid Solvang
                4 March 2019

                %s

                %s

                Support The Baltic Herald
                Since you're here, we would ask you to support our independent journalism. Every contribution, however small, keeps our reporting free for you to read.
                Donate now

                %s

                %s

                Comments
                4 March 2019 at 14:02
                Another tax rise coming, you can be sure of that.
                """.formatted(P1, P2, P3, P4));
        assertTrue(d.body().contains(P3) && d.body().contains(P4), d::body);
        assertFalse(d.body().contains("contribution"), d::body);
        assertFalse(d.body().contains("Donate"), d::body);
        assertEquals(List.of("Another tax rise coming, you can be sure of that."), d.comments());
    }

    @Test
    void subscriptionBannerBetweenParagraphsIsDroppedAndTheTextGoesOn() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                %s

                Subscribe to continue reading our award-winning coverage for just 1 euro a week.

                %s

                %s
                """.formatted(P1, P2, P3));
        assertTrue(d.body().contains(P2) && d.body().contains(P3), d::body);
        assertFalse(d.body().contains("euro a week"), d::body);
    }

    @Test
    void relatedLinksAtTheEndStillEndTheArticle() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                %s

                %s

                Related
                Coalition partners fall out over pensions
                Central bank holds rates at record low
                """.formatted(P1, P2));
        assertFalse(d.body().contains("pensions"), d::body);
        assertTrue(d.body().endsWith(P2), d::body);
    }

    @Test
    void siteAndSectionLineGivesTheOutletNotTheHeadlineOrAnAuthor() {
        Document d = read("""
                The Baltic Herald — Politics

                Budget delayed as coalition talks drag on

                By Ingrid Solvang
                4 March 2019

                %s

                %s
                """.formatted(P1, P2));
        assertEquals("Budget delayed as coalition talks drag on", d.title());
        assertEquals(List.of("Ingrid Solvang"), d.authors());
        assertEquals("The Baltic Herald", d.publisher());
        assertFalse(d.body().contains("Politics"), d::body);
    }

    @Test
    void sectionLineAfterTheHeadlineIsNotAnAuthor() {
        Document d = read("""
                Budget delayed as coalition talks drag on
                The Baltic Herald | Politics
                4 March 2019

                %s
                """.formatted(P1));
        assertEquals(List.of(), d.authors());
        assertEquals("The Baltic Herald", d.publisher());
        assertEquals("2019-03-04", d.date().lexical());
    }

    @Test
    void aLineWithOnlyTheSiteNameIsNotTheHeadline() {
        Document d = read("""
                The Northern Lakes Gazette

                Budget delayed as coalition talks drag on

                %s

                %s

                © 2019 The Northern Lakes Gazette. All rights reserved.
                """.formatted(P1, P2));
        assertEquals("Budget delayed as coalition talks drag on", d.title());
        assertEquals("The Northern Lakes Gazette", d.publisher());
    }

    @Test
    void copyrightLineNamesAnOutletTheReferenceDataDoesNotKnow() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                %s

                © 2016 The Baltic Herald
                """.formatted(P1));
        assertEquals("The Baltic Herald", d.publisher());
        assertFalse(d.body().contains("©"), d::body);
    }

    @Test
    void publishedLineAtTheFootOfThePageGivesTheDate() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                %s

                %s

                Related
                Coalition partners fall out over pensions

                Published 14 March 2017
                """.formatted(P1, P2));
        assertEquals("2017-03-14", d.date().lexical());
        assertFalse(d.body().contains("Published"), d::body);
    }

    @Test
    void bareDateLineAtTheEndGivesTheDate() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                %s

                %s

                14.03.2017
                """.formatted(P1, P2));
        assertEquals("2017-03-14", d.date().lexical());
        assertTrue(d.body().endsWith(P2), d::body);
    }

    @Test
    void wireDatelineWithAnAgencyTheListDoesNotNameGivesDateAndOutlet() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                RIGA, March 3, 2018 (Baltic Wire) - %s

                %s
                """.formatted(P1, P2));
        assertEquals("2018-03-03", d.date().lexical());
        assertEquals("Baltic Wire", d.publisher());
        assertTrue(d.body().startsWith("Budget delayed".length() > 0 ? P1.substring(0, 20) : ""), d::body);
    }

    @Test
    void yearlessWireDatelineTakesItsYearFromTheText() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                LONDON, March 3 (Reuters) - %s The budget is due by March 20, 2018.
                """.formatted(P1));
        assertEquals("2018-03-03", d.date().lexical());
        assertEquals("Reuters", d.publisher());
        assertTrue(d.body().startsWith(P1.substring(0, 20)), d::body);
    }

    @Test
    void linkWithDatedPathGivesDateAndOutlet() {
        Document d = read("""
                Budget delayed as coalition talks drag on
                https://www.balticherald.com/politics/2017/03/13/budget-delayed-coalition-talks

                %s

                %s

                The Baltic Herald
                """.formatted(P1, P2));
        assertEquals("2017-03-13", d.date().lexical());
        assertEquals("The Baltic Herald", d.publisher());
        assertFalse(d.body().contains("https"), d::body);
    }

    @Test
    void linkOfAKnownOutletWithACompactDate() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                %s

                Source: https://www.theguardian.com/world/20170313-budget-delayed
                """.formatted(P1));
        assertEquals("2017-03-13", d.date().lexical());
        assertEquals("The Guardian", d.publisher());
    }

    @Test
    void bylineWithRoleAfterAComma() {
        Document d = read("""
                Budget delayed as coalition talks drag on
                By Ingrid Solvang, Energy Editor
                4 March 2019

                %s
                """.formatted(P1));
        assertEquals(List.of("Ingrid Solvang"), d.authors());
        assertFalse(d.body().contains("Editor"), d::body);
    }

    @Test
    void nameAndRoleOnTheirOwnLineAreTheByline() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                Ingrid Solvang, Energy Editor

                %s

                %s
                """.formatted(P1, P2));
        assertEquals(List.of("Ingrid Solvang"), d.authors());
        assertFalse(d.body().contains("Solvang"), d::body);
        assertTrue(d.body().startsWith(P1.substring(0, 20)), d::body);
    }

    @Test
    void nameBarRoleIsTheByline() {
        Document d = read("""
                Budget delayed as coalition talks drag on
                Ingrid Solvang | Political correspondent
                Tuesday 4 March 2019

                %s
                """.formatted(P1));
        assertEquals(List.of("Ingrid Solvang"), d.authors());
        assertEquals("2019-03-04", d.date().lexical());
        assertFalse(d.body().contains("correspondent"), d::body);
    }

    @Test
    void hardWrappedTextIsUnwrapped() {
        String page = """
                Budget delayed as coalition talks drag on in the capital

                By Ingrid Solvang
                4 March 2019

                The finance ministry said on Tuesday that the budget would be
                presented to parliament next month, after weeks of talks between
                the coalition partners over spending on pensions and defence.

                Finance minister Kjell Aas leaves the cabinet meeting on Monday.

                Opposition leaders accused the government of hiding the true size
                of the deficit and demanded that the figures be published before
                the vote, which is due to take place in the second week of April.

                Economists at the central bank expect growth to slow to about one
                per cent this year, the weakest pace since the pandemic ended.
                """;
        Document d = read(page);
        assertEquals("Budget delayed as coalition talks drag on in the capital", d.title());
        List<String> paragraphs = List.of(d.body().split("\n\n"));
        assertEquals(4, paragraphs.size(), d::body);
        assertTrue(paragraphs.get(0).startsWith("The finance ministry") && paragraphs.get(0).endsWith("defence."),
                paragraphs.get(0));
        assertEquals("Finance minister Kjell Aas leaves the cabinet meeting on Monday.", paragraphs.get(1));
        assertTrue(paragraphs.get(2).contains("the figures be published before the vote, which"), paragraphs.get(2));
    }

    @Test
    void hardWrappedPageWithoutBlankLinesBetweenHeadlineAndText() {
        Document d = read("""
                Budget delayed as coalition talks drag on
                The finance ministry said on Tuesday that the budget would be
                presented to parliament next month, after weeks of talks between
                the coalition partners over spending on pensions and defence.
                Opposition leaders accused the government of hiding the true size
                of the deficit and demanded that the figures be published before
                the vote, which is due to take place in the second week of April.
                """);
        assertEquals("Budget delayed as coalition talks drag on", d.title());
        assertTrue(d.body().startsWith("The finance ministry said on Tuesday that the budget would be presented"),
                d::body);
    }

    @Test
    void wrappedLinesStartingWithCapitalsAreJoinedAndTheCaptionStaysApart() {
        Document d = read("""
                Home
                Budget delayed as coalition talks drag on
                The finance ministry said on Tuesday that the budget would go to
                Parliament next month, after weeks of talks between the Centre
                Party and the Greens over spending on pensions and on defence.
                Finance minister Kjell Aas leaves the cabinet meeting in Oslo
                Opposition leaders accused the government of hiding the true size
                of the deficit and demanded that the figures be published before
                the vote, which is due to take place in the second week of April.
                """);
        assertEquals("Budget delayed as coalition talks drag on", d.title());
        List<String> paragraphs = List.of(d.body().split("\n\n"));
        assertTrue(paragraphs.get(0).contains("would go to Parliament next month, after weeks of talks between the "
                + "Centre Party and the Greens"), d::body);
        assertTrue(paragraphs.contains("Finance minister Kjell Aas leaves the cabinet meeting in Oslo"), d::body);
    }

    @Test
    void shortLinesOfMenusAndListsAreNotJoined() {
        Document d = read("""
                Home
                World
                Business
                Budget delayed as coalition talks drag on

                The ministry listed three reasons for the delay:
                talks between the partners
                the pension reform
                the defence review

                %s
                """.formatted(P1));
        assertEquals("Budget delayed as coalition talks drag on", d.title());
        assertTrue(d.body().contains(P1), d::body);
        assertFalse(d.body().contains("reasons for the delay: talks between the partners the pension"), d::body);
    }

    @Test
    void titleCaseHeadlineEndingInAnAbbreviationIsTheHeadline() {
        Document d = read("""
                How Winter Wrecks the Pipes Under the Streets of N.Y.C.

                %s
                """.formatted(P1));
        assertEquals("How Winter Wrecks the Pipes Under the Streets of N.Y.C.", d.title());
    }

    @Test
    void captionWithCreditAndPlaceLineAreNotTheHeadline() {
        Document d = read("""
                Coalition partners agree to hold early vote

                RIGA
                The prime minister speaks to reporters outside parliament on Monday. (Anna Berzina/POOL)

                %s
                """.formatted(P1));
        assertEquals("Coalition partners agree to hold early vote", d.title());
    }

    @Test
    void pictureCreditLineIsNeitherBodyNorPublisher() {
        Document d = read("""
                Coalition partners agree to hold early vote

                ILZE KALNINA/AFP/Getty Images

                by Ingrid Solvang
                4 March 2019

                %s
                """.formatted(P1));
        assertEquals("Coalition partners agree to hold early vote", d.title());
        assertFalse(d.body().contains("Getty"), d::body);
        assertEquals(null, d.publisher());
    }

    @Test
    void updateDateIsTheDateOnlyWhenThePageGivesNoOther() {
        Document onlyUpdate = read("""
                Coalition partners agree to hold early vote

                Last update - Monday, August 1, 2011, 11:52

                %s
                """.formatted(P1));
        assertEquals("2011-08-01", onlyUpdate.date().lexical());
        Document both = read("""
                Coalition partners agree to hold early vote
                Published 30 July 2011
                Last updated 1 August 2011

                %s
                """.formatted(P1));
        assertEquals("2011-07-30", both.date().lexical());
    }

    @Test
    void updateLabelBeforeADateNamesNoOutlet() {
        Document d = read("""
                Coalition partners agree to hold early vote
                Ingrid Solvang | BNS | Updated: Oct 9, 2019, 11:05 IST

                %s
                """.formatted(P1));
        assertEquals(List.of("Ingrid Solvang"), d.authors());
        assertEquals(null, d.publisher());
        assertEquals("2019-10-09", d.date().lexical());
    }

    @Test
    void bareNameUnderAStandfirstIsTheByline() {
        Document d = read("""
                Coalition partners agree to hold early vote

                The vote is expected to take place in the autumn, officials say.

                Ingrid Solvang

                Follow topic:
                %s

                %s
                """.formatted(P1, P2));
        assertEquals(List.of("Ingrid Solvang"), d.authors());
        assertFalse(d.body().contains("Ingrid Solvang"), d::body);
    }

    @Test
    void authorBioNamesTheEmployerAsPublisher() {
        Document d = read("""
                Coalition partners agree to hold early vote

                by Ingrid Solvang - Apr 16, 2015 8:02 pm UTC

                %s

                %s

                Ingrid is the Politics Editor at Nordic Ledger, which she joined in 2012 after working for Reuters.
                """.formatted(P1, P2));
        assertEquals("Nordic Ledger", d.publisher());
    }

    @Test
    void outletNamedAsItsStaffsEmployerIsTheLastResort() {
        Document d = read("""
                Coalition partners agree to hold early vote

                %s

                The agenda received by Shannon Post journalist Anna Berg was missing two pages.
                """.formatted(P1));
        assertEquals("Shannon Post", d.publisher());
    }

    @Test
    void mailAddressesAndReleaseCodesAreNotTheHeadline() {
        Document d = read("""
                News Releases

                Anna Berzina
                press@finance.example.lv
                May 22, 2012

                RELEASE : 12-164

                Statement by the Finance Minister on the Launch of the New Budget Framework

                %s
                """.formatted(P1));
        assertEquals("Statement by the Finance Minister on the Launch of the New Budget Framework", d.title());
        assertEquals("2012-05-22", d.date().lexical());
    }

    @Test
    void creditLinesNamePeopleWhoAreNoActors() {
        Document d = read("""
                Budget delayed as coalition talks drag on

                %s

                The finance minister arrives at parliament on Tuesday. (Kari Nordby/AFP/Getty Images)

                Kari Nordby for The Baltic Herald

                %s

                Ilse Berg/The Baltic Herald

                %s

                Jonas Lind and Petra Holm contributed to this report.
                """.formatted(P1, P2, P3));
        assertTrue(d.body().contains("arrives at parliament on Tuesday.") && d.body().contains(P3), d::body);
        assertFalse(d.body().contains("Nordby") || d.body().contains("Ilse Berg") || d.body().contains("Petra Holm"),
                d::body);
    }
}
