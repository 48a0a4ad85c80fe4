package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Quote spans in made-up text: marks, apostrophes, splits, paragraphs, lost marks, introductions. */
class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder(Set.of("said", "says", "told", "wrote", "added", "declaring",
            "commented"));

    private List<String> texts(String body) {
        return finder.find(body).stream().map(q -> q.text(body)).toList();
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

    private static final String[] SPACES_AND_MORE = {"a", "b", " ", "  ", "\t", "\n", "\u000B", "\f", "\r",
        "\u00A0", "\u2028", "\u0085", "\u001C", ".", "!", "?", "\uD83D\uDE00"};

    // Counting words and testing the last character stand in for a split and a pattern: they must agree.
    @Test
    void wordsAndSentenceEndAsThePatternsTellThem() {
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            String s = random(r, SPACES_AND_MORE, 8);
            assertEquals(s.split("\\s+").length, QuoteFinder.words(s), s);
            assertEquals(s.matches(".*[.!?]$"), QuoteFinder.endsSentence(s), s);
        }
    }

    // The text of a quote is tidied by two patterns, now run only where they can match: the same text.
    @Test
    void quoteTextAsThePatternsTidyIt() {
        Pattern paragraphBreak = Pattern.compile("\\s*\\n\\n\\s*");
        Pattern marksAtEnds = Pattern.compile("^[“”\"‘’']+|[“”\"‘’']+$");
        String[] pieces = {"a", "word", " ", "\n", "\n\n", "\r", "\r\n", "\u0085", "\u2028", "“", "”", "\"", "‘",
            "’", "'", "«", "."};
        Random r = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            String body = random(r, pieces, 12);
            List<QuoteSpan.Part> parts = new ArrayList<>();
            int at = 0;
            for (int k = r.nextInt(3); k >= 0 && at <= body.length(); k--) {
                int start = at + r.nextInt(body.length() - at + 1);
                int end = start + r.nextInt(body.length() - start + 1);
                parts.add(new QuoteSpan.Part(start, end));
                at = end;
            }
            StringBuilder sb = new StringBuilder();
            for (QuoteSpan.Part p : parts) {
                String t = body.substring(p.start(), p.end()).strip();
                if (!t.isEmpty()) {
                    sb.append(sb.length() > 0 ? " " : "").append(t);
                }
            }
            String expected = marksAtEnds.matcher(paragraphBreak.matcher(sb).replaceAll(" ")).replaceAll("").strip();
            assertEquals(expected, new QuoteSpan(0, body.length(), parts, false).text(body), body);
        }
        assertTrue(marksAtEnds.matcher("word”\u2028").find(), "$ stands before a final line terminator");
    }

    private static String random(Random r, String[] pieces, int most) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(most + 1); k > 0; k--) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
