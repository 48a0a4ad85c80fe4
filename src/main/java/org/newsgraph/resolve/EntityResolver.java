package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.NameKey;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.doc.Token;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.extract.NameCandidate;
import org.newsgraph.extract.NameFinder;
import org.newsgraph.reference.Gazetteer;
import org.newsgraph.reference.Label;
import org.newsgraph.reference.RoleDirectory;
import org.newsgraph.reference.Vocabulary;

/**
 * Turns an article body into resolved mentions of actors and countries: reference-data names,
 * pattern names with IRIs minted from the name, surnames and titled surnames tied to the person
 * named earlier in the article, and role nouns resolved by the article's date. Pure.
 */
public final class EntityResolver implements Annotator {

    private final Pattern venueBefore;
    /** "the Minsk agreements", "Vienna talks": a city naming a meeting or treaty, not its country. */
    private final Pattern venueAfter;
    private final Pattern notCurrent;
    /** "al-Assad" is also "Assad": a surname particle joined by a hyphen. */
    private final Pattern surnameParticle;
    private static final Pattern NAME_FOLLOWS = Pattern.compile("^,? ?\\p{Lu}.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");

    private final Gazetteer gazetteer;
    private final RoleDirectory roles;
    private final NameFinder names;

    /** @param cues the words that make a capital a venue and a role's holder no current one (rules/entity-cues.tsv) */
    public EntityResolver(Gazetteer gazetteer, RoleDirectory roles, NameFinder names, Vocabulary cues) {
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.names = names;
        venueBefore = Pattern.compile("(?i)(?:\\b" + cues.alternation("venue-preposition")
                + "\\s+(?:\\p{Lu}[\\p{L}-]+(?:,? and |, ))?)$");
        venueAfter = Pattern.compile("^[’']?s? " + cues.alternation("venue-noun") + "\\b");
        notCurrent = Pattern.compile("(?i)\\b" + cues.alternation("not-current") + "[\\s-]+$");
        surnameParticle = Pattern.compile("^" + cues.alternation("surname-particle") + "-");
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.BODY, Layers.METADATA, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.MENTIONS);
    }

    /** Adds every mention in the body, in text order, none overlapping. */
    @Override
    public void annotate(NewsDoc doc, Deadline deadline) {
        doc.add(Layers.MENTIONS, List.copyOf(new Run(doc.body(), doc.get(Layers.TOKENS), doc.metadata().date(), deadline)
                .resolve()));
    }

    /** State of resolving one article: its entities by identity key, so one key always carries one name. */
    private final class Run {
        private final String body;
        private final List<Token> tokens;
        private final PartialDate published;
        private final Deadline deadline;
        private final Map<String, Entity> byKey = new HashMap<>();
        /** A person's name is resolved twice, once to index surnames: its key is made once. */
        private final Map<String, String> keyByName = new HashMap<>();

        Run(String body, List<Token> tokens, PartialDate published, Deadline deadline) {
            this.body = body;
            this.tokens = tokens;
            this.published = published;
            this.deadline = deadline;
        }

        List<Mention> resolve() {
            boolean[] taken = new boolean[body.length() + 1];
            List<Mention> out = new ArrayList<>();
            List<Gazetteer.Hit> bareSurnames = new ArrayList<>();
            Map<String, Integer> countryCounts = new LinkedHashMap<>();
            boolean[] soft = new boolean[body.length() + 1];
            for (Gazetteer.Hit h : gazetteer.find(body)) {
                mark(taken, h.start(), h.end());
                if (h.label().entity().kind() == EntityKind.COUNTRY && h.label().kind() != Label.Kind.CAPITAL
                        && h.label().kind() != Label.Kind.SEAT_OF_GOVERNMENT) {
                    mark(soft, h.start(), h.end());
                }
                if (h.label().kind() == Label.Kind.CAPITAL && isVenue(body, h.start(), h.end())) {
                    continue;
                }
                boolean surname = h.label().entity().kind() == EntityKind.PERSON && h.label().text().indexOf(' ') < 0;
                // A person is not "the Hague": a one-word person alias after "the" names something else.
                if (surname && precededByThe(body, h.start())) {
                    continue;
                }
                // "Aslı Demirtaş" is not Selahattin Demirtaş: a known surname after another given name
                // belongs to a new person, whom the name patterns will find.
                if (surname && names.isGivenName(wordBefore(body, h.start()))) {
                    unmark(taken, h.start(), h.end());
                    continue;
                }
                if (surname) {
                    bareSurnames.add(h);
                    continue;
                }
                Entity e = h.label().entity();
                out.add(new Mention(h.start(), h.end(), body.substring(h.start(), h.end()), e,
                        Mention.Method.REFERENCE_DATA, h.label().kind() == Label.Kind.SEAT_OF_GOVERNMENT));
                if (e.kind() == EntityKind.COUNTRY) {
                    countryCounts.merge(e.code(), 1, Integer::sum);
                }
            }
            deadline.check();
            List<RoleDirectory.Hit> roleHits = roles.find(body);
            roleHits.forEach(h -> mark(taken, h.start(), h.end()));
            deadline.check();
            List<NameCandidate> candidates = names.find(body, tokens, taken, soft);
            deadline.check();
            Map<String, Entity> bySurname = new HashMap<>();
            for (Mention m : out) {
                if (m.entity().kind() == EntityKind.PERSON) {
                    indexSurname(bySurname, m.entity());
                }
            }
            for (NameCandidate c : candidates) {
                if (c.shape() == NameCandidate.Shape.PERSON) {
                    Entity known = bySurname.get(surnameKey(c.name()));
                    Entity e = known != null && known.name().endsWith(" " + c.name()) ? known : newActor(c.name(), EntityKind.PERSON);
                    indexSurname(bySurname, e);
                }
            }
            for (NameCandidate c : candidates) {
                Entity e = null;
                Mention.Method method = Mention.Method.PATTERN;
                switch (c.shape()) {
                    case PERSON -> {
                        Entity known = bySurname.get(surnameKey(c.name()));
                        e = known != null && known.name().endsWith(" " + c.name()) ? known
                                : newActor(c.name(), EntityKind.PERSON);
                    }
                    case ORGANIZATION -> e = newActor(withoutThe(c.name()), EntityKind.ORGANIZATION);
                    case TITLED_SURNAME -> {
                        e = surname(bySurname, c.name());
                        if (e != null) {
                            method = Mention.Method.COREFERENCE;
                        } else if (!c.title().matches("(?i)the")) {
                            // Known by title and surname only: the title stays in the mention, not in the
                            // identity, so "Ms. Pardow" and "Pardow" are one person.
                            e = newActor(c.name(), EntityKind.PERSON);
                            bySurname.put(c.name().toLowerCase(Locale.ROOT), e);
                        }
                    }
                    case BARE_WORD -> {
                        e = surname(bySurname, c.name());
                        method = Mention.Method.COREFERENCE;
                    }
                }
                if (e != null) {
                    out.add(new Mention(c.start(), c.end(), body.substring(c.start(), c.end()), e, method));
                }
            }
            // A bare surname means the person of that surname this article introduced, if any.
            for (Gazetteer.Hit h : bareSurnames) {
                Entity local = surname(bySurname, h.label().text());
                Entity e = local != null ? local : h.label().entity();
                out.add(new Mention(h.start(), h.end(), body.substring(h.start(), h.end()), e,
                        local != null && local != h.label().entity() ? Mention.Method.COREFERENCE
                                : Mention.Method.REFERENCE_DATA));
            }
            deadline.check();
            resolveRoles(roleHits, countryCounts, out);
            out.sort(Comparator.comparingInt(Mention::start));
            return out;
        }

        private void resolveRoles(List<RoleDirectory.Hit> hits, Map<String, Integer> countryCounts,
                                  List<Mention> out) {
            Optional<LocalDate> day = Optional.ofNullable(published).filter(d -> d.precision() != PartialDate.Precision.YEAR)
                    .map(d -> d.toLocalDate().orElse(LocalDate.of(d.year(), d.month(), 15)));
            if (day.isEmpty()) {
                return;
            }
            String home = countryCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(null);
            for (RoleDirectory.Hit h : hits) {
                String before = body.substring(Math.max(0, h.start() - 20), h.start());
                String after = body.substring(h.end(), Math.min(body.length(), h.end() + 3));
                // "former Foreign Secretary" is not the holder; "Foreign Secretary Philip Hammond" names him itself.
                if (notCurrent.matcher(before).find() || NAME_FOLLOWS.matcher(after).matches()) {
                    continue;
                }
                RoleDirectory.holder(h, day.get(), home).ifPresent(e -> out.add(new Mention(h.start(), h.end(),
                        h.title(), e, Mention.Method.COREFERENCE)));
            }
        }

        // Names that differ only in case or punctuation share a key, hence an IRI: the first name wins.
        private Entity newActor(String name, EntityKind kind) {
            String key = keyByName.computeIfAbsent(name, NameKey::of);
            return byKey.computeIfAbsent(key, k -> Entity.named(name, kind));
        }
    }

    // A surname seen earlier, also when the page lost the apostrophe of its possessive ("Mr Trumps").
    private static Entity surname(Map<String, Entity> bySurname, String word) {
        String w = POSSESSIVE_END.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
        Entity e = bySurname.get(w);
        return e == null && w.endsWith("s") ? bySurname.get(w.substring(0, w.length() - 1)) : e;
    }

    private void indexSurname(Map<String, Entity> bySurname, Entity person) {
        String key = surnameKey(person.name());
        bySurname.putIfAbsent(key, person);
        Matcher particle = surnameParticle.matcher(key);
        if (particle.find()) {
            bySurname.putIfAbsent(key.substring(particle.end()), person);
        }
    }

    // The last word of the name, lower-cased.
    static String surnameKey(String name) {
        String[] words = WHITESPACE.split(name.strip());
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String withoutThe(String name) {
        return name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
    }

    // "talks in Vienna", "a Tunis-based ambassador": a capital named only as a venue is not the state.
    private boolean isVenue(String body, int start, int end) {
        String before = body.substring(Math.max(0, start - 40), start);
        String after = body.substring(end, Math.min(body.length(), end + 30));
        return venueBefore.matcher(before).find() || body.startsWith("-based", end)
                || venueAfter.matcher(after).find();
    }

    private static String wordBefore(String body, int start) {
        int e = start;
        while (e > 0 && body.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(body.charAt(b - 1))) {
            b--;
        }
        return e < start && b < e ? body.substring(b, e) : "";
    }

    private static void unmark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = false;
        }
    }

    private static boolean precededByThe(String body, int start) {
        return start >= 4 && body.substring(start - 4, start).equalsIgnoreCase("the ");
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
