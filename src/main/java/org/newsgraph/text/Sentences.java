package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;

/** Sentence bounds in a cleaned body, for the extractors that read sentence by sentence. Pure. */
public final class Sentences {

    private Sentences() {
    }

    /** Start of the sentence holding position i: after the last . ! ? before it, or the paragraph start. */
    public static int start(String s, int i) {
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

    /** End (exclusive) of the sentence holding position i. */
    public static int end(String s, int i) {
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (k + 1 == s.length() || s.charAt(k + 1) == ' '
                    || s.charAt(k + 1) == '\n') && (k == 0 || !Character.isUpperCase(s.charAt(k - 1)))) {
                return c == '\n' ? k : k + 1;
            }
        }
        return s.length();
    }

    /** All sentences of the body as [start, end) pairs, in order. */
    public static List<int[]> split(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            int e = end(s, i);
            out.add(new int[] {i, e});
            i = Math.max(e, i + 1);
        }
        return out;
    }
}
