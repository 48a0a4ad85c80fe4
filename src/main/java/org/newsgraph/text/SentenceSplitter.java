package org.newsgraph.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.doc.Sentence;
import org.newsgraph.doc.Sentences;

/**
 * Splits a body into sentences, the one splitter every stage reads sentences from: a line break ends
 * one, and so does a full stop, question or exclamation mark before a space, unless it ends a known
 * abbreviation ("Mr.", "Gen.", "e.g.", from the reference data) or an initial ("J.", "U.S."). Pure.
 */
public final class SentenceSplitter {

    /** Initials: capitals each followed by a full stop ("J.", "U.S."), which a name or an acronym goes on after. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    /** Characters that may stand before a word and are no part of it ("(Gen. X", "“Dr. Y", "—Mr. Z"). */
    private static final String OPENERS = "([{\"'“‘«„‚—–/";

    private final Set<String> abbreviations;
    /** The length of the longest abbreviation: a longer word is none, and is not looked up. */
    private final int longest;

    /** @param abbreviations words that end in a full stop that ends no sentence ("Mr.", "Jan.", "e.g.") */
    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
        int max = "X.X.X.X.".length();
        for (String a : abbreviations) {
            max = Math.max(max, a.length());
        }
        longest = max;
    }

    /** The sentence layer of a body, for questions about the sentence around a position. */
    public Sentences index(String s) {
        int n = s.length();
        int[] st = new int[16];
        int[] sp = new int[16];
        int ns = 0;
        int np = 0;
        int wordStart = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (opensWord(c)) {
                wordStart = k + 1;
            }
            char next = k + 1 < n ? s.charAt(k + 1) : '\n';
            // A sentence ends at a line break, or at . ! ? before a space, a line break or the end of the
            // body, unless the mark ends an abbreviation; the next one starts after a line break or a space.
            boolean stop = c == '\n' || (c == '.' || c == '!' || c == '?') && (next == ' ' || next == '\n')
                    && !endsAbbreviation(s, wordStart, k);
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
        return new Sentences(s, Arrays.copyOf(st, ns), Arrays.copyOf(sp, np));
    }

    /** The sentences of a body in order, leading whitespace left out. */
    public List<Sentence> split(String body) {
        return index(body).sentences();
    }

    /** Whether a character may stand before a word without being part of it. */
    static boolean opensWord(char c) {
        return Character.isWhitespace(c) || OPENERS.indexOf(c) >= 0;
    }

    /** Whether the mark at {@code mark}, ending the word that starts at {@code wordStart}, ends no sentence. */
    boolean endsAbbreviation(String s, int wordStart, int mark) {
        if (s.charAt(mark) != '.' || mark + 1 - wordStart > longest || wordStart > mark) {
            return false;
        }
        String word = s.substring(wordStart, mark + 1);
        return abbreviations.contains(word) || INITIALS.matcher(word).matches();
    }
}
