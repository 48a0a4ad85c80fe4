package org.newsgraph.reference;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds every reference-data name in a text in one pass of a double-array Aho–Corasick automaton
 * (case-sensitive, whole words, leftmost-longest), the first step from body text to mentions.
 */
public final class Gazetteer {

    /** A label found at [start, end) of the text. */
    public record Hit(int start, int end, Label label) { }

    private final AhoCorasickDoubleArrayTrie<Label> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, Entity> byIri = new HashMap<>();
    private final int size;

    public Gazetteer(List<Label> labels) {
        TreeMap<String, Label> best = new TreeMap<>();
        for (Label l : labels) {
            byIri.putIfAbsent(l.entity().iri(), l.entity());
            best.merge(l.text(), l, (a, b) -> rank(b) < rank(a) ? b : a);
        }
        size = best.size();
        if (!best.isEmpty()) {
            trie.build(best);
        }
    }

    // A form shared by two entities goes to the stronger claim, then to the smaller IRI: deterministic.
    private static long rank(Label l) {
        return (long) l.kind().ordinal() << 32 | (l.entity().iri().hashCode() & 0xffffffffL);
    }

    /** Number of distinct surface forms. */
    public int size() {
        return size;
    }

    public Optional<Entity> entity(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** Non-overlapping whole-word hits, leftmost first and longest at each start. */
    public List<Hit> find(CharSequence text) {
        List<Hit> all = new ArrayList<>();
        if (size == 0) {
            return all;
        }
        trie.parseText(text, (begin, end, label) -> {
            if (boundary(text, begin - 1) && boundary(text, end)) {
                all.add(new Hit(begin, end, label));
            }
        });
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> out = new ArrayList<>();
        int covered = 0;
        for (Hit h : all) {
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
