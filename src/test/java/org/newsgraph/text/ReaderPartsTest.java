package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.text.ReaderFixture.BOILERPLATE;
import static org.newsgraph.text.ReaderFixture.BYLINES;
import static org.newsgraph.text.ReaderFixture.DATES;
import static org.newsgraph.text.ReaderFixture.METADATA;
import static org.newsgraph.text.ReaderFixture.OUTLET_FINDER;
import static org.newsgraph.text.ReaderFixture.RULES;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.base.Deadline;

/** Each part of the article reader on small made-up texts, with the shipped rules. */
class ReaderPartsTest {

    @Test
    void boilerplateDropsACookieBannerAndKeepsASentenceAboutCookies() {
        assertTrue(BOILERPLATE.isNotice("This website uses cookies to improve your experience. Accept"));
        assertFalse(BOILERPLATE.isNotice("The bakery sold cookies to the minister's staff on Friday."));
    }

    @Test
    void boilerplateEndsTheArticleAtAPaywallAndFindsTheCommentsHeading() {
        assertTrue(BOILERPLATE.breaksArticle("To continue reading, subscribe for one pound a week"));
        assertTrue(BOILERPLATE.startsComments("14 comments"));
        assertFalse(BOILERPLATE.startsComments("The comments of the minister were noted"));
        assertTrue(BOILERPLATE.startsLinkBlock("See also:"));
    }

    @Test
    void bylineReaderReadsNamesRoleAndDate() {
        ArticleFacts facts = new ArticleFacts();
        BYLINES.readByline(facts, BYLINES.byline("By Jane Holloway and Tom Birch, Diplomatic Editor | 3 May 2019")
                .orElseThrow());
        assertEquals(List.of("Jane Holloway", "Tom Birch"), facts.authors);
        assertEquals("2019-05-03", facts.date.lexical());
    }

    @Test
    void bylineReaderTellsAPersonFromASectionLabelAndACapitalsRole() {
        assertEquals(Optional.of("Anna Berg"), BYLINES.namePart("Anna Berg Nairobi Correspondent"));
        assertTrue(BYLINES.namePart("World News").isEmpty());
        assertFalse(BYLINES.isPersonName("Kenya Today"), "a country word is not part of a writer's name");
        assertTrue(BYLINES.isPersonName("Frances Demir"), "a given name that looks like a plural of a country");
    }

    @Test
    void bylineReaderTakesWireCreditsButNotEditors() {
        ArticleFacts facts = new ArticleFacts();
        assertTrue(BYLINES.readFootByline(facts, "Reporting by Omar Haddad in Beirut; Editing by Ruth Nolan"));
        assertEquals(List.of("Omar Haddad"), facts.authors);
    }

    @Test
    void dateReaderTellsADateLineFromASentenceWithADate() {
        assertTrue(DATES.isDateOnly("Tuesday 4 June 2019 10:32 BST"));
        assertFalse(DATES.isDateOnly("Talks resume on 4 June 2019 in Geneva"));
    }

    @Test
    void datelineReaderTakesAgencyAndLeavesTheText() {
        ArticleFacts facts = new ArticleFacts();
        String rest = new DatelineReader(DATES, OUTLET_FINDER, RULES).read(facts, "NAIROBI (Reuters) - Kenya said.");
        assertEquals("Kenya said.", rest);
        assertEquals("Reuters", facts.namedOutlet);
        assertTrue(facts.datelineSeen);
    }

    @Test
    void metadataLinesReadAPublishedLineAndLeaveAHeadlineAlone() {
        ArticleFacts facts = new ArticleFacts();
        List<String> lines = List.of("Published: 12 March 2018", "Ministers meet in Geneva for talks on trade");
        assertTrue(METADATA.read(facts, lines, 0));
        assertEquals("2018-03-12", facts.date.lexical());
        assertFalse(METADATA.read(facts, lines, 1));
    }

    @Test
    void outletFinderTakesTheCopyrightOwnerButNotAPictureAgency() {
        ArticleFacts facts = new ArticleFacts();
        OUTLET_FINDER.vote(facts, "© Getty Images");
        OUTLET_FINDER.vote(facts, "Copyright 2017 The Independent. All rights reserved.");
        assertEquals("The Independent", OUTLET_FINDER.publisher(facts, List.of(), ""));
    }

    @Test
    void outletFinderFallsBackOnTheBodySpeakingOfItself() {
        assertEquals("The Independent", OUTLET_FINDER.publisher(new ArticleFacts(),
                List.of("The Independent has learned that the talks failed."), ""));
        assertNull(OUTLET_FINDER.publisher(new ArticleFacts(), List.of("Nobody has learned anything."), ""));
    }

    @Test
    void headlineFinderSkipsMenuAndNoticeAboveTheHeadline() {
        HeadlineFinder headlines = new HeadlineFinder(BOILERPLATE, DATES, BYLINES, METADATA, OUTLET_FINDER, RULES);
        List<String> lines = List.of("Home  World  Politics  Business", "Subscribe", "",
                "Ministers agree to resume the stalled trade talks", "By Jane Holloway", "",
                "The ministers said on Monday that the talks would resume in Geneva next week.");
        assertEquals(3, headlines.find(lines, Deadline.NONE));
    }

    @Test
    void bodyAssemblerMendsABrokenParagraphCutsAPictureCreditAndDropsARepeat() {
        BodyAssembler.Paragraphs body = new BodyAssembler(RULES).start();
        body.add("The minister said that he would be");
        body.add("robust with his counterpart. Photo: Reuters");
        body.add("Click to enlarge A second paragraph.");
        body.add("A second paragraph.");
        assertEquals(List.of("The minister said that he would be robust with his counterpart.",
                "A second paragraph."), body.paragraphs());
    }

    @Test
    void commentSplitterKeepsCommentsApartFromTheFooter() {
        CommentSplitter.Footer foot = new CommentSplitter(BOILERPLATE, DATES, RULES).split(List.of(
                "Most read", "© 2019 Example News", "3 comments", "mark_w", "12 June 2019 10:15",
                "I do not believe a word of this report.", "ok"), Deadline.NONE);
        assertEquals(List.of("I do not believe a word of this report."), foot.comments());
        assertEquals(List.of("Most read", "© 2019 Example News"), foot.rest());
    }
}
