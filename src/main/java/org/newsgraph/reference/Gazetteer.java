package org.newsgraph.reference;

import org.newsgraph.doc.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds every reference-data name in a text in one pass (case-sensitive, whole words,
 * leftmost-longest), the first step from body text to mentions.
 */
public final class Gazetteer {

    /** A label found at [start, end) of the text. */
    public record Hit(int start, int end, Label label) { }

    private final PhraseMatcher<Label> matcher;
    private final Map<String, Entity> byIri = new HashMap<>();

    public Gazetteer(List<Label> labels) {
        TreeMap<String, Label> best = new TreeMap<>();
        for (Label l : labels) {
            byIri.putIfAbsent(l.entity().iri(), l.entity());
            best.merge(l.text(), l, (a, b) -> rank(b) < rank(a) ? b : a);
        }
        matcher = new PhraseMatcher<>(best);
    }

    // A form shared by two entities goes to the stronger claim, then to the smaller IRI: deterministic.
    private static long rank(Label l) {
        return (long) l.kind().ordinal() << 32 | (l.entity().iri().hashCode() & 0xffffffffL);
    }

    /** Number of distinct surface forms. */
    public int size() {
        return matcher.size();
    }

    public Optional<Entity> entity(String iri) {
        return Optional.ofNullable(byIri.get(iri));
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
