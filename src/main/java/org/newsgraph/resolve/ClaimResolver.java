package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.QuoteFinder;
import org.newsgraph.extract.QuoteSpan;
import org.newsgraph.reference.Entity;
import org.newsgraph.reference.EntityKind;
import org.newsgraph.rdf.Iris;
import org.newsgraph.text.Document;
import org.newsgraph.text.Sentences;

/**
 * Turns quotes and reported speech into claims with their speakers: named after or before the
 * quote, a pronoun or role noun resolved to the last subject, a spokesperson to the body they
 * speak for, an unnamed source kept as a description, an unattributed paragraph to the speaker of
 * the quote before it. Pure.
 */
public final class ClaimResolver {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^\\s*,?\\s*(?:he|she|they|we|i)\\s*$");
    private static final Pattern SPOKES = Pattern.compile("(?i)\\bspokes(?:man|woman|person|people)\\b");
    private static final Pattern ROLE_NOUN = Pattern.compile("(?i)^\\s*,?\\s*the\\s+[\\p{L} -]{2,40}$");
    private static final Pattern MEDIUM = Pattern.compile(
            "\\b(?:in (?:his|her|their|a|an|the) ((?:[\\p{L}'’-]+ ){0,4}(?:column|article|piece|statement|interview|"
            + "blog|op-ed|letter|tweet|post|speech|book|essay|editorial|memo|report))|on (?:his|her|their) "
            + "(website|blog|Twitter|Facebook|Instagram|Telegram|podcast)|told (the [A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)*"
            + "|[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)*(?: Radio \\d)?(?:’s|'s)? ?(?:[A-Z][\\p{L}]+ )*(?:programme|show)?))");
    private static final Pattern REPORTED = Pattern.compile("\\b(said|says|warned|argued|insisted|claimed|added|"
            + "told reporters|believes?|stressed|admitted|denied|confirmed|announced) that ");

    /** What every match of {@link #REPORTED} ends with, and the most characters before it a match can start. */
    private static final String REPORTED_END = " that ";
    private static final int REPORTED_REACH = "told reporters".length();

    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to (?:the )?");
    private static final String ACCORDING_WORD = "according to ";

    // Compiled once rather than by String.replaceAll and split on every call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_SPACE_OR_COMMA = Pattern.compile("^[\\s,]+");
    private static final Pattern FINAL_COMMA_OR_COLON = Pattern.compile("[,:]$");
    private static final Pattern FINAL_FULL_STOP = Pattern.compile("[.]$");
    private static final Pattern FINAL_COMMA_OR_FULL_STOP = Pattern.compile("[,.]$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The) ");

    private final QuoteFinder quotes;
    private final Set<String> sayingVerbs;
    private final Iris iris;

    public ClaimResolver(QuoteFinder quotes, Set<String> sayingVerbs, Iris iris) {
        this.quotes = quotes;
        this.sayingVerbs = sayingVerbs;
        this.iris = iris;
    }

    /** The claims of one article, in text order. */
    public List<Claim> resolve(Document doc, List<ResolvedMention> all) {
        String body = doc.body();
        List<ResolvedMention> mentions = withoutVenues(body, all);
        List<QuoteSpan> qs = quotes.find(body);
        List<Claim> out = new ArrayList<>();
        Claim previous = null;
        for (QuoteSpan q : qs) {
            Attribution a = attribute(body, q, mentions, qs, previous);
            Claim c;
            if (a.continues && previous != null) {
                // The next paragraph of the same speech: one claim, not two.
                out.remove(out.size() - 1);
                List<Entity> ms = new ArrayList<>(previous.mentions());
                inside(all, q.start(), q.end()).stream().filter(e -> !ms.contains(e)).forEach(ms::add);
                c = new Claim(previous.start(), q.end(), previous.text() + " " + q.text(body), Claim.Kind.DIRECT,
                        previous.speaker(), previous.speakerDescription(), previous.verb(), previous.medium(), ms);
            } else {
                c = new Claim(q.start(), q.end(), q.text(body), Claim.Kind.DIRECT, a.speaker, a.description, a.verb,
                        a.medium, inside(all, q.start(), q.end()));
            }
            out.add(c);
            previous = c;
        }
        out.addAll(reported(body, mentions, qs));
        out.addAll(according(body, mentions, qs));
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static final Pattern VENUE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|from|outside|inside|into|to|near|"
            + "on|leaving|left|entering|entered)\\s+(?:the\\s+)?$");

    // "Speaking in Downing Street, Theresa May said": a seat of government after a preposition is where
    // the speaker stood, not who spoke.
    private static List<ResolvedMention> withoutVenues(String body, List<ResolvedMention> ms) {
        List<ResolvedMention> out = new ArrayList<>(ms.size());
        for (ResolvedMention m : ms) {
            if (!m.seat() || !VENUE_BEFORE.matcher(body.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Who said a quote, with the verb and medium when the text gives them. */
    private record Attribution(Entity speaker, String description, String verb, String medium, boolean continues) {
        Attribution(Entity speaker, String description, String verb, String medium) {
            this(speaker, description, verb, medium, false);
        }
    }

    private Attribution attribute(String body, QuoteSpan q, List<ResolvedMention> ms, List<QuoteSpan> qs,
                                  Claim previous) {
        // The attribution follows the quote, or splits it: "…,” Morgan wrote. “…”
        int afterStart = q.parts().size() > 1 ? closingMarkEnd(body, q.parts().get(0).end()) : q.end();
        int afterLimit = q.parts().size() > 1 ? q.parts().get(1).start() : sentenceEnd(body, q.end());
        String after = body.substring(afterStart, Math.max(afterStart, Math.min(afterLimit, afterStart + 160)));
        Matcher verb = firstVerb(after, 10);
        if (verb != null && !q.introduced()) {
            String region = after.substring(0, verb.start());
            String medium = medium(after.substring(verb.start()));
            ResolvedMention subject = lastSpeaker(ms, afterStart, afterStart + verb.start());
            if (SPOKES.matcher(region).find()) {
                // "…," the Kremlin spokesman said: the spokesman of that body named earlier, else the body.
                Entity named = namedSpokesperson(body, ms, q.start(), subject);
                if (named != null) {
                    return new Attribution(named, null, verb.group(), medium);
                }
                return new Attribution(subject != null ? speakerOf(subject) : lastSpokesBody(body, ms, q.start()),
                        null, verb.group(), medium);
            }
            if (subject != null) {
                return new Attribution(spokesTarget(body, subject, ms), null, verb.group(), medium);
            }
            if (PRONOUN.matcher(region).matches() || ROLE_NOUN.matcher(region).matches()) {
                return new Attribution(lastSubject(body, ms, qs, q.start()), null, verb.group(), medium);
            }
            if (region.isBlank() || region.strip().equals(",")) {
                ResolvedMention inverted = firstSpeaker(ms, afterStart + verb.end(), afterStart + verb.end() + 40);
                if (inverted != null) {
                    return new Attribution(speakerOf(inverted), null, verb.group(), medium);
                }
            }
        }
        Attribution before = introduction(body, q, ms, qs);
        if (before != null) {
            return before;
        }
        if (verb != null) {
            String region = LEADING_SPACE_OR_COMMA.matcher(after.substring(0, verb.start())).replaceAll("").strip();
            if (!region.isEmpty()) {
                return new Attribution(null, region, verb.group(), medium(after.substring(verb.start())));
            }
        }
        // A quote paragraph on its own continues the speech before it, or quotes the person just named.
        int paraStart = body.lastIndexOf("\n\n", q.start());
        if (previous != null && paraStart > 0 && previous.end() > body.lastIndexOf("\n\n", paraStart - 1) + 2
                && (previous.speaker() != null || previous.speakerDescription() != null)) {
            return new Attribution(previous.speaker(), previous.speakerDescription(), null, null, true);
        }
        int prevPara = paraStart <= 0 ? 0 : Math.max(0, body.lastIndexOf("\n\n", paraStart - 1));
        ResolvedMention last = lastPerson(ms, prevPara, Math.max(prevPara, paraStart));
        if (last == null) {
            last = lastSpeaker(ms, prevPara, Math.max(prevPara, paraStart));
        }
        return new Attribution(last == null ? null : speakerOf(last), null, null, null);
    }

    // "Mr Clegg told a Whitehall press conference: ‘…’", "Here’s Admiral Lord West:" (block below).
    private Attribution introduction(String body, QuoteSpan q, List<ResolvedMention> ms, List<QuoteSpan> qs) {
        int s = sentenceStart(body, q.start());
        int e = q.start();
        if (body.substring(s, e).isBlank()) {
            int prevEnd = s;
            while (prevEnd > 0 && Character.isWhitespace(body.charAt(prevEnd - 1))) {
                prevEnd--;
            }
            if (prevEnd == 0 || body.charAt(prevEnd - 1) != ':') {
                return null;
            }
            e = prevEnd;
            s = sentenceStart(body, prevEnd - 1);
        }
        String intro = body.substring(s, e);
        Matcher verb = firstVerb(intro, 60);
        boolean colon = intro.strip().endsWith(":") || intro.strip().endsWith(",");
        if (verb == null && !colon) {
            return null;
        }
        String verbText = verb == null ? null : verb.group();
        String medium = verb == null ? null : medium(intro.substring(verb.start()));
        Matcher spokes = SPOKES.matcher(intro);
        if (spokes.find()) {
            // "Kremlin spokesman Dmitry Peskov told reporters": the spokesman is named, and speaks.
            ResolvedMention named = speakerStartingIn(ms, s + spokes.end(), s + spokes.end() + 3);
            if (named != null && named.entity().kind() == EntityKind.PERSON) {
                return new Attribution(named.entity(), null, verbText, medium);
            }
            ResolvedMention body0 = lastSpeaker(ms, s, s + spokes.start());
            if (body0 != null) {
                return new Attribution(speakerOf(body0), null, verbText, medium);
            }
        }
        int subjectEnd = verb == null ? e : s + verb.start();
        ResolvedMention subject = firstSpeaker(ms, s, subjectEnd);
        if (subject == null) {
            subject = firstSpeaker(ms, s, e);
        }
        if (subject != null) {
            return new Attribution(spokesTarget(body, subject, ms), null, verbText, medium);
        }
        String lead = body.substring(s, subjectEnd).strip();
        if (PRONOUN.matcher(lead).matches()) {
            return new Attribution(lastSubject(body, ms, qs, s), null, verbText, medium);
        }
        String description = FINAL_COMMA_OR_COLON.matcher(lead).replaceAll("").strip();
        return description.isEmpty() || verb == null ? null : new Attribution(null, description, verbText, medium);
    }

    // "X said that …", "according to X, …": reported speech, kept but not quoted.
    private List<Claim> reported(String body, List<ResolvedMention> ms, List<QuoteSpan> qs) {
        List<Claim> out = new ArrayList<>();
        Matcher m = REPORTED.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; findReported(body, m, from); from = m.end()) {
            int s = sentenceStart(body, m.start());
            int e = sentenceEnd(body, m.end());
            if (inQuote(qs, m.start()) || e <= m.end()) {
                continue;
            }
            ResolvedMention subject = lastSpeaker(ms, s, m.start());
            if (subject == null) {
                continue;
            }
            String text = FINAL_FULL_STOP.matcher(body.substring(m.end(), e).strip()).replaceAll("");
            if (SPACES.split(text).length < 4) {
                continue;
            }
            out.add(new Claim(m.end(), e, text, Claim.Kind.REPORTED, spokesTarget(body, subject, ms), null,
                    m.group(1), null, inside(ms, m.end(), e)));
        }
        return out;
    }

    /**
     * The next match of {@link #REPORTED} from {@code from}, as {@code find()} on the whole body would
     * give it. Every match ends in " that ", so only the few characters before each " that " are tried
     * rather than every position of the body; matches cannot overlap, so the next one ends at the first
     * " that " where the pattern matches.
     */
    private static boolean findReported(String body, Matcher m, int from) {
        for (int at = body.indexOf(REPORTED_END, from); at >= 0; at = body.indexOf(REPORTED_END, at + 1)) {
            m.region(Math.max(from, at - REPORTED_REACH), at + REPORTED_END.length());
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next match of {@link #ACCORDING} from {@code from}, as {@code find()} on the whole body would
     * give it: the pattern is tried only where "according to " stands in any ASCII case, the one place
     * a match can start, instead of at every position.
     */
    private static boolean findAccording(String body, Matcher m, int from) {
        int last = body.length() - ACCORDING_WORD.length();
        for (int i = from; i <= last; i++) {
            if ((body.charAt(i) | 0x20) == 'a' && asciiCaseless(body, i, ACCORDING_WORD)) {
                m.region(i, body.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean asciiCaseless(String s, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = s.charAt(at + k);
            char w = lower.charAt(k);
            if (c != w && !(w >= 'a' && w <= 'z' && c == w - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    // "According to X, …" and "…, according to X.": the sentence is X's claim.
    private List<Claim> according(String body, List<ResolvedMention> ms, List<QuoteSpan> qs) {
        List<Claim> out = new ArrayList<>();
        Matcher m = ACCORDING.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
        for (int next = 0; findAccording(body, m, next); next = m.end()) {
            if (inQuote(qs, m.start())) {
                continue;
            }
            ResolvedMention source = firstSpeaker(ms, m.end(), m.end() + 40);
            if (source == null) {
                continue;
            }
            int s = sentenceStart(body, m.start());
            int e = sentenceEnd(body, m.end());
            int from;
            int to;
            if (body.substring(s, m.start()).isBlank()) {
                int comma = body.indexOf(',', source.end());
                from = comma < 0 || comma > e ? source.end() : comma + 1;
                to = e;
            } else {
                from = s;
                to = m.start();
            }
            String text = FINAL_COMMA_OR_FULL_STOP.matcher(body.substring(from, to).strip()).replaceAll("").strip();
            if (SPACES.split(text).length >= 4) {
                out.add(new Claim(from, to, text, Claim.Kind.REPORTED, speakerOf(source), null, "according to", null,
                        inside(ms, from, to)));
            }
        }
        return out;
    }

    // "he said": the subject (first person named) of the nearest sentence before that names one.
    private Entity lastSubject(String body, List<ResolvedMention> ms, List<QuoteSpan> qs, int before) {
        int end = before;
        for (int k = 0; k < 6 && end > 0; k++) {
            int start = sentenceStart(body, Math.max(0, end - 1));
            for (ResolvedMention m : ms) {
                if (m.start() >= start && m.end() <= end && m.entity().kind() == EntityKind.PERSON
                        && !inQuote(qs, m.start())) {
                    return m.entity();
                }
            }
            end = start;
        }
        return null;
    }

    // "…," the Kremlin spokesman said: the spokesman named earlier ("Kremlin spokesman Dmitry Peskov"), of the
    // same body when the attribution names one.
    private static Entity namedSpokesperson(String body, List<ResolvedMention> ms, int before, ResolvedMention of) {
        Matcher m = SPOKES.matcher(body.substring(0, before));
        Entity last = null;
        while (m.find()) {
            ResolvedMention p = speakerStartingIn(ms, m.end(), m.end() + 3);
            ResolvedMention owner = lastSpeaker(ms, Math.max(0, m.start() - 60), m.start());
            boolean sameBody = of == null || owner != null && owner.text().equals(of.text());
            if (p != null && p.entity().kind() == EntityKind.PERSON && sameBody) {
                last = p.entity();
            }
        }
        return last;
    }

    // "the spokesperson said": the body of the last "X spokesman" before.
    private Entity lastSpokesBody(String body, List<ResolvedMention> ms, int before) {
        Matcher m = SPOKES.matcher(body.substring(0, before));
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            return null;
        }
        ResolvedMention x = lastSpeaker(ms, Math.max(0, at - 60), at);
        return x == null ? null : speakerOf(x);
    }

    // "Prime Minister David Cameron’s official spokesman": the spokesman speaks for the person named.
    private Entity spokesTarget(String body, ResolvedMention subject, List<ResolvedMention> ms) {
        return speakerOf(subject);
    }

    private Entity speakerOf(ResolvedMention m) {
        if (m.seat()) {
            String name = LEADING_THE.matcher(m.text()).replaceFirst("");
            return new Entity(iris.actor(name).getURI(), name, EntityKind.ORGANIZATION, null, null);
        }
        return m.entity();
    }

    private static boolean canSpeak(ResolvedMention m) {
        return m.entity().isActor() || m.seat();
    }

    private static ResolvedMention lastSpeaker(List<ResolvedMention> ms, int from, int to) {
        ResolvedMention last = null;
        for (ResolvedMention m : ms) {
            if (m.start() >= from && m.end() <= to && canSpeak(m)) {
                last = m;
            }
        }
        return last;
    }

    private static ResolvedMention lastPerson(List<ResolvedMention> ms, int from, int to) {
        ResolvedMention last = null;
        for (ResolvedMention m : ms) {
            if (m.start() >= from && m.end() <= to && m.entity().kind() == EntityKind.PERSON) {
                last = m;
            }
        }
        return last;
    }

    private static ResolvedMention firstSpeaker(List<ResolvedMention> ms, int from, int to) {
        for (ResolvedMention m : ms) {
            if (m.start() >= from && m.end() <= to && canSpeak(m)) {
                return m;
            }
        }
        return null;
    }

    // The name right after "spokesman" starts there but runs on: only its start is bounded.
    private static ResolvedMention speakerStartingIn(List<ResolvedMention> ms, int from, int to) {
        for (ResolvedMention m : ms) {
            if (m.start() >= from && m.start() <= to && canSpeak(m)) {
                return m;
            }
        }
        return null;
    }

    private static List<Entity> inside(List<ResolvedMention> ms, int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (ResolvedMention m : ms) {
            if (m.start() >= from && m.end() <= to && !out.contains(m.entity())) {
                out.add(m.entity());
            }
        }
        return out;
    }

    private Matcher firstVerb(String s, int maxWords) {
        Matcher w = WORD.matcher(s);
        int n = 0;
        while (w.find() && n++ < maxWords) {
            // The case of the first letter is tested first: a capitalised word is no verb, and needs no lower-casing.
            if (Character.isLowerCase(s.charAt(w.start()))
                    && sayingVerbs.contains(w.group().toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        return null;
    }

    private static String medium(String s) {
        Matcher m = MEDIUM.matcher(s);
        if (!m.find() || m.start() > 60) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).strip();
            }
        }
        return null;
    }

    private static int closingMarkEnd(String body, int i) {
        int k = i;
        while (k < body.length() && "”’\"'".indexOf(body.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private static boolean inQuote(List<QuoteSpan> qs, int i) {
        for (QuoteSpan q : qs) {
            if (q.start() <= i && i < q.end()) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceStart(String s, int i) {
        return Sentences.start(s, i);
    }

    private static int sentenceEnd(String s, int i) {
        return Sentences.end(s, i);
    }
}
