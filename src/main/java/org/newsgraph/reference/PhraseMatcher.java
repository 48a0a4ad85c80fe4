package org.newsgraph.reference;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds many fixed phrases in a text in one pass of a double-array Aho–Corasick automaton, keeping
 * whole-word, non-overlapping, leftmost-longest hits; shared by the gazetteer, role titles and event
 * triggers.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** A phrase found at [start, end) of the text. */
    public record Hit<V>(int start, int end, V value) { }

    private final AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int size;

    /** @param phrases each phrase with what it stands for; match is case-sensitive */
    public PhraseMatcher(TreeMap<String, V> phrases) {
        size = phrases.size();
        if (size > 0) {
            trie.build(phrases);
        }
    }

    public int size() {
        return size;
    }

    /** Non-overlapping whole-word hits, leftmost first and longest at each start. */
    public List<Hit<V>> find(CharSequence text) {
        List<Hit<V>> all = new ArrayList<>();
        if (size == 0) {
            return all;
        }
        trie.parseText(text, (begin, end, value) -> {
            if (boundary(text, begin - 1) && boundary(text, end)) {
                all.add(new Hit<>(begin, end, value));
            }
        });
        all.sort(Comparator.<Hit<V>>comparingInt(Hit::start).thenComparingInt(h -> h.start() - h.end()));
        List<Hit<V>> out = new ArrayList<>();
        int covered = 0;
        for (Hit<V> h : all) {
            if (h.start() >= covered) {
                out.add(h);
                covered = h.end();
            }
        }
        return out;
    }

    // Hyphens separate words here: "UN-backed", "anti-ISIS" and "London-Moscow" name their parts.
    private static boolean boundary(CharSequence s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
