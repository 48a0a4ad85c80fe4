package org.newsgraph.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;

/** Looks up news outlets by name in metadata lines; the article reader asks it who published a text. */
public final class OutletDirectory {

    /** An outlet named in a line, at [start, end). */
    public record Hit(Outlet outlet, int start, int end) { }

    // Compiled once: every by-line candidate of every article is looked up by its key.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b");
    private static final Pattern NON_KEY = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)\\s+(magazine|newspaper|online|website|publishing|limited|ltd\\.?|plc|inc\\.?|group|media|news)$");

    private final Map<String, Outlet> byKey = new HashMap<>();
    private final Map<String, Outlet> byId = new HashMap<>();
    private final Gazetteer names;

    public OutletDirectory(List<Outlet> outlets) {
        List<Label> labels = new ArrayList<>();
        for (Outlet o : outlets) {
            byId.put(o.id(), o);
            Entity e = new Entity(o.id(), o.name(), EntityKind.ORGANIZATION, null, null);
            labels.add(new Label(o.name(), e, Label.Kind.NAME));
            byKey.putIfAbsent(key(o.name()), o);
            for (String a : o.aliases()) {
                labels.add(new Label(a, e, Label.Kind.ALIAS));
                byKey.putIfAbsent(key(a), o);
            }
        }
        names = new Gazetteer(labels);
    }

    /** The outlet a free-standing name refers to ("Independent", "Prospect Magazine", "the Guardian"). */
    public Optional<Outlet> resolve(String candidate) {
        String k = key(candidate);
        while (!k.isEmpty()) {
            Outlet o = byKey.get(k);
            if (o != null) {
                return Optional.of(o);
            }
            String shorter = SUFFIX.matcher(k).replaceFirst("");
            if (shorter.equals(k)) {
                break;
            }
            k = shorter;
        }
        return Optional.empty();
    }

    /**
     * Outlet names written in a line with their capitals as the outlet writes them, so the word
     * "independent" or "prospect" in running text is not taken for a newspaper.
     */
    public List<Hit> find(String line) {
        List<Hit> hits = new ArrayList<>();
        for (Gazetteer.Hit h : names.find(line)) {
            hits.add(new Hit(byId.get(h.label().entity().id()), h.start(), h.end()));
        }
        return hits;
    }

    static String key(String s) {
        String k = NON_KEY.matcher(POSSESSIVE.matcher(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").trim();
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
