package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sentence index answers as a walk from the position asked about does, in time independent of sentence length. */
class SentencesTest {

    /** The walk the index replaces: back to the last sentence end, then past whitespace. */
    private static int walkStart(String s, int i) {
        int b = Math.min(i, s.length());
        while (b > 0) {
            char c = s.charAt(b - 1);
            if (c == '\n') {
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && b < s.length() && s.charAt(b) == ' ' && b - 2 >= 0
                    && !Character.isUpperCase(s.charAt(b - 2))) {
                break;
            }
            b--;
        }
        while (b < i && Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        return b;
    }

    private static int walkEnd(String s, int i) {
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (k + 1 == s.length() || s.charAt(k + 1) == ' '
                    || s.charAt(k + 1) == '\n') && (k == 0 || !Character.isUpperCase(s.charAt(k - 1)))) {
                return c == '\n' ? k : k + 1;
            }
        }
        return s.length();
    }

    @Test
    void answersAsTheWalkDoesOnRandomText() {
        SplittableRandom r = new SplittableRandom(5);
        String alphabet = "aB .!?\n\t\u3000\u2028xY,";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(40);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            Sentences index = Sentences.of(s);
            for (int i = 0; i <= s.length(); i++) {
                assertEquals(walkStart(s, i), index.start(i), "start of " + i + " in [" + s + "]");
                assertEquals(walkEnd(s, i), index.end(i), "end of " + i + " in [" + s + "]");
            }
        }
    }

    @Test
    void splitsIntoSentences() {
        List<int[]> s = Sentences.split("One went. Two came!\n\n  Three? Mr. X stayed.");
        // "Mr." ends a sentence too: the rule knows no abbreviations but capitals before the mark ("U.S.").
        assertEquals(5, s.size());
        assertArrayEquals(new int[] {0, 9}, s.get(0));
        assertArrayEquals(new int[] {10, 19}, s.get(1));
        assertArrayEquals(new int[] {23, 29}, s.get(2));
        assertArrayEquals(new int[] {30, 33}, s.get(3));
        assertArrayEquals(new int[] {34, 43}, s.get(4));
    }

    @Test
    void aLongSentenceIsAskedAboutInConstantTime() {
        String s = "word ".repeat(400_000);
        Sentences index = Sentences.of(s);
        long t0 = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < s.length(); i += 10) {
            sum += index.start(i) + index.end(i);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals((long) s.length() / 10 * s.length(), sum);
        // A walk per question would take some 10^11 steps here.
        assertTrue(seconds < 5, seconds + " s");
    }
}
