package org.newsgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.doc.Sentence;

/**
 * Sentence bounds in a cleaned body, as {@link SentenceSplitter} finds them, for the stages that read
 * sentence by sentence. Every place a sentence may start or end is found in one pass, so each question
 * is a binary search: walking from the position asked about would cost a sentence's length per
 * question, quadratic in one long sentence. Pure.
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

    Sentences(String s, SentenceSplitter splitter) {
        this.s = s;
        int n = s.length();
        int[] st = new int[16];
        int[] sp = new int[16];
        int ns = 0;
        int np = 0;
        int wordStart = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (SentenceSplitter.opensWord(c)) {
                wordStart = k + 1;
            }
            char next = k + 1 < n ? s.charAt(k + 1) : '\n';
            // A sentence ends at a line break, or at . ! ? before a space, a line break or the end of the
            // body, unless the mark ends an abbreviation; the next one starts after a line break or a space.
            boolean stop = c == '\n' || (c == '.' || c == '!' || c == '?') && (next == ' ' || next == '\n')
                    && !splitter.endsAbbreviation(s, wordStart, k);
            if (stop && (c == '\n' || k + 1 < n && next == ' ')) {
                if (ns == st.length) {
                    st = Arrays.copyOf(st, 2 * ns);
                }
                st[ns++] = k + 1;
            }
            if (stop) {
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

    /** Start of the sentence holding position i: after the last mark or line break ending one, or the body's start. */
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

    /** All sentences of the body in order, leading whitespace left out. */
    public List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            int e = end(i);
            out.add(new Sentence(i, e));
            i = Math.max(e, i + 1);
        }
        return out;
    }

    // Index of the last value at or before i, or -1.
    private static int lastAtOrBefore(int[] values, int i) {
        return PositionSearch.countAtMost(values, i) - 1;
    }
}
