package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The literal words a case-insensitive alternation of cue patterns must contain, read from the start
 * of each entry: a line holding none of them cannot match, so the reader's parts test for them with
 * a few substring searches before running the pattern over every position of the line. When an entry
 * has no literal start (it opens with a group, a class or an escape) nothing can be ruled out and
 * every line is let through. Pure.
 */
final class LeadingWords {

    /** Non-ASCII characters that a case-insensitive, Unicode-case pattern folds onto an ASCII letter (ſ, ı, K). */
    private static final boolean[] FOLDS_TO_ASCII = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            FOLDS_TO_ASCII[c] = Character.toUpperCase(c) < 128 || Character.toLowerCase(c) < 128
                    || Character.toLowerCase(Character.toUpperCase(c)) < 128;
        }
    }

    /** Lower-case literal starts, one per entry; null when some entry has none. */
    private final String[] words;

    LeadingWords(List<String> entries) {
        List<String> found = new ArrayList<>(entries.size());
        for (String e : entries) {
            String w = literalStart(e);
            if (w.isEmpty()) {
                found = null;
                break;
            }
            found.add(w);
        }
        words = found == null ? null : found.toArray(new String[0]);
    }

    /** False only when the line cannot match any entry; true says nothing. */
    boolean mayMatch(String line) {
        if (words == null) {
            return true;
        }
        char[] lower = new char[line.length()];
        for (int i = 0; i < lower.length; i++) {
            char c = line.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 128 && FOLDS_TO_ASCII[c]) {
                return true;
            }
            lower[i] = c;
        }
        String folded = new String(lower);
        for (String w : words) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // ASCII letters, digits and spaces up to the first metacharacter; a character a quantifier makes
    // optional is left out. An entry with a top-level alternative has no start all its branches share.
    private static String literalStart(String entry) {
        int depth = 0;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return "";
            }
        }
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == ' ');
            char next = i + 1 < entry.length() ? entry.charAt(i + 1) : 0;
            if (!plain || next == '?' || next == '*' || next == '{') {
                break;
            }
            w.append(c);
        }
        return w.toString().toLowerCase(Locale.ROOT);
    }
}
