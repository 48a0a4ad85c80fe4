package org.newsgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sentence bounds in a cleaned body, for the extractors that read sentence by sentence. Every place a
 * sentence may start or end is found in one pass, so each question is a binary search: walking from the
 * position asked about would cost a sentence's length per question, quadratic in one long sentence. Pure.
 */
public final class Sentences {

    private final String s;
    /** Positions b after which a sentence starts (a line break or an end mark before b), ascending. */
    private final int[] starts;
    /** For each of {@link #starts}, the first character at or after it that is no whitespace. */
    private final int[] firstWords;
    /** Positions of the characters that end a sentence (a line break, or a mark that ends it), ascending. */
    private final int[] stops;
    /** The first character of the body that is no whitespace. */
    private final int bodyFirstWord;

    private Sentences(String s) {
        this.s = s;
        int n = s.length();
        int[] st = new int[16];
        int[] sp = new int[16];
        int ns = 0;
        int np = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            boolean mark = c == '.' || c == '!' || c == '?';
            // A sentence starts after a line break, or after . ! ? and a space unless a capital stands before the mark.
            if (c == '\n' || mark && k + 1 < n && s.charAt(k + 1) == ' ' && k >= 1
                    && !Character.isUpperCase(s.charAt(k - 1))) {
                if (ns == st.length) {
                    st = Arrays.copyOf(st, 2 * ns);
                }
                st[ns++] = k + 1;
            }
            // It ends at a line break, or at . ! ? before a space, a line break or the end, after no capital.
            if (c == '\n' || mark && (k + 1 == n || s.charAt(k + 1) == ' ' || s.charAt(k + 1) == '\n')
                    && (k == 0 || !Character.isUpperCase(s.charAt(k - 1)))) {
                if (np == sp.length) {
                    sp = Arrays.copyOf(sp, 2 * np);
                }
                sp[np++] = k;
            }
        }
        starts = Arrays.copyOf(st, ns);
        stops = Arrays.copyOf(sp, np);
        int lead = 0;
        while (lead < n && Character.isWhitespace(s.charAt(lead))) {
            lead++;
        }
        bodyFirstWord = lead;
        // Right to left, so a run of whitespace holding several starts is read once.
        firstWords = new int[ns];
        for (int j = ns - 1; j >= 0; j--) {
            int p = starts[j];
            int next = j + 1 < ns ? starts[j + 1] : Integer.MAX_VALUE;
            while (p < n && p < next && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
            firstWords[j] = p == next ? firstWords[j + 1] : p;
        }
    }

    /** The sentence index of a body. */
    public static Sentences of(String body) {
        return new Sentences(body);
    }

    /** Start of the sentence holding position i: after the last . ! ? before it, or the paragraph start. */
    public int start(int i) {
        int j = lastAtOrBefore(starts, Math.min(i, s.length()));
        int b = j < 0 ? 0 : starts[j];
        // Leading whitespace is skipped, but never past i.
        return Math.max(b, Math.min(i, j < 0 ? bodyFirstWord : firstWords[j]));
    }

    /** End (exclusive) of the sentence holding position i. */
    public int end(int i) {
        int j = lastAtOrBefore(stops, i - 1) + 1;
        if (j >= stops.length) {
            return s.length();
        }
        int k = stops[j];
        return s.charAt(k) == '\n' ? k : k + 1;
    }

    /** All sentences of the body as [start, end) pairs, in order. */
    public List<int[]> split() {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            int e = end(i);
            out.add(new int[] {i, e});
            i = Math.max(e, i + 1);
        }
        return out;
    }

    /** All sentences of a body as [start, end) pairs, in order. */
    public static List<int[]> split(String s) {
        return of(s).split();
    }

    // Index of the last value at or before i, or -1.
    private static int lastAtOrBefore(int[] values, int i) {
        return PositionSearch.countAtMost(values, i) - 1;
    }
}
