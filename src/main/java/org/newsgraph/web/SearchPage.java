package org.newsgraph.web;

import java.util.List;
import java.util.Locale;

/** View model of the search page: what the "search" template renders, all strings unescaped. */
record SearchPage(String q, List<Group> groups, String message) {

    /** One kind of hit: a page of them, with links to the next and previous pages of this kind alone. */
    record Group(String id, String title, List<Hit> hits, String next, String previous, String position) {
        boolean hasHits() {
            return !hits.isEmpty();
        }
    }

    /**
     * One hit: its page, its name, a line saying what it is, the address of its sentence highlighted in
     * its article (claims; else empty) and the passage of its text that matched.
     */
    record Hit(String href, String label, String note, String sentence, Snippet snippet) { }

    /** A completion offered by the search box. */
    record Suggestion(String label, String href, String kind) { }

    /** A passage of a text around the first word that matched: before it, the word, after it. */
    record Snippet(String before, String match, String after) {

        static final Snippet NONE = new Snippet("", "", "");

        /**
         * The passage around the first place where one of {@code words} begins a word of {@code text}
         * (case ignored), {@code width} characters either side; the text's beginning when none does.
         */
        static Snippet around(String text, List<String> words, int width) {
            if (text.isEmpty()) {
                return NONE;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            int at = -1;
            int length = 0;
            for (String w : words) {
                int from = 0;
                for (int i; (i = lower.indexOf(w, from)) >= 0; from = i + 1) {
                    if ((i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) && (at < 0 || i < at)) {
                        at = i;
                        length = w.length();
                        break;
                    }
                }
            }
            if (at < 0 || lower.length() != text.length()) {
                return new Snippet(cut(text, 0, Math.min(text.length(), 2 * width)), "", text.length() > 2 * width ? "…" : "");
            }
            int from = Math.max(0, at - width);
            int to = Math.min(text.length(), at + length + width);
            return new Snippet((from > 0 ? "…" : "") + cut(text, from, at), text.substring(at, at + length),
                    cut(text, at + length, to) + (to < text.length() ? "…" : ""));
        }

        // Never between the two halves of a surrogate pair; lines run together.
        private static String cut(String text, int from, int to) {
            if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                from++;
            }
            if (to < text.length() && to > from && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            return from >= to ? "" : text.substring(from, to).replaceAll("\\s+", " ");
        }

        boolean isEmpty() {
            return before.isEmpty() && match.isEmpty() && after.isEmpty();
        }
    }

    boolean hasGroups() {
        return !groups.isEmpty();
    }
}
