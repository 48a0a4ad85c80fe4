package org.newsgraph.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds many fixed phrases in a text in one left-to-right pass, keeping whole-word, non-overlapping,
 * leftmost-longest hits; shared by the gazetteer, outlets, role titles and event triggers.
 *
 * <p>Only whole-word hits count, so instead of an Aho–Corasick automaton reporting every overlapping
 * match, the phrases form a trie walked from word starts only, and no hit that would later be
 * discarded is ever built. Most words start no phrase at all: a small bit set rules them out first.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** A phrase found at [start, end) of the text. */
    public record Hit<V>(int start, int end, V value) { }

    /** Character.isLetterOrDigit of every char: read at every position of every text, a table is cheaper. */
    private static final boolean[] WORD_CHAR = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD_CHAR[c] = Character.isLetterOrDigit((char) c);
        }
    }

    private static final int ROOT = 0;
    private static final int NONE = -1;

    // A double-array trie: the child of state s by character c is t = base(s) + c if check(t) == s.
    // A state's values sit side by side, cells[2s] = base << 1 | (1 if a phrase ends at s) and
    // cells[2s + 1] = check, so each step of a walk reads one cache line rather than one per array.
    private final int[] cells;
    /** Per state where a phrase ends, what it stands for. */
    private final Object[] values;
    // A hit's first word is the whole first word of its phrase: a bit set of the hashes of those
    // words, small enough to stay in cache, rules out most words of a text before any trie walk.
    private final BitSet firstWords;
    private final int firstWordShift;
    private final int size;

    /** @param phrases each phrase with what it stands for; match is case-sensitive */
    public PhraseMatcher(TreeMap<String, V> phrases) {
        size = phrases.size();
        Node root = new Node();
        for (Map.Entry<String, V> p : phrases.entrySet()) {
            Node n = root;
            for (int i = 0; i < p.getKey().length(); i++) {
                n = n.children.computeIfAbsent(p.getKey().charAt(i), c -> new Node());
            }
            n.ends = true;
            n.value = p.getValue();
        }
        // Some eight bits per phrase: few words of a text that no phrase starts with share a bit with one that does.
        int bits = Math.min(30, Math.max(6, 32 - Integer.numberOfLeadingZeros(8 * phrases.size())));
        firstWordShift = 32 - bits;
        firstWords = new BitSet(1 << bits);
        for (String phrase : phrases.keySet()) {
            firstWords.set(firstWordBit(phrase, 0, wordEnd(phrase, 0)));
        }
        Layout layout = new Layout(root);
        cells = new int[2 * layout.used];
        values = Arrays.copyOf(layout.values, layout.used);
        for (int s = 0; s < layout.used; s++) {
            cells[2 * s] = layout.base[s] << 1 | (layout.ends[s] ? 1 : 0);
            cells[2 * s + 1] = layout.check[s];
        }
    }

    public int size() {
        return size;
    }

    /** Non-overlapping whole-word hits, leftmost first and longest at each start. */
    public List<Hit<V>> find(CharSequence text) {
        List<Hit<V>> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            if (!boundary(text, start - 1)) {
                start++;
                continue;
            }
            int wordEnd = wordEnd(text, start);
            if (!firstWords.get(firstWordBit(text, start, wordEnd))) {
                // No phrase starts with this word, and the next start is after it.
                start = Math.max(wordEnd, start + 1);
                continue;
            }
            int end = NONE;
            int found = NONE;
            int state = ROOT;
            for (int i = start; i < n && (state = next(state, text.charAt(i))) != NONE; i++) {
                if ((cells[2 * state] & 1) != 0 && boundary(text, i + 1)) {
                    end = i + 1;
                    found = state;
                }
            }
            if (found != NONE) {
                out.add(new Hit<>(start, end, valueAt(found)));
                start = end;
            } else {
                start++;
            }
        }
        return out;
    }

    private int firstWordBit(CharSequence s, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        // Fibonacci hashing: the top bits of the product depend on all of the hash.
        return h * 0x9E3779B9 >>> firstWordShift;
    }

    // Where the word (letters and digits) at from ends; from itself if none starts there.
    private static int wordEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && WORD_CHAR[s.charAt(i)]) {
            i++;
        }
        return i;
    }

    @SuppressWarnings("unchecked") // values holds only the phrases' values, each a V
    private V valueAt(int state) {
        return (V) values[state];
    }

    // A leaf's base is 0, which is safe: no check names a leaf, and slot 0 (the root) is no one's child.
    private int next(int state, char c) {
        int t = (cells[2 * state] >>> 1) + c;
        return t < values.length && cells[2 * t + 1] == state ? t : NONE;
    }

    // Hyphens separate words here: "UN-backed", "anti-ISIS" and "London-Moscow" name their parts.
    private static boolean boundary(CharSequence s, int i) {
        return i < 0 || i >= s.length() || !WORD_CHAR[s.charAt(i)];
    }

    /** A trie node while building; the empty phrase ends at the root, which no walk reports, so it never matches. */
    private static final class Node {
        final TreeMap<Character, Node> children = new TreeMap<>();
        boolean ends;
        Object value;
        int state;
    }

    /** Places a trie's nodes in a double array: each node's children where their slots are all free. */
    private static final class Layout {
        /** Failed placements after which the slots below are taken as full, so later nodes look higher. */
        private static final int CROWDED = 20;

        int[] base = new int[Character.MAX_VALUE + 1];
        int[] check = new int[Character.MAX_VALUE + 1];
        boolean[] ends = new boolean[Character.MAX_VALUE + 1];
        Object[] values = new Object[Character.MAX_VALUE + 1];
        int used = 1;

        Layout(Node root) {
            Arrays.fill(check, NONE);
            root.state = ROOT;
            // Depth-first, so each phrase's states lie close together: a walk down a long name reads
            // a few cache lines, not one per character.
            ArrayDeque<Node> pending = new ArrayDeque<>(List.of(root));
            int free = 1;
            while (!pending.isEmpty()) {
                Node n = pending.pop();
                ends[n.state] = n.ends;
                values[n.state] = n.value;
                if (n.children.isEmpty()) {
                    continue;
                }
                char first = n.children.firstKey();
                // Slot 0 is the root, so a base is at least 1.
                int b = Math.max(free - first, 1);
                int tries = 0;
                while (!fits(b, n)) {
                    b++;
                    tries++;
                }
                if (tries > CROWDED) {
                    free = b + first;
                }
                base[n.state] = b;
                for (Map.Entry<Character, Node> c : n.children.descendingMap().entrySet()) {
                    int t = b + c.getKey();
                    c.getValue().state = t;
                    check[t] = n.state;
                    used = Math.max(used, t + 1);
                    pending.push(c.getValue());
                }
            }
        }

        private boolean fits(int b, Node n) {
            for (char c : n.children.keySet()) {
                if (b + c >= check.length) {
                    grow(Math.max(2 * check.length, b + c + 1));
                }
                if (check[b + c] != NONE) {
                    return false;
                }
            }
            return true;
        }

        private void grow(int length) {
            int old = check.length;
            base = Arrays.copyOf(base, length);
            check = Arrays.copyOf(check, length);
            ends = Arrays.copyOf(ends, length);
            values = Arrays.copyOf(values, length);
            Arrays.fill(check, old, length, NONE);
        }
    }
}
