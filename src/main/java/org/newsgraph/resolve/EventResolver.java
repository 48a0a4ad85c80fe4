package org.newsgraph.resolve;

import org.newsgraph.doc.Mention;
import org.newsgraph.doc.Claim;
import org.newsgraph.doc.Event;

import org.newsgraph.text.PositionSearch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.base.Deadline;
import org.newsgraph.extract.EventTriggers;
import org.newsgraph.doc.EventType;
import org.newsgraph.extract.TimeExpressions;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.reference.Gazetteer;
import org.newsgraph.reference.Label;
import org.newsgraph.reference.PhraseMatcher;
import org.newsgraph.rdf.Iris;
import org.newsgraph.text.Document;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.doc.Sentence;
import org.newsgraph.text.SentenceSplitter;

/**
 * Reads events sentence by sentence: a trigger word gives the type, the actors and countries of
 * the sentence take part, a time expression near the trigger gives the date; intentions are
 * skipped, and reports of the same event in one article are merged. Pure.
 */
public final class EventResolver {

    /** "will visit", "plans to meet": intentions, not events. */
    static final Pattern INTENTION = Pattern.compile(
            "(?i)\\b(?:will|would|could|might|may|should|shall|to|plans? to|planning to|hopes? to|wants? to|"
            + "expected to|likely to|set to|due to|if)\\s+(?:\\w+\\s+){0,1}$");
    private static final Pattern IN = Pattern.compile("(?i)\\b(?:in|at) $");
    static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no)\\s+(?:\\w+\\s+){0,1}$");

    private final EventTriggers triggers;
    private final Gazetteer places;
    private final TimeExpressions times = new TimeExpressions();
    private final SentenceSplitter splitter;

    /** @param places the gazetteer, whose capitals name where events happen ("talks in Vienna") */
    public EventResolver(EventTriggers triggers, Gazetteer places, SentenceSplitter splitter) {
        this.triggers = triggers;
        this.places = places;
        this.splitter = splitter;
    }

    /** Events of one article, merged within it, in order of first report. */
    public List<Event> resolve(Document doc, List<Mention> mentions, List<Claim> claims) {
        return resolve(doc, mentions, claims, Deadline.NONE);
    }

    /** As {@link #resolve(Document, List, List)}, stopping with the deadline's error once its time is spent. */
    public List<Event> resolve(Document doc, List<Mention> mentions, List<Claim> claims, Deadline deadline) {
        String body = doc.body();
        List<int[]> sentences = new ArrayList<>();
        for (Sentence s : splitter.split(body)) {
            sentences.add(new int[] {s.start(), s.end()});
        }
        List<List<Mention>> bySentence = bySentence(sentences, mentions);
        Quotes quotes = new Quotes(claims);
        List<Event> found = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            int[] s = sentences.get(k);
            List<Mention> inSentence = bySentence.get(k);
            // A sentence without mentions gives no event whatever its triggers: the cheaper test goes first.
            if (inSentence.isEmpty()) {
                continue;
            }
            deadline.check();
            String sentence = body.substring(s[0], s[1]);
            List<PhraseMatcher.Hit<EventType>> hits = triggers.find(sentence);
            if (hits.isEmpty()) {
                continue;
            }
            // When and where a sentence puts things is the same for each of its events: looked up once, when
            // first needed.
            List<TimeExpressions.Hit> when = null;
            String place = null;
            Set<EventType> typesHere = new LinkedHashSet<>();
            for (PhraseMatcher.Hit<EventType> h : hits) {
                // A type already read in the sentence is skipped whatever precedes it: the set is asked first.
                if (typesHere.contains(h.value())) {
                    continue;
                }
                String before = sentence.substring(Math.max(0, h.start() - 30), h.start());
                if (INTENTION.matcher(before).find() || NEGATION.matcher(before).find()) {
                    continue;
                }
                typesHere.add(h.value());
                if (when == null) {
                    when = times.find(sentence, doc.date());
                    place = place(sentence);
                }
                found.add(event(h, s, sentence, inSentence, when, quotes, place));
            }
        }
        deadline.check();
        return merge(found);
    }

    /**
     * The direct claims of an article, for the question which of them a trigger stands in: a binary
     * search to the last one starting at or before it, then back while earlier ones may still reach
     * it (quotes do not overlap, so that is at once), instead of a walk over every claim per event.
     */
    private static final class Quotes {
        private final int[] index;
        private final int[] starts;
        private final int[] ends;
        /** The furthest end of the direct claims up to each one. */
        private final int[] reach;

        Quotes(List<Claim> claims) {
            List<Integer> direct = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                if (claims.get(i).kind() == Claim.Kind.DIRECT) {
                    direct.add(i);
                }
            }
            direct.sort((a, b) -> Integer.compare(claims.get(a).start(), claims.get(b).start()));
            int n = direct.size();
            index = new int[n];
            starts = new int[n];
            ends = new int[n];
            reach = new int[n];
            for (int k = 0; k < n; k++) {
                Claim c = claims.get(direct.get(k));
                index[k] = direct.get(k);
                starts[k] = c.start();
                ends[k] = c.end();
                reach[k] = Math.max(k > 0 ? reach[k - 1] : Integer.MIN_VALUE, c.end());
            }
        }

        /** Indexes into the claims of the direct ones holding position i, ascending. */
        List<Integer> holding(int i) {
            int lo = PositionSearch.countAtMost(starts, i);
            List<Integer> out = new ArrayList<>();
            for (int k = lo - 1; k >= 0 && reach[k] > i; k--) {
                if (ends[k] > i) {
                    out.add(index[k]);
                }
            }
            Collections.sort(out);
            return out;
        }
    }

    /**
     * The mentions lying wholly inside each sentence, in the order of {@code mentions}. Sentences are
     * disjoint and in text order, so a mention can lie inside only the one sentence its start falls in.
     */
    private static List<List<Mention>> bySentence(List<int[]> sentences, List<Mention> mentions) {
        List<List<Mention>> out = new ArrayList<>(Collections.nCopies(sentences.size(), List.of()));
        for (Mention m : mentions) {
            int k = lastStartingAtOrBefore(sentences, m.start());
            if (k >= 0 && m.end() <= sentences.get(k)[1]) {
                if (out.get(k).isEmpty()) {
                    out.set(k, new ArrayList<>());
                }
                out.get(k).add(m);
            }
        }
        return out;
    }

    // Index of the last sentence starting at or before i, or -1.
    private static int lastStartingAtOrBefore(List<int[]> sentences, int i) {
        return PositionSearch.countAtMost(sentences.size(), k -> sentences.get(k)[0], i) - 1;
    }

    private Event event(PhraseMatcher.Hit<EventType> h, int[] s, String sentence, List<Mention> ms,
                        List<TimeExpressions.Hit> when, Quotes quotes, String place) {
        int trigger = s[0] + h.start();
        Set<Entity> all = new LinkedHashSet<>();
        Set<Entity> agents = new LinkedHashSet<>();
        Set<Entity> targets = new LinkedHashSet<>();
        boolean passive = sentence.startsWith(" by ", h.end());
        for (Mention m : ms) {
            all.add(m.entity());
            ((m.start() < trigger) != passive ? agents : targets).add(m.entity());
        }
        PartialDate date = null;
        int best = Integer.MAX_VALUE;
        for (TimeExpressions.Hit t : when) {
            int d = Math.abs(t.start() - h.start());
            if (d < best) {
                best = d;
                date = t.date();
            }
        }
        List<Integer> inClaims = quotes.holding(trigger);
        targets.removeAll(agents);
        List<int[]> spans = new ArrayList<>();
        spans.add(s);
        return new Event(null, h.value(), date, new ArrayList<>(all), new ArrayList<>(agents), new ArrayList<>(targets),
                spans, inClaims, sentence.substring(h.start(), h.end()), place);
    }

    // "in Vienna", "in Syria": the first capital or country the sentence puts something in.
    private String place(String sentence) {
        if (!hasInOrAt(sentence)) {
            return null;
        }
        for (Gazetteer.Hit g : places.find(sentence)) {
            Label.Kind k = g.label().kind();
            boolean where = k == Label.Kind.CAPITAL || k == Label.Kind.NAME || k == Label.Kind.ALIAS;
            if (where && g.label().entity().kind() == EntityKind.COUNTRY && IN.matcher(
                    sentence.substring(Math.max(0, g.start() - 4), g.start())).find()) {
                return sentence.substring(g.start(), g.end());
            }
        }
        return null;
    }

    // Whether "in " or "at " stands anywhere in the sentence, in any ASCII case: every match of IN holds one, so
    // without it the gazetteer need not be searched.
    private static boolean hasInOrAt(String s) {
        for (int i = s.indexOf(' ', 2); i >= 0; i = s.indexOf(' ', i + 1)) {
            int a = s.charAt(i - 2) | 0x20;
            int b = s.charAt(i - 1) | 0x20;
            if (a == 'i' && b == 'n' || a == 'a' && b == 't') {
                return true;
            }
        }
        return false;
    }

    /**
     * How many earlier events of its type a report is compared with to be merged into one. News articles
     * report a handful of events of a type; a text reporting thousands (generated, or hostile) would
     * otherwise cost the product of their numbers.
     */
    static final int MERGE_CANDIDATES = 64;

    /** An event of the article as its reports are merged into it, growing in place. */
    private static final class Merged {
        private final EventType type;
        private PartialDate date;
        private final Set<Entity> participants;
        private final Set<Entity> agents;
        private final Set<Entity> targets;
        private final List<int[]> spans;
        private final List<Integer> claims;
        private final String trigger;
        private String place;

        Merged(Event e) {
            type = e.type();
            date = e.date();
            participants = new LinkedHashSet<>(e.participants());
            agents = new LinkedHashSet<>(e.agents());
            targets = new LinkedHashSet<>(e.targets());
            spans = new ArrayList<>(e.spans());
            claims = new ArrayList<>(e.claims());
            trigger = e.trigger();
            place = e.place();
        }

        // Dates that agree, and the participants of one report among those of the other; the sizes
        // rule out most pairs before any look-up.
        boolean sameAs(Event e, Set<Entity> others) {
            return compatible(date, e.date())
                    && (participants.size() >= others.size() && participants.containsAll(others)
                    || others.size() >= participants.size() && others.containsAll(participants));
        }

        void add(Event e) {
            date = precise(date, e.date());
            participants.addAll(e.participants());
            agents.addAll(e.agents());
            targets.addAll(e.targets());
            spans.addAll(e.spans());
            claims.addAll(e.claims());
            place = place != null ? place : e.place();
        }

        Event event() {
            return new Event(null, type, date, new ArrayList<>(participants), new ArrayList<>(agents),
                    new ArrayList<>(targets), spans, claims, trigger, place);
        }
    }

    // One event reported twice in an article (same type, dates that agree, the participants of one
    // report among those of the other) is one event; "Russian air strikes" and "Assad's forces
    // fighting" stay two.
    private static List<Event> merge(List<Event> events) {
        List<Merged> out = new ArrayList<>();
        Map<EventType, List<Merged>> byType = new EnumMap<>(EventType.class);
        for (Event e : events) {
            List<Merged> ofType = byType.computeIfAbsent(e.type(), t -> new ArrayList<>());
            Set<Entity> participants = new HashSet<>(e.participants());
            Merged same = null;
            for (int i = 0; i < ofType.size() && i < MERGE_CANDIDATES; i++) {
                if (ofType.get(i).sameAs(e, participants)) {
                    same = ofType.get(i);
                    break;
                }
            }
            if (same != null) {
                same.add(e);
            } else {
                Merged m = new Merged(e);
                out.add(m);
                ofType.add(m);
            }
        }
        if (out.isEmpty()) {
            return List.of();
        }
        // One digest for the article's events: looking SHA-1 up costs more than hashing a key.
        MessageDigest sha1 = sha1();
        List<Event> keyed = new ArrayList<>(out.size());
        for (Merged m : out) {
            keyed.add(withKey(m.event(), sha1));
        }
        return List.copyOf(keyed);
    }

    private static Event withKey(Event e, MessageDigest sha1) {
        int n = e.participants().size();
        String[] parts = new String[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            Entity x = e.participants().get(i);
            parts[i] = x.iri();
            names[i] = x.code() != null ? x.code() : x.name();
        }
        Arrays.sort(parts);
        Arrays.sort(names);
        String date = e.date() == null ? null : e.date().lexical();
        String full = e.type() + "|" + (date == null ? "" : date) + "|" + String.join("|", parts);
        String key = e.type() + "-" + (date == null ? "undated" : date) + "-"
                + String.join("-", Arrays.asList(names).subList(0, Math.min(2, n))) + "-" + hash(full, sha1);
        return new Event(Iris.slug(key), e.type(), e.date(), e.participants(), e.agents(), e.targets(), e.spans(),
                e.claims(), e.trigger(), e.place());
    }

    private static String hash(String s, MessageDigest sha1) {
        byte[] d = sha1.digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 4);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    static boolean compatible(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.lexical();
        String y = b.lexical();
        return x.startsWith(y) || y.startsWith(x);
    }

    private static PartialDate precise(PartialDate a, PartialDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.lexical().length() > a.lexical().length() ? b : a;
    }
}
