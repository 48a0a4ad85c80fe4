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
import java.util.SortedSet;
import java.util.TreeSet;
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
    /** A body every country has, named without its country ("parliament", "the foreign ministry"). */
    private final Pattern institution;
    /** "the Gulf of X", "the X Sea": a country's word naming a sea, gulf or ocean, not the state. */
    private final Pattern featureBefore;
    private final Pattern featureAfter;
    /** "a flight to X from Y", "from Y to X": a capital on a route is a place, not the state. */
    private final Pattern routeBefore;
    private final Pattern routeAfter;
    /** "St. X's, a publisher": a possessive with nothing possessed names a shop, church or firm. */
    private static final Pattern BARE_POSSESSIVE = Pattern.compile("^['’]s?(?:[,;:.)]| and | or |$)");
    /** "X City Council", "X 9": a capital followed by another name word or a district number names a place. */
    private static final Pattern NAME_WORD_AFTER = Pattern.compile("^ (\\p{Lu}\\p{Ll}+|\\d+\\b)");
    /** "a X housing estate": a capital after an indefinite article modifies a place. */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?:^|\\s)[Aa]n? $");
    private static final Pattern NAME_FOLLOWS = Pattern.compile("^,? ?\\p{Lu}.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
    /** "the committee": "the" and a lower-case noun, maybe a body's head noun. */
    private static final Pattern THE_NOUN = Pattern.compile("\\b[Tt]he (\\p{Ll}+)\\b");
    /** "(NPD)" right after a body's name: its acronym. */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^ \\((\\p{Lu}[\\p{Lu}&]{1,7})\\)");
    /** A head noun's complement: "of", "for" or "on", maybe "the", and a capitalised word. */
    private static final Pattern COMPLEMENT = Pattern.compile(
            "^ (?:(?:of|for)(?: the)? (\\p{Lu}[\\p{L}-]*)|on (\\p{Lu}[\\p{L}-]*) \\p{Lu})");

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
        // "the X peace talks": one lower-case word may stand between the capital and the venue noun.
        venueAfter = Pattern.compile("^[’']?s? (?:\\p{Ll}+ )?" + cues.alternation("venue-noun") + "\\b");
        notCurrent = Pattern.compile("(?i)\\b" + cues.alternation("not-current") + "[\\s-]+$");
        surnameParticle = Pattern.compile("^" + cues.alternation("surname-particle") + "-");
        institution = Pattern.compile("(?i)\\b" + cues.alternation("institution") + "\\b");
        featureBefore = Pattern.compile("\\b" + cues.alternation("feature-before") + " (?:the )?$");
        featureAfter = Pattern.compile("^ " + cues.alternation("feature-after") + "\\b");
        routeBefore = Pattern.compile("(?:\\b" + cues.alternation("route-before")
                + "|\\b[Ff]rom \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)? to) $");
        routeAfter = Pattern.compile("^ from \\p{Lu}");
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
        /** Where a country's name or demonym ends → its code: the owner of a body named after it. */
        private final Map<Integer, String> countryAt = new HashMap<>();
        /** The codes of countryAt, once all hits are in. */
        private SortedSet<String> countries;
        /** Country names and demonyms, which may stand inside an organisation's name but end a person's. */
        private final boolean[] soft;
        /** A person's name is resolved twice, once to index surnames: its key is made once. */
        private final Map<String, String> keyByName = new HashMap<>();

        Run(String body, List<Token> tokens, PartialDate published, Deadline deadline) {
            this.body = body;
            this.tokens = tokens;
            this.published = published;
            this.deadline = deadline;
            this.soft = new boolean[body.length() + 1];
        }

        List<Mention> resolve() {
            boolean[] taken = new boolean[body.length() + 1];
            List<Mention> out = new ArrayList<>();
            List<Gazetteer.Hit> bareSurnames = new ArrayList<>();
            Map<String, Integer> countryCounts = new LinkedHashMap<>();
            List<Gazetteer.Hit> hits = new ArrayList<>();
            for (Gazetteer.Hit h : gazetteer.find(body)) {
                if (h.label().entity().kind() != EntityKind.COUNTRY) {
                    hits.add(h);
                } else if (personsGivenName(h)) {
                    continue; // left free: the name patterns find the person whole
                } else if (!notTheState(h)) {
                    hits.add(h);
                } else if (h.label().kind() == Label.Kind.CAPITAL) {
                    mark(soft, h.start(), h.end()); // "X City Council": the city may start a body's name
                } else {
                    mark(taken, h.start(), h.end());
                }
            }
            // Every hit first: whether a word before a surname is a name of its own, and which country an
            // article is about, are asked of all of them.
            for (Gazetteer.Hit h : hits) {
                mark(taken, h.start(), h.end());
                if (h.label().entity().kind() == EntityKind.COUNTRY && h.label().kind() != Label.Kind.CAPITAL
                        && h.label().kind() != Label.Kind.SEAT_OF_GOVERNMENT) {
                    mark(soft, h.start(), h.end());
                    countryAt.put(h.end(), h.label().entity().code());
                } else if (h.label().kind() == Label.Kind.CAPITAL) {
                    // "Dublin City Council", "Moscow State University": a capital may start a body's name too.
                    mark(soft, h.start(), h.end());
                }
                if (h.label().entity().kind() == EntityKind.COUNTRY
                        && !(h.label().kind() == Label.Kind.CAPITAL && isVenue(body, h.start(), h.end()))) {
                    countryCounts.merge(h.label().entity().code(), 1, Integer::sum);
                }
            }
            String home = countryCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(null);
            for (Gazetteer.Hit h : hits) {
                if (h.label().kind() == Label.Kind.CAPITAL && isVenue(body, h.start(), h.end())) {
                    continue;
                }
                boolean surname = h.label().entity().kind() == EntityKind.PERSON && h.label().text().indexOf(' ') < 0;
                // A person is not "the Hague": a one-word person alias after "the" names something else.
                if (surname && precededByThe(body, h.start())) {
                    continue;
                }
                // "Aslı Demirtaş" is not Selahattin Demirtaş: a known surname after another given name
                // belongs to a new person, whom the name patterns will find; so does one after a word the
                // lexicon does not know, unless it has the known person's initial ("Fayeze al-Sarraj", a
                // misspelling).
                String before = wordBefore(body, h.start());
                if (surname && !before.isEmpty() && h.start() >= 2 && !taken[h.start() - 2] && (names.isGivenName(before)
                        || names.mayStartName(before) && before.charAt(0) != h.label().entity().name().charAt(0))) {
                    unmark(taken, h.start(), h.end());
                    continue;
                }
                // "Hadi Tjahjanto" is not Abdrabbuh Mansur Hadi: a known surname before a name word of the
                // text's own is another person's given name.
                if (surname && nameWordAfter(h.end(), taken)) {
                    unmark(taken, h.start(), h.end());
                    continue;
                }
                if (surname) {
                    bareSurnames.add(h);
                    continue;
                }
                Entity e = h.label().entity();
                if (e.kind() == EntityKind.ORGANIZATION) {
                    if (continuedName(h, taken)) {
                        // "European Council on Foreign Relations": a longer name, not the shorter one inside it.
                        unmark(taken, h.start(), h.end());
                        continue;
                    }
                    e = ownCountrysBody(h, home);
                    if (e == null) {
                        unmark(taken, h.start(), h.end());
                        continue;
                    }
                }
                out.add(new Mention(h.start(), h.end(), body.substring(h.start(), h.end()), e,
                        e == h.label().entity() ? Mention.Method.REFERENCE_DATA : Mention.Method.PATTERN,
                        h.label().kind() == Label.Kind.SEAT_OF_GOVERNMENT));
            }
            deadline.check();
            institutions(home, taken, out);
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
            resolveRoles(roleHits, home, out);
            out.sort(Comparator.comparingInt(Mention::start));
            return bodiesByHeadNoun(acronyms(out));
        }

        // "the Intelligence and Security Committee ... the committee said": "the" and a head noun in lower
        // case is the last body named before it with that head noun in its name. One sweep: the bodies
        // named so far are indexed by the words of their names as the matches move on.
        private List<Mention> bodiesByHeadNoun(List<Mention> found) {
            boolean[] used = new boolean[body.length() + 1];
            found.forEach(m -> mark(used, m.start(), m.end()));
            List<Mention> added = new ArrayList<>();
            Map<String, Entity> lastByWord = new HashMap<>();
            int next = 0;
            Matcher the = THE_NOUN.matcher(body);
            while (the.find()) {
                for (; next < found.size() && found.get(next).start() < the.start(); next++) {
                    Entity e = found.get(next).entity();
                    if (e.kind() == EntityKind.ORGANIZATION) {
                        for (String w : WHITESPACE.split(e.name())) {
                            lastByWord.put(w, e);
                        }
                    }
                }
                String noun = the.group(1);
                String head = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
                Entity named = lastByWord.get(head);
                if (named != null && !used[the.start(1)] && names.isOrgHead(head)) {
                    added.add(new Mention(the.start(1), the.end(1), noun, named, Mention.Method.COREFERENCE));
                }
            }
            if (added.isEmpty()) {
                return found;
            }
            List<Mention> out = new ArrayList<>(found);
            out.addAll(added);
            out.sort(Comparator.comparingInt(Mention::start));
            return out;
        }

        // "the Norwegian Petroleum Directorate (NPD)": the letters in brackets name the body wherever
        // they stand alone later in the article.
        private List<Mention> acronyms(List<Mention> found) {
            Map<String, Entity> byAcronym = new LinkedHashMap<>();
            for (Mention m : found) {
                Matcher a = ACRONYM_AFTER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 14)));
                if (m.entity().kind() == EntityKind.ORGANIZATION && a.find()) {
                    byAcronym.putIfAbsent(a.group(1), m.entity());
                }
            }
            if (byAcronym.isEmpty()) {
                return found;
            }
            boolean[] used = new boolean[body.length() + 1];
            found.forEach(m -> mark(used, m.start(), m.end()));
            List<Mention> out = new ArrayList<>(found);
            // One scan for all the acronyms, longest first so none stops at a shorter one's end.
            List<String> forms = new ArrayList<>(byAcronym.keySet());
            forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            StringBuilder alternation = new StringBuilder();
            for (String f : forms) {
                alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(f));
            }
            Matcher m = Pattern.compile("\\b(?:" + alternation + ")\\b").matcher(body);
            while (m.find()) {
                if (!used[m.start()] && !used[m.end() - 1]) {
                    mark(used, m.start(), m.end());
                    out.add(new Mention(m.start(), m.end(), m.group(), byAcronym.get(m.group()), Mention.Method.COREFERENCE));
                }
            }
            out.sort(Comparator.comparingInt(Mention::start));
            return out;
        }

        // "the Cabinet", "Turkey's parliament", "the Russian foreign ministry": a country's body named by a
        // common noun is the reference body of the country named before it, or of the article's country.
        private void institutions(String home, boolean[] taken, List<Mention> out) {
            Matcher m = institution.matcher(body);
            while (m.find()) {
                if (taken[m.start()] || taken[m.end() - 1]) {
                    continue;
                }
                int k = m.start() - 1;
                if (k < 1 || body.charAt(k) != ' ') {
                    continue;
                }
                if (k >= 2 && (body.startsWith("'s", k - 2) || body.startsWith("’s", k - 2))) {
                    k -= 2;
                }
                String owner = countryAt.get(k);
                if (owner == null && !lowerCaseWordBefore(m.start())) {
                    continue; // "GNA interior ministry": some other name owns it
                }
                // Without its country, only a capitalised "Parliament" is a proper name; "the parliament in
                // Benghazi" may be any country's.
                Entity e = owner != null ? gazetteer.body(owner, m.group()).orElse(null)
                        : Character.isUpperCase(m.group().charAt(0)) ? unnamedOwnersBody(home, m.group()) : null;
                if (e == null && owner != null) {
                    int from = k;
                    while (from > 0 && soft[from - 1]) {
                        from--;
                    }
                    e = newActor(body.substring(from, m.end()), EntityKind.ORGANIZATION);
                }
                if (e != null) {
                    mark(taken, m.start(), m.end());
                    out.add(new Mention(m.start(), m.end(), m.group(), e,
                            e.id() != null ? Mention.Method.COREFERENCE : Mention.Method.PATTERN));
                }
            }
        }

        // "Parliament" with no country before it: the article's country's, or else the one country of the
        // article that has a body of that name.
        private Entity unnamedOwnersBody(String home, String phrase) {
            if (home != null && gazetteer.body(home, phrase).isPresent()) {
                return gazetteer.body(home, phrase).get();
            }
            List<Entity> bodies = articleCountries().stream().flatMap(c -> gazetteer.body(c, phrase).stream())
                    .distinct().toList();
            return bodies.size() == 1 ? bodies.get(0) : null;
        }

        private boolean nameWordAfter(int end, boolean[] taken) {
            if (end + 1 >= body.length() || body.charAt(end) != ' ' || taken[end + 1]) {
                return false;
            }
            int e = end + 1;
            while (e < body.length() && Character.isLetter(body.charAt(e))) {
                e++;
            }
            String word = body.substring(end + 1, e);
            return names.mayStartName(word) && !names.isSentenceStarter(word);
        }

        // "Chad Myers said": a country's name before a surname-shaped word the lexicon does not know, the two
        // the subject of a verb of saying (or the first a given name), is a person's name.
        private boolean personsGivenName(Gazetteer.Hit h) {
            String word = body.substring(h.start(), h.end());
            if (h.label().kind() == Label.Kind.CAPITAL || h.label().kind() == Label.Kind.SEAT_OF_GOVERNMENT
                    || h.end() + 1 >= body.length() || body.charAt(h.end()) != ' ') {
                return false;
            }
            int e = wordEnd(h.end() + 1);
            String next = body.substring(h.end() + 1, e);
            if (next.length() < 2 || !Character.isLowerCase(next.charAt(next.length() - 1)) || !names.mayStartName(next)
                    || names.isSentenceStarter(next) || featureAfter.matcher(" " + next).find()
                    || !gazetteer.find(next).isEmpty()) {
                return false;
            }
            boolean sayingAfter = e + 1 < body.length() && body.charAt(e) == ' '
                    && names.isSayingVerb(body.substring(e + 1, wordEnd(e + 1)));
            return sayingAfter || names.isGivenName(word);
        }

        private int wordEnd(int from) {
            int e = from;
            while (e < body.length() && Character.isLetter(body.charAt(e))) {
                e++;
            }
            return e;
        }

        // A country's word that names something else: a sea or gulf, a possessive with nothing possessed
        // ("St. X's"), or a capital naming a city as a place (a longer name, an address, a route, "a X estate").
        private boolean notTheState(Gazetteer.Hit h) {
            String before = body.substring(Math.max(0, h.start() - 40), h.start());
            String after = body.substring(h.end(), Math.min(body.length(), h.end() + 30));
            if (featureBefore.matcher(before).find() || featureAfter.matcher(after).find()
                    || BARE_POSSESSIVE.matcher(after).find()) {
                return true;
            }
            if (h.label().kind() != Label.Kind.CAPITAL) {
                return false;
            }
            if (INDEFINITE_BEFORE.matcher(before).find() || routeBefore.matcher(before).find()
                    || before.endsWith(" to ") && routeAfter.matcher(after).find()) {
                return true;
            }
            Matcher next = NAME_WORD_AFTER.matcher(after);
            return next.find() && (Character.isDigit(next.group(1).charAt(0))
                    || !names.isSentenceStarter(next.group(1)) && gazetteer.find(next.group(1)).isEmpty());
        }

        // The countries the article names by name or demonym, sorted; asked per body, so made once.
        private SortedSet<String> articleCountries() {
            if (countries == null) {
                countries = new TreeSet<>(countryAt.values());
            }
            return countries;
        }

        // Whether a word at i opens a sentence or paragraph, where any word is capitalised.
        private boolean sentenceStart(int i) {
            int k = i - 1;
            while (k >= 0 && body.charAt(k) == ' ') {
                k--;
            }
            return k < 0 || ".!?\n:“\"‘'(".indexOf(body.charAt(k)) >= 0;
        }

        private boolean lowerCaseWordBefore(int start) {
            int b = start - 1;
            while (b > 0 && body.charAt(b - 1) != ' ' && body.charAt(b - 1) != '\n') {
                b--;
            }
            return b == start - 1 || !Character.isUpperCase(body.charAt(b)) || b == 0
                    || names.isSentenceStarter(body.substring(b, start - 1));
        }

        // A reference body whose own labels tie it to one country: named after another country's word
        // ("Norwegian Labour Party"), or in an article that never names its country, it is another body
        // of a similar name, that country's own where the reference data has it.
        private Entity ownCountrysBody(Gazetteer.Hit h, String home) {
            Entity e = h.label().entity();
            String country = gazetteer.countryOf(e).orElse(null);
            if (country == null) {
                return e;
            }
            int k = h.start() - 1;
            if (k >= 2 && (body.startsWith("'s", k - 2) || body.startsWith("’s", k - 2))) {
                k -= 2;
            }
            String owner = k > 0 && body.charAt(h.start() - 1) == ' ' ? countryAt.get(k) : null;
            String text = withoutThe(body.substring(h.start(), h.end()));
            if (owner != null && !owner.equals(country)) {
                return gazetteer.body(owner, text).orElse(null);
            }
            if (owner == null && home != null && !articleCountries().contains(country)) {
                return gazetteer.body(home, text).orElseGet(() -> newActor(text, EntityKind.ORGANIZATION));
            }
            return e;
        }

        // The hit ends in a head noun and a complement follows that no other name holds: "European
        // Council on Foreign Relations", "Institute for Security and Development Policy".
        private boolean continuedName(Gazetteer.Hit h, boolean[] taken) {
            String text = h.label().text();
            if (!names.isOrgHead(text.substring(text.lastIndexOf(' ') + 1))) {
                return false;
            }
            // "Liberal Democratic Party": a capitalised word of the text's own before it starts a longer name,
            // which the name patterns find whole unless a possessive inside splits it ("People's").
            String before = wordBefore(body, h.start());
            if (!before.isEmpty() && text.indexOf('\'') < 0 && text.indexOf('’') < 0 && body.charAt(h.start() - 1) == ' ' && !taken[h.start() - 2]
                    && names.mayStartName(before) && !sentenceStart(h.start() - 1 - before.length())) {
                return true;
            }
            Matcher c = COMPLEMENT.matcher(body.substring(h.end(), Math.min(body.length(), h.end() + 60)));
            if (!c.find()) {
                return false;
            }
            int group = c.group(1) != null ? 1 : 2;
            int word = h.end() + c.start(group);
            return !taken[word] && !names.isSentenceStarter(c.group(group));
        }

        private void resolveRoles(List<RoleDirectory.Hit> hits, String home, List<Mention> out) {
            Optional<LocalDate> day = Optional.ofNullable(published).filter(d -> d.precision() != PartialDate.Precision.YEAR)
                    .map(d -> d.toLocalDate().orElse(LocalDate.of(d.year(), d.month(), 15)));
            if (day.isEmpty()) {
                return;
            }
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
