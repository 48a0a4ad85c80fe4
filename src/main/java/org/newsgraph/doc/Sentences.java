package org.newsgraph.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentence layer of a body: where each sentence starts and ends, as the sentence splitter found
 * them, with the sentences in order and the sentence around any position. Every answer is a binary
 * search over the bounds: walking from the position asked about would cost a sentence's length per
 * question, quadratic in one long sentence.
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
    private final List<Sentence> all;

    /**
     * @param body   the text the bounds are in
     * @param starts positions after which a sentence starts, ascending
     * @param stops  positions of the characters that end a sentence, ascending
     */
    public Sentences(String body, int[] starts, int[] stops) {
        this.s = body;
        this.starts = starts.clone();
        this.stops = stops.clone();
        int n = body.length();
        int ns = starts.length;
        int lead = 0;
        while (lead < n && Character.isWhitespace(body.charAt(lead))) {
            lead++;
        }
        bodyFirstWord = lead;
        // Right to left, so a run of whitespace holding several starts is read once.
        firstWords = new int[ns];
        for (int j = ns - 1; j >= 0; j--) {
            int p = starts[j];
            int next = j + 1 < ns ? starts[j + 1] : Integer.MAX_VALUE;
            while (p < n && p < next && Character.isWhitespace(body.charAt(p))) {
                p++;
            }
            firstWords[j] = p == next ? firstWords[j + 1] : p;
        }
        all = List.copyOf(split());
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
        return all;
    }

    private List<Sentence> split() {
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
