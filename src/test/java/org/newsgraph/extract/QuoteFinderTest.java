package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.doc.Quote;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.text.SentenceSplitter;

/** Quote spans in made-up text: marks, apostrophes, splits, paragraphs, lost marks, introductions. */
class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder(Set.of("said", "says", "told", "wrote", "added", "declaring",
            "commented"), ReferenceData.vocabulary(StandardPipeline.QUOTE_CUES));
    private final SentenceSplitter sentences = StandardPipeline.sentenceSplitter(StandardPipeline.lexicon());

    private List<String> texts(String body) {
        return finder.find(body, sentences.index(body)).stream().map(q -> q.text(body)).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotes() {
        assertEquals(List.of("We will not accept any deal that leaves the question open.",
                "Nobody here believes the talks will succeed this year."),
                texts("“We will not accept any deal that leaves the question open.” She left. "
                        + "\"Nobody here believes the talks will succeed this year.\""));
    }

    @Test
    void apostrophesInsideWordsDoNotClose() {
        assertEquals(List.of("We’ve said it before and we’ll say it again: Britain’s position hasn’t changed."),
                texts("‘We’ve said it before and we’ll say it again: Britain’s position hasn’t changed.’ he said."));
    }

    @Test
    void scareQuotesAreNotStatements() {
        assertEquals(List.of(), texts("He called it a “warning shot” and an “official” visit to “work together”."));
    }

    @Test
    void quoteSplitByAttributionIsOne() {
        assertEquals(List.of("This is the wrong policy, and it will cost us dearly in the years ahead."),
                texts("“This is the wrong policy,” he said, “and it will cost us dearly in the years ahead.”"));
    }

    @Test
    void quoteOverParagraphsIsOne() {
        List<String> t = texts("‘The first paragraph of a long statement runs on here\n\n"
                + "‘and the second paragraph closes it with enough words to count.’");
        assertEquals(1, t.size(), t.toString());
    }

    @Test
    void lostOpeningMarkStartsAtTheParagraph() {
        assertEquals(List.of("It is very obvious to me that we cannot do this alone,"),
                texts("It is very obvious to me that we cannot do this alone,” Mann wrote."));
    }

    @Test
    void introducedWithoutMarks() {
        assertEquals(List.of("This was a positive meeting and part of our wider outreach."),
                texts("A spokesman said: This was a positive meeting and part of our wider outreach."));
    }

    @Test
    void twoIntroductionsInOneParagraphAreTwoQuotes() {
        assertEquals(2, texts("The minister warned them, declaring: We do not need the bear here at all. "
                + "The other side replied in his response: What is on your coat of arms today?").size());
    }

    @Test
    void anIntroductionAfterATitleEndsTheBlockBeforeIt() {
        // "Mr." ends no sentence: the second introduction starts at the title, and the first block ends before it.
        assertEquals(List.of("This was a positive meeting and part of our wider outreach.",
                "We are ready to talk about all of it again next week."),
                texts("A spokesman said: This was a positive meeting and part of our wider outreach. "
                        + "Mr. Lavrov said: We are ready to talk about all of it again next week."));
    }

    @Test
    void guillemetsAreMarks() {
        assertEquals(List.of("We will not accept any deal that leaves the question open."),
                texts("«We will not accept any deal that leaves the question open.» She left."));
    }

    @Test
    void introductionBeforeAQuoteMarkIsNoBlock() {
        assertEquals(List.of("This is the wrong policy at the wrong time, and it will cost us dearly."),
                texts("A former adviser wrote: “This is the wrong policy at the wrong time, and it will cost us "
                        + "dearly.”"));
    }

    @Test
    void quoteTextLeavesOutMarksAndParagraphBreaks() {
        String body = "“We agree,\n\n  all of us.”";
        Quote q = new Quote(0, body.length(), List.of(new Quote.Part(0, body.length())), false);
        assertEquals("We agree, all of us.", q.text(body));
    }

    @Test
    void aShortQuoteThatAVerbOfSayingFollowsIsAStatement() {
        assertEquals(List.of("Irony prospers in the digital age,"),
                texts("“Irony prospers in the digital age,” he added. The reference is to an old case."));
        assertEquals(List.of(), texts("It was called “irony in the digital age” by everyone."));
    }

    @Test
    void aSplitQuoteNeverJoinsAcrossASentenceEnd() {
        assertEquals(List.of("These comparisons lead us completely astray, and they are completely unacceptable."),
                texts("Her government stood “fully behind” the Dutch. She said: “These comparisons lead us completely "
                        + "astray, and they are completely unacceptable.”"));
    }
}
