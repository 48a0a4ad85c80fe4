package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.reference.ReferenceData;

/** Name patterns: the word and article scanners match the regular expressions they replace, char for char. */
class NameFinderTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*\\.?");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:al|el|ad|as|ash|an|ar|at|az)-\\p{Lu}.*");
    private static final String[] TRICKY = {"a", "Z", "é", "É", "İ", "ı", "ß", "ǅ", "ʰ", "Ω", "ж", "Ж", "中", "7", " ", " ",
        "-", "--", "'", "’", ".", "..", "\u0301", "\u0903", "\u20DD", "\uD801\uDC00", "\uD801\uDC28", "\uD835\uDC00",
        "\uD800", "\uDC00", "\n", "\u2028", "al-", "ash-", "as-", "el-", "Mc", "Mac", "O'", "O’", "J.", "R.", "-x"};

    private static List<String> spans(int[] spans) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans.length; i += 2) {
            out.add(spans[i] + "-" + spans[i + 1]);
        }
        return out;
    }

    private static List<String> regexSpans(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void wordsAsTheWordPatternFindsThem() {
        for (String text : List.of("Mr O’Neill's and McDonald’s al-Assad", "J. R. R. Tolkien, Jean-Claude Juncker.",
                "Ελληνικά Şahin Öz-Demir naïve cafe\u0301 \uD801\uDC00\uD801\uDC28x", "-x x- x-1 x--y 'tis ’90s",
                "Dr. Gen.", "")) {
            assertEquals(regexSpans(text), spans(NameFinder.wordSpans(text)), text);
        }
        Random rnd = new Random(5);
        for (int i = 0; i < 20000; i++) {
            String text = random(rnd);
            assertEquals(regexSpans(text), spans(NameFinder.wordSpans(text)), text);
        }
    }

    @Test
    void arabicArticleAsThePatternMatchesIt() {
        for (String w : List.of("al-Assad", "ash-Shabaab", "as-Sisi", "el-Sisi", "az-Zarqawi", "al-assad", "Al-Assad",
                "al-", "al", "ash-", "ad-Ðx", "al-\uD801\uDC00", "al-\uD801\uDC28", "ax-Y", "alx-Y", "al-ǅ", "al-X-y",
                "ar-R.")) {
            assertEquals(ARABIC_ARTICLE.matcher(w).matches(), NameFinder.arabicArticle(w), w);
        }
        Random rnd = new Random(6);
        for (int i = 0; i < 20000; i++) {
            String text = random(rnd);
            List<String> words = new ArrayList<>(List.of(text));
            int[] spans = NameFinder.wordSpans(text);
            for (int s = 0; s < spans.length; s += 2) {
                words.add(text.substring(spans[s], spans[s + 1]));
            }
            for (String w : words) {
                assertEquals(ARABIC_ARTICLE.matcher(w).matches(), NameFinder.arabicArticle(w), w);
            }
        }
    }

    @Test
    void namesTitlesAndOrganisations() {
        NameFinder f = new NameFinder(ReferenceData.lexicon());
        String text = "Labour MP Tomas Ekberg said. The Foreign Secretary met the Joint Intelligence Committee. "
                + "Mr Fenwick’s aide, Gen. Marta Quiroga-Lenz, said so.";
        List<String> found = f.find(text, new boolean[text.length() + 1]).stream()
                .map(c -> c.shape() + ":" + c.name() + (c.title() == null ? "" : "/" + c.title())).toList();
        assertEquals(List.of("PERSON:Tomas Ekberg/MP", "ORGANIZATION:Joint Intelligence Committee",
                "TITLED_SURNAME:Fenwick/Mr", "PERSON:Marta Quiroga-Lenz/Gen"), found);
    }

    private static String random(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int n = rnd.nextInt(12); n > 0; n--) {
            sb.append(TRICKY[rnd.nextInt(TRICKY.length)]);
        }
        return sb.toString();
    }
}
