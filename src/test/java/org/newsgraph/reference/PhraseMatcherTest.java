package org.newsgraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Whole-word, non-overlapping, leftmost-longest phrase matching, checked against a brute-force search. */
class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> m, String text) {
        return m.find(text).stream().map(h -> h.start() + ":" + text.substring(h.start(), h.end()) + "=" + h.value())
                .toList();
    }

    private static PhraseMatcher<String> matcher(String... phrases) {
        TreeMap<String, String> map = new TreeMap<>();
        for (String p : phrases) {
            map.put(p, p.toUpperCase());
        }
        return new PhraseMatcher<>(map);
    }

    @Test
    void longestAtTheLeftmostStartThenOnAfterIt() {
        PhraseMatcher<String> m = matcher("New York", "New York Times", "York", "Times Square", "Times");
        assertEquals(List.of("4:New York Times=NEW YORK TIMES", "26:York=YORK"),
                found(m, "The New York Times Square York"));
    }

    @Test
    void wholeWordsWithHyphensAndPunctuationAsBoundaries() {
        PhraseMatcher<String> m = matcher("UN", "al-Assad", "bbc.co.uk", "14th Dalai Lama");
        assertEquals(List.of("0:UN=UN", "19:al-Assad=AL-ASSAD", "37:bbc.co.uk=BBC.CO.UK", "52:14th Dalai Lama=14TH DALAI LAMA"),
                found(m, "UN-backed, UNESCO, al-Assad’s aides, bbc.co.uk; the 14th Dalai Lama, UN2"));
    }

    @Test
    void theEmptyPhraseNeverMatchesAndNoPhrasesFindNothing() {
        assertEquals(List.of(), found(matcher(""), "a b"));
        assertEquals(List.of(), found(matcher(), "a b"));
        assertEquals(1, matcher("").size());
    }

    @Test
    void phrasesStartingOrEndingOutsideWords() {
        PhraseMatcher<String> m = matcher("'s", "-based", "Gen.", "(UN)");
        assertEquals(List.of("4:'s='S", "13:-based=-BASED", "20:Gen.=GEN.", "27:(UN)=(UN)"),
                found(m, "May 's Tunis -based Gen. X (UN) Gen.Y May's Tunis-based"));
    }

    @Test
    void sameAsBruteForceOnRandomPhrasesAndTexts() {
        Random rnd = new Random(11);
        String[] alphabet = {"a", "b", "A", "B", "1", " ", " ", "-", ".", "'", "’", "é", "İ", "ı", "\uD801\uDC00", "\n"};
        for (int round = 0; round < 300; round++) {
            TreeMap<String, String> phrases = new TreeMap<>();
            for (int i = rnd.nextInt(30); i > 0; i--) {
                String p = random(rnd, alphabet, 1 + rnd.nextInt(6));
                phrases.put(p, "v" + i);
            }
            PhraseMatcher<String> m = new PhraseMatcher<>(phrases);
            for (int k = 0; k < 20; k++) {
                String text = random(rnd, alphabet, rnd.nextInt(40));
                assertEquals(bruteForce(phrases, text), m.find(text), () -> phrases + " in \"" + text + "\"");
            }
        }
    }

    private static String random(Random rnd, String[] alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet[rnd.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    // The specification: every whole-word occurrence, ordered by start and longest first, kept greedily.
    private static List<PhraseMatcher.Hit<String>> bruteForce(TreeMap<String, String> phrases, String text) {
        List<PhraseMatcher.Hit<String>> all = new ArrayList<>();
        phrases.forEach((p, v) -> {
            for (int i = text.indexOf(p); i >= 0 && !p.isEmpty(); i = text.indexOf(p, i + 1)) {
                if (boundary(text, i - 1) && boundary(text, i + p.length())) {
                    all.add(new PhraseMatcher.Hit<>(i, i + p.length(), v));
                }
            }
        });
        all.sort(Comparator.<PhraseMatcher.Hit<String>>comparingInt(PhraseMatcher.Hit::start)
                .thenComparingInt(h -> h.start() - h.end()));
        List<PhraseMatcher.Hit<String>> out = new ArrayList<>();
        int covered = 0;
        for (PhraseMatcher.Hit<String> h : all) {
            if (h.start() >= covered) {
                out.add(h);
                covered = h.end();
            }
        }
        return out;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
