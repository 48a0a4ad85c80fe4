package org.newsgraph.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;

/**
 * Finds every reference-data name in a text in one pass (case-sensitive, whole words,
 * leftmost-longest), the first step from body text to mentions; also says which country's body an
 * organisation is, as its own labels tell ("UK Parliament", "Russia's Defence Ministry").
 */
public final class Gazetteer {

    /** A label found at [start, end) of the text. */
    public record Hit(int start, int end, Label label) { }

    /**
     * A name built with of/for/on is also found in sentence case ("European court of human rights"); a name
     * of adjectives and nouns alone is not ("British armed forces" describes, it does not name).
     */
    private static final Pattern COMPOUND_NAME = Pattern.compile("\\p{Lu}\\S* (?:\\S+ )*(?:of|for|on) \\S.*");

    private final PhraseMatcher<Label> matcher;
    /** Country code + " " + lower-case phrase → the organisation a label names that way ("GB parliament"). */
    private final Map<String, Entity> bodies = new HashMap<>();
    /** Organisation key → the one country its labels name, if they name exactly one. */
    private final Map<String, String> countryOf = new HashMap<>();

    public Gazetteer(List<Label> labels) {
        TreeMap<String, Label> best = new TreeMap<>();
        for (Label l : labels) {
            best.merge(l.text(), l, (a, b) -> stronger(b, a) ? b : a);
        }
        // Some house styles capitalise only a long name's first word: a weaker form of the same label,
        // only where no label is written that way already.
        TreeMap<String, Label> sentenceCase = new TreeMap<>();
        for (Label l : best.values()) {
            if (l.entity().kind() == EntityKind.ORGANIZATION && COMPOUND_NAME.matcher(l.text()).matches()
                    && (l.kind() == Label.Kind.NAME || l.kind() == Label.Kind.ALIAS)) {
                int first = l.text().indexOf(' ');
                String form = l.text().substring(0, first) + l.text().substring(first).toLowerCase(Locale.ROOT);
                if (!form.equals(l.text())) {
                    sentenceCase.merge(form, new Label(form, l.entity(), Label.Kind.ALIAS), (a, b) -> stronger(b, a) ? b : a);
                }
            }
        }
        sentenceCase.forEach(best::putIfAbsent);
        matcher = new PhraseMatcher<>(best);
        indexBodies(best);
    }

    // "UK Parliament", "Russia's Foreign Ministry": an organisation label that is a country's word and a
    // phrase names that country's body of that phrase.
    private void indexBodies(TreeMap<String, Label> best) {
        Map<String, String> countryWords = new HashMap<>();
        for (Label l : best.values()) {
            if (l.entity().kind() == EntityKind.COUNTRY && l.entity().code() != null && l.kind() != Label.Kind.CAPITAL
                    && l.kind() != Label.Kind.SEAT_OF_GOVERNMENT) {
                countryWords.putIfAbsent(l.text(), l.entity().code());
            }
        }
        Map<String, String> conflicting = new HashMap<>();
        for (Label l : best.values()) {
            if (l.entity().kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            String text = l.text();
            for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
                String head = text.substring(0, space);
                String owner = head.endsWith("'s") || head.endsWith("’s") ? head.substring(0, head.length() - 2) : head;
                String code = countryWords.get(owner);
                if (code == null) {
                    continue;
                }
                bodies.putIfAbsent(code + " " + text.substring(space + 1).toLowerCase(Locale.ROOT), l.entity());
                String key = l.entity().key();
                String before = countryOf.putIfAbsent(key, code);
                if (before != null && !before.equals(code)) {
                    conflicting.put(key, code);
                }
                break;
            }
        }
        conflicting.keySet().forEach(countryOf::remove);
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

    /** The organisation a country's word and this phrase name ("GB", "parliament" → Parliament of the UK). */
    public Optional<Entity> body(String countryCode, String phrase) {
        return Optional.ofNullable(bodies.get(countryCode + " " + phrase.toLowerCase(Locale.ROOT)));
    }

    /** The country an organisation belongs to, where its labels name exactly one. */
    public Optional<String> countryOf(Entity organisation) {
        return Optional.ofNullable(countryOf.get(organisation.key()));
    }
}
