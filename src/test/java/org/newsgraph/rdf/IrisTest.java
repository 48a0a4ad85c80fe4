package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Slugs and source segments give exactly what the regex rules they replaced gave. */
class IrisTest {

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private static final String[] PIECES = {
        "a", "Z", "q", "7", "0", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u2028", "-", "--", "_",
        ".", "~", "/", ":", "'", "’", "‘", "\"", "é", "É", "ñ", "Ł", "İ", "ß", "ﬁ", "Ａ", "²", "K", "e\u0301",
        "\u0301", "Ω", "Путин", "习近平", "محمد", "😀", "𝔸", "\uD800", "\uDC00", "al-", "O'Neill", "x’y",
    };

    /** The strings both rules are compared on: hand-picked edge cases and random mixes of the pieces above. */
    static List<String> samples() {
        List<String> out = new ArrayList<>(List.of("", "-", "'", "’", "---", "Bashar al-Assad", "  Emmanuel Macron  ",
                "Jean-Luc Mélenchon", "Recep Tayyip Erdoğan", "Владимир Путин", "習近平", "O'Neill’s", "AT&T",
                "-edge-", "a--b", "a'-b", "a ' b", "synthetic_0000001", "2024-05-01 über/aña.txt", "😀"));
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void slugMatchesRegexRule() {
        for (String s : samples()) {
            assertEquals(regexSlug(s), Iris.slug(s), () -> "slug of [" + s + "]");
        }
    }

    @Test
    void segmentMatchesRegexRule() {
        for (String s : samples()) {
            assertEquals(Iris.DEFAULT_BASE + "article/" + regexSegment(s), IRIS.article(s).getURI(),
                    () -> "segment of [" + s + "]");
        }
    }

    @Test
    void examples() {
        assertEquals("bashar-al-assad", Iris.slug("Bashar al-Assad"));
        assertEquals("jean-luc-melenchon", Iris.slug("Jean-Luc Mélenchon"));
        assertEquals("oneill", Iris.slug("O’Neill"));
        assertEquals("http://localhost:3030/claim/a_b_c/2", IRIS.claim("a b😀c", 2).getURI());
    }

    private static String regexSlug(String name) {
        boolean ascii = name.chars().allMatch(c -> c < 128);
        String folded = ascii ? name
                : Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "u" + Integer.toHexString(name.strip().hashCode()) : s;
    }

    private static String regexSegment(String source) {
        String s = source.replaceAll("[^A-Za-z0-9._~-]", "_");
        return s.isEmpty() ? "_" : s;
    }
}
