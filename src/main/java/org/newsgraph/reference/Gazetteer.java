package org.newsgraph.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds every reference-data name in a text in one pass (case-sensitive, whole words,
 * leftmost-longest), the first step from body text to mentions.
 */
public final class Gazetteer {

    /** A label found at [start, end) of the text. */
    public record Hit(int start, int end, Label label) { }

    private final PhraseMatcher<Label> matcher;

    public Gazetteer(List<Label> labels) {
        TreeMap<String, Label> best = new TreeMap<>();
        for (Label l : labels) {
            best.merge(l.text(), l, (a, b) -> stronger(b, a) ? b : a);
        }
        matcher = new PhraseMatcher<>(best);
    }

    // A form shared by two entities goes to the stronger claim, then to the smaller id: deterministic.
    private static boolean stronger(Label a, Label b) {
        int byKind = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
        return byKind != 0 ? byKind < 0 : a.entity().id().compareTo(b.entity().id()) < 0;
    }

    /** Number of distinct surface forms. */
    public int size() {
        return matcher.size();
    }

    /** Non-overlapping whole-word hits, leftmost first and longest at each start. */
    public List<Hit> find(CharSequence text) {
        List<Hit> out = new ArrayList<>();
        for (PhraseMatcher.Hit<Label> h : matcher.find(text)) {
            out.add(new Hit(h.start(), h.end(), h.value()));
        }
        return out;
    }
}
