package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Name patterns: words, Arabic articles, names with titles and organisations. */
class NameFinderTest {

    private static List<String> words(String text) {
        int[] spans = NameFinder.wordSpans(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans.length; i += 2) {
            out.add(text.substring(spans[i], spans[i + 1]));
        }
        return out;
    }

    @Test
    void wordsKeepApostrophesHyphensAndAbbreviationDots() {
        assertEquals(List.of("Mr", "O’Neill's", "and", "McDonald’s", "al-Assad"),
                words("Mr O’Neill's and McDonald’s al-Assad"));
        assertEquals(List.of("J.", "R.", "R.", "Tolkien", "Jean-Claude", "Juncker."),
                words("J. R. R. Tolkien, Jean-Claude Juncker."));
        assertEquals(List.of("x", "x", "x", "x", "y", "tis", "s"), words("-x x- x-1 x--y 'tis ’90s"));
        assertEquals(List.of("cafe\u0301", "Öz-Demir"), words("cafe\u0301 Öz-Demir"));
        assertEquals(List.of(), words(""));
    }

    @Test
    void aPageLongHyphenatedWordIsOneWord() {
        String text = "a-".repeat(200_000) + "a";
        assertEquals(List.of(0, text.length()), Arrays.stream(NameFinder.wordSpans(text)).boxed().toList());
    }

    @Test
    void arabicArticleBeforeACapital() {
        for (String w : List.of("al-Assad", "ash-Shabaab", "as-Sisi", "el-Sisi", "az-Zarqawi")) {
            assertTrue(NameFinder.arabicArticle(w), w);
        }
        for (String w : List.of("al-assad", "Al-Assad", "al-", "al", "ax-Y", "alx-Y")) {
            assertFalse(NameFinder.arabicArticle(w), w);
        }
    }

    @Test
    void namesTitlesAndOrganisations() {
        NameFinder f = new NameFinder(org.newsgraph.pipeline.StandardPipeline.lexicon());
        String text = "Labour MP Tomas Ekberg said. The Foreign Secretary met the Joint Intelligence Committee. "
                + "Mr Fenwick’s aide, Gen. Marta Quiroga-Lenz, said so.";
        List<String> found = f.find(text, new boolean[text.length() + 1]).stream()
                .map(c -> c.shape() + ":" + c.name() + (c.title() == null ? "" : "/" + c.title())).toList();
        assertEquals(List.of("PERSON:Tomas Ekberg/MP", "ORGANIZATION:Joint Intelligence Committee",
                "TITLED_SURNAME:Fenwick/Mr", "PERSON:Marta Quiroga-Lenz/Gen"), found);
    }
}
