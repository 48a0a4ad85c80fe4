package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

/** Slugs give what the regex rules they replaced gave; source segments are safe, injective and found again from request paths. */
class IrisTest {

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private static final String[] PIECES = {
        "a", "Z", "q", "7", "0", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u2028", "-", "--", "_",
        ".", "~", "/", ":", "'", "’", "‘", "\"", "é", "É", "ñ", "Ł", "İ", "ß", "ﬁ", "Ａ", "²", "K", "e\u0301",
        "\u0301", "Ω", "Путин", "习近平", "محمد", "😀", "𝔸", "\uD800", "\uDC00", "al-", "O'Neill", "x’y",
        "!", "$", "%", "%21", "%2E", "?", "#", "\u202E", "\u200B", "\uFEFF", "\u3000", "\uE000", "\u0000", "\u007F",
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
    void segmentsNeverClash() {
        Map<String, String> seen = new HashMap<>();
        List<String> sources = new ArrayList<>(samples());
        sources.addAll(CLASHING_BEFORE);
        for (String s : sources) {
            String seg = Iris.segment(s);
            String other = seen.putIfAbsent(seg, s);
            assertTrue(other == null || other.equals(s), () -> "[" + s + "] and [" + other + "] share " + seg);
        }
    }

    /** File names (without .txt) that shared one IRI when every other code point became '_'. */
    private static final List<String> CLASHING_BEFORE = List.of("with space", "with_space", "café", "caf_",
            "quote'", "quote\"", "quote_", "中", "文", "😀", "_", "a/x", "b/x", "a_x", "a!x", "a%21x", "", ".", "..",
            "$", "$.", "%", "%25", "x?y", "x#y", "x%3Fy", "e\u0301", "\u00e9", "a\u202Eb", "ab", "a\u200Bb");

    @Test
    void segmentsAreSafeIriSegments() {
        for (String s : samples()) {
            String seg = Iris.segment(s);
            assertFalse(seg.isEmpty() || seg.equals(".") || seg.equals(".."), () -> "dot segment for [" + s + "]");
            assertFalse(seg.contains("/"), () -> "one segment for [" + s + "]: " + seg);
            seg.codePoints().forEach(c -> assertTrue(c < 128 ? SAFE_ASCII.indexOf(c) >= 0 : Iris.keptInIri(c),
                    () -> "U+" + Integer.toHexString(c) + " in the segment of [" + s + "]: " + seg));
            String iri = IRIS.article(s).getURI();
            assertFalse(IRIx.create(iri).hasViolations(), () -> "not a valid IRI: " + iri);
        }
    }

    private static final String SAFE_ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~%!$";

    @Test
    void aRequestPathForTheSegmentGivesItBack() {
        for (String s : samples()) {
            String seg = Iris.segment(s);
            assertEquals(seg, Iris.iriPath(seg), () -> "the IRI form itself, [" + s + "]");
            assertEquals(seg, Iris.iriPath(asBrowserSendsIt(seg)), () -> "UTF-8 escaped, [" + s + "]");
            assertEquals(seg, Iris.iriPath(lowerHex(asBrowserSendsIt(seg))), () -> "lower-case hex, [" + s + "]");
        }
        assertEquals("article/caf\u00e9", Iris.iriPath("article/caf%C3%A9"));
        assertEquals("article/_", Iris.iriPath("article/%5F"), "an escaped unreserved character is that character");
        assertEquals("article/a%21x", Iris.iriPath("article/a%21x"), "an escaped reserved character stays escaped");
        assertEquals("article/%FF%E4", Iris.iriPath("article/%ff%e4"), "bytes that are not UTF-8 stay escaped");
    }

    private static String asBrowserSendsIt(String iriPath) {
        StringBuilder out = new StringBuilder();
        for (byte b : iriPath.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            if (u < 128) {
                out.append((char) u);
            } else {
                out.append('%').append(String.format("%02X", u));
            }
        }
        return out.toString();
    }

    private static String lowerHex(String uri) {
        return Pattern.compile("%[0-9A-F]{2}").matcher(uri).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }

    @Test
    void sourcesWithoutSpecialCharactersKeepTheirIri() {
        assertEquals("http://localhost:3030/article/001_fb2b83773285abeb", IRIS.article("001_fb2b83773285abeb").getURI());
        assertEquals("http://localhost:3030/article/a!x", IRIS.article("a/x").getURI());
        assertEquals("http://localhost:3030/article/$..", IRIS.article("..").getURI());
        assertEquals("http://localhost:3030/article/%E2%80%AEevil", IRIS.article("\u202Eevil").getURI(),
                "a bidi override is encoded");
    }

    @Test
    void examples() {
        assertEquals("bashar-al-assad", Iris.slug("Bashar al-Assad"));
        assertEquals("jean-luc-melenchon", Iris.slug("Jean-Luc Mélenchon"));
        assertEquals("oneill", Iris.slug("O’Neill"));
        assertEquals("http://localhost:3030/claim/a%20b😀c/2", IRIS.claim("a b😀c", 2).getURI());
    }

    private static String regexSlug(String name) {
        boolean ascii = name.chars().allMatch(c -> c < 128);
        String folded = ascii ? name
                : Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "u" + Integer.toHexString(name.strip().hashCode()) : s;
    }


    @Test
    void spanIrisAreReadBackAndOtherIrisAreNot() {
        for (String source : samples()) {
            var article = IRIS.article(source);
            Iris.SpanRef ref = IRIS.spanOf(IRIS.span(article, 12, 345).getURI()).orElseThrow();
            assertEquals(new Iris.SpanRef(article.getURI(), 12, 345), ref, source);
        }
        assertTrue(IRIS.spanOf(IRIS.claim("a", 1).getURI()).isEmpty());
        assertTrue(IRIS.spanOf("http://elsewhere.example/article/a/span/1-2").isEmpty());
        assertTrue(IRIS.spanOf(IRIS.article("a").getURI() + "/span/1-99999999999").isEmpty());
    }
}
