package org.newsgraph.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Looks up news outlets by name in metadata lines; the article reader asks it who published a text. */
public final class OutletDirectory {

    /** An outlet named in a line, at [start, end). */
    public record Hit(Outlet outlet, int start, int end) { }

    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)\\s+(magazine|newspaper|online|website|publishing|limited|ltd\\.?|plc|inc\\.?|group|media|news)$");

    private final Map<String, Outlet> byKey = new HashMap<>();
    private final Map<String, Outlet> byExactName = new HashMap<>();
    private final Pattern names;

    public OutletDirectory(List<Outlet> outlets) {
        Set<String> surface = new LinkedHashSet<>();
        for (Outlet o : outlets) {
            for (String n : names(o)) {
                byKey.putIfAbsent(key(n), o);
                byExactName.putIfAbsent(n, o);
                surface.add(n);
            }
        }
        List<String> sorted = new ArrayList<>(surface);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String n : sorted) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(n));
        }
        names = sorted.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + alt + ")(?![\\p{L}\\p{N}])");
    }

    private static List<String> names(Outlet o) {
        List<String> all = new ArrayList<>();
        all.add(o.name());
        all.addAll(o.aliases());
        return all;
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
        if (names == null) {
            return hits;
        }
        Matcher m = names.matcher(line);
        while (m.find()) {
            hits.add(new Hit(byExactName.get(m.group()), m.start(), m.end()));
        }
        return hits;
    }

    static String key(String s) {
        String k = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("[^\\p{L}\\p{N}.]+", " ").trim();
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
