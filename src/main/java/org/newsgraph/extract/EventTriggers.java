package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.reference.PhraseMatcher;

/** Finds the words that report an event ("met", "air strikes", "annexation") and the type each signals. Pure. */
public final class EventTriggers {

    // Triggers are found where a PhraseMatcher would find them in the lower-cased text (whole words,
    // non-overlapping, leftmost and then longest), but by looking each word of the text up among the
    // triggers' first words: a whole-word hit starts at a word start, and the word there is the trigger's
    // first word. One table look-up a word, with no lower-cased copy of the text, costs less than walking
    // an automaton char by char.

    /** A trigger and the length of its first word (its leading run of letters and digits). */
    private record Trigger(String phrase, int firstWord, EventType type) { }

    // Open addressing on the hash of a first word: a slot holds the triggers starting with that word,
    // longest first; an empty slot ends a probe.
    private final int mask;
    private final int[] hashes;
    private final Trigger[][] slots;

    /** @param triggers lower-case phrase → event type; each phrase starts with a letter or digit */
    public EventTriggers(Map<String, EventType> triggers) {
        Map<String, List<Trigger>> byFirstWord = new HashMap<>();
        for (Map.Entry<String, EventType> e : triggers.entrySet()) {
            String phrase = e.getKey();
            int f = 0;
            while (f < phrase.length() && Character.isLetterOrDigit(phrase.charAt(f))) {
                f++;
            }
            if (f == 0) {
                throw new IllegalArgumentException("a trigger starts with a letter or digit: \"" + phrase + "\"");
            }
            byFirstWord.computeIfAbsent(phrase.substring(0, f), k -> new ArrayList<>())
                    .add(new Trigger(phrase, f, e.getValue()));
        }
        int size = Integer.highestOneBit(Math.max(1, byFirstWord.size()) * 4 - 1) << 1;
        mask = size - 1;
        hashes = new int[size];
        slots = new Trigger[size][];
        for (Map.Entry<String, List<Trigger>> e : byFirstWord.entrySet()) {
            List<Trigger> ts = e.getValue();
            ts.sort((a, b) -> b.phrase().length() - a.phrase().length());
            int h = e.getKey().hashCode();
            int i = spread(h) & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            hashes[i] = h;
            slots[i] = ts.toArray(new Trigger[0]);
        }
    }

    /** Triggers in {@code text}, matched without regard to case. */
    public List<PhraseMatcher.Hit<EventType>> find(String text) {
        List<PhraseMatcher.Hit<EventType>> out = new ArrayList<>();
        int n = text.length();
        int covered = 0;
        int i = 0;
        while (i < n) {
            char c = lower(text.charAt(i));
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            // The word [i, j) and the String hash of its lower-cased form, without making the string.
            int h = c;
            int j = i + 1;
            for (char d; j < n && isWordChar(d = lower(text.charAt(j))); j++) {
                h = 31 * h + d;
            }
            if (i >= covered) {
                Trigger t = longestAt(text, i, j - i, h);
                if (t != null) {
                    covered = i + t.phrase().length();
                    out.add(new PhraseMatcher.Hit<>(i, covered, t.type()));
                }
            }
            i = j;
        }
        return out;
    }

    // The longest trigger at a word start whose first word is the word there, and which ends a word.
    private Trigger longestAt(String text, int start, int wordLength, int hash) {
        for (int k = spread(hash) & mask; slots[k] != null; k = (k + 1) & mask) {
            if (hashes[k] != hash || slots[k][0].firstWord() != wordLength) {
                continue;
            }
            for (Trigger t : slots[k]) {
                int end = start + t.phrase().length();
                if (end <= text.length() && sameLowerCase(text, start, t.phrase())
                        && (end == text.length() || !isWordChar(lower(text.charAt(end))))) {
                    return t;
                }
            }
        }
        return null;
    }

    private static boolean sameLowerCase(String text, int at, String phrase) {
        for (int k = 0; k < phrase.length(); k++) {
            if (lower(text.charAt(at + k)) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    // Character.toLowerCase and isLetterOrDigit, answered without a table look-up for ASCII.
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
