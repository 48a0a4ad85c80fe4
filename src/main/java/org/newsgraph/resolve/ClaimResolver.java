package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Claim;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.doc.PositionSearch;
import org.newsgraph.doc.Quote;
import org.newsgraph.doc.Sentences;
import org.newsgraph.reference.Lexicon;
import org.newsgraph.reference.Vocabulary;

/**
 * Turns quotes and reported speech into claims with their speakers: named after or before the
 * quote, a pronoun or role noun resolved to the last subject, a spokesperson to the body they
 * speak for, an unnamed source kept as a description, an unattributed paragraph to the speaker of
 * the quote before it. Pure.
 */
public final class ClaimResolver implements Annotator {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private final Pattern pronoun;
    private final Pattern spokesperson;
    private static final Pattern ROLE_NOUN = Pattern.compile("(?i)^\\s*,?\\s*the\\s+[\\p{L} -]{2,40}$");
    /** An apposition or relative clause between a subject and its verb: ", the head of X," or ", who …,". */
    private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*(?:\\p{Ll}|\\p{Lu}[\\p{L}.’'-]*(?:’s|'s)\\s)[^,]*,?\\s*$");
    /** What may stand between a subject and its verb besides an apposition: adverbs, a short time phrase. */
    /** After an inverted verb, a role the speaker was named with: "said the former head of X". */
    private static final Pattern INVERTED_ROLE = Pattern.compile("^\\s+the\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+\\b");
    /** After an inverted verb, the capitalised words up to the first lower-case word or punctuation. */
    private static final Pattern INVERTED_SLOT = Pattern.compile("^\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s*)+)");
    /** Where a subject slot's name ends: a preposition or relative pronoun after it ("X with the Y said"). */
    private static final Pattern SLOT_TAIL = Pattern.compile("\\s(?:of|with|at|from|for|in|on|who|which|and)\\s");
    /** A sentence opening with a name: up to three words (role words), then two to four capitalised ones. */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "((?:[\\p{L}’'-]+\\s+){0,3}?)((?:\\p{Lu}[\\p{L}’'-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}’'-]+)(?=,|\\s+\\p{Ll})");
    private static final Pattern SUBJECT_GAP = Pattern.compile("^(?:\\s*,\\s*|[^,.;:!?“”\"]{0,40})$");
    private final Genders.Cues genderCues;
    private final Pattern listener;
    private final Pattern unnamedSource;
    private final Pattern leadingPronoun;
    private final Pattern neuter;
    private final Pattern writing;
    private final Pattern medium;
    private final Pattern reported;

    /** What every match of {@link #reported} ends with, and the most characters before it a match can start. */
    private static final String REPORTED_END = " that ";
    private final int reportedReach;

    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to (?:the )?");

    // Compiled once rather than by String.replaceAll and split on every call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_SPACE_OR_COMMA = Pattern.compile("^[\\s,]+");
    private static final Pattern FINAL_COMMA_OR_COLON = Pattern.compile("[,:]$");
    private static final Pattern FINAL_FULL_STOP = Pattern.compile("[.]$");
    private static final Pattern FINAL_COMMA_OR_FULL_STOP = Pattern.compile("[,.]$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The) ");

    /**
     * The most characters read before a quote as its introduction, and the longest reported claim: a
     * "sentence" longer than these is no prose, and reading it whole once per quote or per "said that"
     * in it would be quadratic in its length. Real sentences stay far below (the seeds' longest: ~500).
     */
    private static final int LONGEST_INTRODUCTION = 2_000;
    private static final int LONGEST_REPORTED = 2_000;

    private final Set<String> sayingVerbs;
    private final SpeakerNames speakerNames;
    private final Pattern venueBefore;

    /**
     * @param lexicon verbs that introduce speech ("said", "declaring", "commented"), and the given names,
     *                titles and head nouns that tell a speaker's name the reference data does not know
     * @param cues    the words of pronouns, reporting verbs, media and venues (rules/claim-cues.tsv)
     */
    public ClaimResolver(Lexicon lexicon, Vocabulary cues) {
        this.sayingVerbs = lexicon.sayingVerbs();
        this.speakerNames = new SpeakerNames(lexicon);
        // "he said", "she later said", "they have since said": the pronoun, then at most two lower-case words.
        // A clause or one word may come first: "But he added", "Speaking to the BBC, she said".
        pronoun = Pattern.compile("^\\s*,?\\s*(?:[^,“”\"]{1,80},\\s*|\\p{Lu}\\p{Ll}+,?\\s+)?(?i:"
                + cues.alternation("pronoun") + ")(?:\\s+\\p{Ll}+){0,2}\\s*$");
        genderCues = Genders.Cues.of(cues.alternation("male-title"), cues.alternation("female-title"),
                Pattern.compile("(?i)\\b" + cues.alternation("male-pronoun") + "\\b"),
                Pattern.compile("(?i)\\b" + cues.alternation("female-pronoun") + "\\b"));
        neuter = Pattern.compile("^\\s*,?\\s*(?:\\p{Lu}\\p{Ll}+,?\\s+)?(?i:" + cues.alternation("neuter-pronoun")
                + ")(?:\\s+\\p{Ll}+){0,2}\\s*$");
        writing = Pattern.compile("^\\s+the\\s+(?:\\p{Ll}+\\s+)?" + cues.alternation("medium-noun") + "\\b");
        leadingPronoun = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+,?\\s+)?(?i:" + cues.alternation("pronoun") + ")\\s+[^“”\"]*$");
        unnamedSource = Pattern.compile(cues.alternation("unnamed-determiner") + "\\s");
        listener = Pattern.compile("(?i)\\b" + cues.alternation("listener") + "\\s+(?:the\\s+)?$");
        spokesperson = Pattern.compile("(?i)\\b" + cues.alternation("spokesperson") + "\\b");
        medium = Pattern.compile("\\b(?:in " + cues.alternation("medium-determiner") + " ((?:[\\p{L}'’-]+ ){0,4}"
                + cues.alternation("medium-noun") + ")|on " + cues.alternation("owner-determiner") + " ("
                + cues.alternation("channel") + ")|told (the [A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)*"
                + "|[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)*(?: " + cues.alternation("numbered-station")
                + ")?(?:’s|'s)? ?(?:[A-Z][\\p{L}]+ )*" + cues.alternation("broadcast-noun") + "?))");
        reported = Pattern.compile("\\b(" + cues.alternation("reporting-verb") + ") that ");
        // The entries hold literals, "?" and character classes only, so none matches more characters than it has.
        reportedReach = cues.entries("reporting-verb").stream().mapToInt(String::length).max().orElse(0);
        venueBefore = Pattern.compile("(?i)\\b" + cues.alternation("venue-preposition") + "\\s+(?:the\\s+)?$");
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.BODY, Layers.SENTENCES, Layers.MENTIONS, Layers.QUOTES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.CLAIMS);
    }

    /** Adds the claims of one article, in text order. */
    @Override
    public void annotate(NewsDoc doc, Deadline deadline) {
        doc.add(Layers.CLAIMS, List.copyOf(new Run(doc.body(), doc.get(Layers.SENTENCES), doc.get(Layers.MENTIONS),
                doc.get(Layers.QUOTES), deadline).resolve()));
    }

    // "Speaking in Downing Street, Theresa May said": a seat of government after a preposition is where
    // the speaker stood, not who spoke.
    private List<Mention> withoutVenues(String body, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            if (!m.seat() || !venueBefore.matcher(body.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                out.add(m);
            }
        }
        return out;
    }

    // "Speaking to the BBC, X said", "X told Reuters": the one spoken to is the medium, never the speaker.
    private List<Mention> withoutListeners(String body, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        // One matcher over the body, its region the 40 characters before each mention: opaque bounds read
        // the region as the substring it stands for, without copying it.
        Matcher before = listener.matcher(body);
        for (Mention m : ms) {
            if (!before.region(Math.max(0, m.start() - 40), m.start()).find()) {
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

    /**
     * A direct claim being read: a quote, and the paragraphs after it that continue the same speech,
     * gathered here and made one claim at the end; remaking the claim for each paragraph would copy the
     * speech so far each time.
     */
    private static final class Speech {
        private final int start;
        private int end;
        private final StringBuilder text;
        private final Attribution by;
        private final Set<Entity> mentions;

        Speech(int start, int end, String text, Attribution by, List<Entity> mentions) {
            this.start = start;
            this.end = end;
            this.text = new StringBuilder(text);
            this.by = by;
            this.mentions = new LinkedHashSet<>(mentions);
        }

        void continueWith(int to, String more, List<Entity> named) {
            end = to;
            text.append(' ').append(more);
            mentions.addAll(named);
        }

        Claim claim() {
            return new Claim(start, end, text.toString(), Claim.Kind.DIRECT, by.speaker, by.description, by.verb,
                    by.medium, new ArrayList<>(mentions));
        }
    }

    /**
     * The claims of one body being read, with its sentences, quotes and mentions indexed once: the
     * questions each quote asks (the sentence it stands in, the speakers before it) are then answered in
     * time independent of the article's length.
     */
    private final class Run {
        private final String body;
        private final Deadline deadline;
        private final List<Mention> mentions;
        private final Sentences sentences;
        private final List<Quote> qs;
        private final int[] quoteStarts;
        /** The furthest end of the quotes up to each one. */
        private final int[] quoteReach;
        private final MentionIndex all;
        private final MentionIndex named;
        private final MentionIndex speakers;
        private final MentionIndex persons;
        /** Persons named outside quotes: the subjects a pronoun may stand for. */
        private final MentionIndex subjects;
        private final Spokes spokes;
        private final Genders genders;

        Run(String body, Sentences sentences, List<Mention> allMentions, List<Quote> quotes, Deadline deadline) {
            this.body = body;
            this.deadline = deadline;
            this.mentions = withoutVenues(body, allMentions);
            this.sentences = sentences;
            this.qs = quotes;
            deadline.check();
            quoteStarts = new int[qs.size()];
            quoteReach = new int[qs.size()];
            for (int k = 0; k < qs.size(); k++) {
                quoteStarts[k] = qs.get(k).start();
                quoteReach[k] = Math.max(k > 0 ? quoteReach[k - 1] : Integer.MIN_VALUE, qs.get(k).end());
            }
            all = new MentionIndex(allMentions, m -> true);
            named = new MentionIndex(mentions, m -> true);
            List<Mention> talking = withoutListeners(body, mentions);
            speakers = new MentionIndex(talking, ClaimResolver::canSpeak);
            persons = new MentionIndex(talking, m -> m.entity().kind() == EntityKind.PERSON);
            subjects = new MentionIndex(talking, m -> m.entity().kind() == EntityKind.PERSON && !inQuote(m.start()));
            genders = new Genders(body, sentences, subjects.within(0, body.length()), genderCues);
            spokes = new Spokes();
        }

        List<Claim> resolve() {
            List<Claim> out = new ArrayList<>();
            Speech speech = null;
            for (Quote q : qs) {
                deadline.check();
                Attribution a = attribute(q, speech);
                if (a.continues && speech != null) {
                    // The next paragraph of the same speech: one claim, not two.
                    speech.continueWith(q.end(), q.text(body), inside(all, q.start(), q.end()));
                    continue;
                }
                if (speech != null) {
                    out.add(speech.claim());
                }
                speech = new Speech(q.start(), q.end(), q.text(body), a, inside(all, q.start(), q.end()));
            }
            if (speech != null) {
                out.add(speech.claim());
            }
            deadline.check();
            out.addAll(reported());
            deadline.check();
            out.addAll(according());
            out.sort((x, y) -> Integer.compare(x.start(), y.start()));
            return out;
        }

        /**
         * The speaker of one quote, by sieves tried from the most precise: (1) the verb of saying right
         * after the quote (or between its parts) with its subject before it ("…,” X said), a spokesperson
         * for a body, a pronoun or role noun, or the subject after it ("…,” said X); (2) the sentence that
         * introduces it ("X said: …", "according to X, …"); (3) an unnamed source kept as a description;
         * (4) the paragraph before it (a quote paragraph continuing a speech, or after the person just named).
         */
        private Attribution attribute(Quote q, Speech previous) {
            // The attribution follows the quote, or splits it: "…,” Morgan wrote. “…”
            int afterStart = q.parts().size() > 1 ? closingMarkEnd(body, q.parts().get(0).end()) : q.end();
            int afterLimit = q.parts().size() > 1 ? q.parts().get(1).start() : sentences.end(q.end());
            String after = body.substring(afterStart, Math.max(afterStart, Math.min(afterLimit, afterStart + 160)));
            // Twenty words reach past an apposition: "…,” Will Moy, chief executive of the website Full Fact, told …".
            Matcher verb = firstVerb(after, 20);
            if (verb != null && !q.introduced() && !endsStatement(q)) {
                Attribution following = following(q, previous, afterStart, after, verb);
                if (following != null) {
                    return following;
                }
            }
            Attribution before = introduction(q, previous);
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
            if (previous != null && paraStart > 0 && previous.end > body.lastIndexOf("\n\n", paraStart - 1) + 2
                    && (previous.by.speaker != null || previous.by.description != null)) {
                return new Attribution(previous.by.speaker, previous.by.description, null, null, true);
            }
            int prevPara = paraStart <= 0 ? 0 : Math.max(0, body.lastIndexOf("\n\n", paraStart - 1));
            Mention last = subjects.last(prevPara, Math.max(prevPara, paraStart));
            if (last == null) {
                last = speakers.last(prevPara, Math.max(prevPara, paraStart));
            }
            return new Attribution(last == null ? null : speakerOf(last), null, null, null);
        }

        // "…keeps improving." The committee has not confirmed …: a quote closed by a full stop and followed by
        // a new sentence has no attribution after it.
        private boolean endsStatement(Quote q) {
            if (q.parts().size() > 1 || !q.text(body).endsWith(".")) {
                return false;
            }
            int i = q.end();
            while (i < body.length() && body.charAt(i) == ' ') {
                i++;
            }
            return i < body.length() && Character.isUpperCase(body.charAt(i));
        }

        // Sieve 1: "…,” X said", "…,” the Kremlin spokesman said", "…,” she added", "…,” said X".
        private Attribution following(Quote q, Speech previous, int afterStart, String after, Matcher verb) {
            String region = after.substring(0, verb.start());
            String medium = medium(after.substring(verb.start()));
            int verbAt = afterStart + verb.start();
            Mention subject = subjectOf(afterStart, verbAt);
            if (spokesperson.matcher(region).find()) {
                // "…," the Kremlin spokesman said: the spokesman of that body named earlier, else the body.
                Entity spokesman = spokes.namedBefore(q.start(), subject);
                if (spokesman == null) {
                    spokesman = subject != null ? speakerOf(subject) : spokes.bodyBefore(q.start());
                }
                return new Attribution(spokesman, null, verb.group(), medium);
            }
            if (subject != null && subject.entity().kind() == EntityKind.PERSON) {
                return new Attribution(speakerOf(subject), null, verb.group(), medium);
            }
            if (neuter.matcher(region).matches()) {
                return new Attribution(lastBody(q.start()), null, verb.group(), medium);
            }
            if (pronoun.matcher(region).matches() || ROLE_NOUN.matcher(region).matches()) {
                return new Attribution(pronounSpeaker(q.start(), genderOf(region), previous), null, verb.group(), medium);
            }
            Entity named = nameInSlot(afterStart, verbAt);
            if (named != null) {
                return new Attribution(named, null, verb.group(), medium);
            }
            if (subject != null) {
                return new Attribution(speakerOf(subject), null, verb.group(), medium);
            }
            if (region.isBlank() || region.strip().equals(",")) {
                return inverted(q, previous, afterStart + verb.end(), verb.group(), medium);
            }
            return null;
        }

        // "…,” said X": a person named right after the verb, else the role the speaker was just named
        // with ("said the former minister"), else a name read from the words there, else any speaker.
        private Attribution inverted(Quote q, Speech previous, int from, String verb, String medium) {
            int to = Math.min(sentences.end(from), from + 80);
            Mention person = persons.first(from, Math.min(to, from + 40));
            Mention any = speakers.first(from, Math.min(to, from + 40));
            String words = body.substring(from, Math.max(from, to));
            if (person != null && (any == null || any == person || person.start() < from + 3)) {
                return new Attribution(speakerOf(person), null, verb, medium);
            }
            if (writing.matcher(words).find()) {
                // "…,” said the statement: the body whose statement it is.
                return new Attribution(lastBody(q.start()), null, verb, medium);
            }
            if (INVERTED_ROLE.matcher(words).find()) {
                return new Attribution(pronounSpeaker(q.start(), Genders.Gender.UNKNOWN, previous), null, verb, medium);
            }
            Matcher slot = INVERTED_SLOT.matcher(words);
            if ((any == null || any.start() > from + 3) && slot.find()) {
                Entity named = speakerNames.ending(slot.group(1), body, from);
                if (named != null) {
                    return new Attribution(named, null, verb, medium);
                }
            }
            if (person != null) {
                return new Attribution(speakerOf(person), null, verb, medium);
            }
            return any == null ? null : new Attribution(speakerOf(any), null, verb, medium);
        }

        /**
         * A speaker read from the words before a verb of saying when no mention stands there: the name the
         * subject slot ends with ("Will Moy, chief executive of X,", "CNN meteorologist Todd Borek"), its
         * apposition and a following "with the X" left out; null when the slot holds a mention or no name.
         */
        private Entity nameInSlot(int from, int verbAt) {
            String region = body.substring(from, verbAt);
            String[] parts = region.split(",");
            // From the part nearest the verb back: "In a statement, the X Agency, which …, said" is the Agency's.
            for (int k = parts.length - 1; k >= Math.max(0, parts.length - 4); k--) {
                String slot = LEADING_THE.matcher(parts[k].strip()).replaceFirst("");
                if (slot.isEmpty() || !Character.isUpperCase(slot.charAt(0))) {
                    continue;
                }
                Matcher cut = SLOT_TAIL.matcher(slot);
                if (cut.find()) {
                    slot = slot.substring(0, cut.start());
                }
                int at = body.indexOf(slot, from);
                if (at < 0 || at >= verbAt) {
                    continue;
                }
                List<Mention> inSlot = all.within(at, at + slot.length());
                if (!inSlot.isEmpty() && inSlot.get(inSlot.size() - 1).end() >= at + slot.strip().length() - 1) {
                    return null; // the slot ends with a mention: a name the reader knows, not ours to read
                }
                Entity named = speakerNames.ending(slot, body, at);
                if (named != null) {
                    return named;
                }
            }
            return null;
        }

        // "Mr Clegg told a Whitehall press conference: ‘…’", "Here’s Admiral Lord West:" (block below).
        private Attribution introduction(Quote q, Speech previous) {
            int s = sentences.start(q.start());
            int e = q.start();
            // The sentence start skips whitespace up to the quote: [s, e) is blank exactly when empty.
            if (s == e) {
                int prevEnd = s;
                while (prevEnd > 0 && Character.isWhitespace(body.charAt(prevEnd - 1))) {
                    prevEnd--;
                }
                if (prevEnd == 0 || body.charAt(prevEnd - 1) != ':') {
                    return null;
                }
                e = prevEnd;
                s = sentences.start(prevEnd - 1);
            }
            if (e - s > LONGEST_INTRODUCTION) {
                return null;
            }
            String intro = body.substring(s, e);
            Matcher verb = firstVerb(intro, 60);
            boolean colon = intro.strip().endsWith(":") || intro.strip().endsWith(",");
            if (verb == null && !colon) {
                return null;
            }
            String verbText = verb == null ? null : verb.group();
            String medium = verb == null ? null : medium(intro.substring(verb.start()));
            Matcher spokes = spokesperson.matcher(intro);
            if (spokes.find()) {
                // "Kremlin spokesman Dmitry Peskov told reporters": the spokesman is named, and speaks.
                Mention named = speakers.firstStartingIn(s + spokes.end(), s + spokes.end() + 3);
                if (named != null && named.entity().kind() == EntityKind.PERSON) {
                    return new Attribution(named.entity(), null, verbText, medium);
                }
                Mention body0 = speakers.last(s, s + spokes.start());
                if (body0 != null) {
                    return new Attribution(speakerOf(body0), null, verbText, medium);
                }
            }
            int subjectEnd = verb == null ? e : s + verb.start();
            String lead = body.substring(s, subjectEnd).strip();
            // "He said of Putin: …": a pronoun subject is tried before any name after the verb.
            // "He was also certain that …, stating, …": a sentence about a pronoun and no one named is theirs.
            if (verb != null && neuter.matcher(lead).matches()) {
                return new Attribution(lastBody(s), null, verbText, medium);
            }
            if (verb != null && (pronoun.matcher(lead).matches()
                    || leadingPronoun.matcher(lead).find() && speakers.first(s, subjectEnd) == null)) {
                return new Attribution(pronounSpeaker(s, genderOf(lead), previous), null, verbText, medium);
            }
            // "X, the head of Y, issued the following statement:": with no verb of saying, the words up to the colon.
            Mention subject = subjectOf(s, subjectEnd);
            if (subject == null || subject.entity().kind() != EntityKind.PERSON) {
                Entity named = nameInSlot(s, subjectEnd);
                if (named != null) {
                    return new Attribution(named, null, verbText, medium);
                }
            }
            if (subject == null) {
                subject = speakers.first(s, subjectEnd);
            }
            if (subject != null) {
                return new Attribution(speakerOf(subject), null, verbText, medium);
            }
            String description = FINAL_COMMA_OR_COLON.matcher(lead).replaceAll("").strip();
            return description.isEmpty() || verb == null ? null : new Attribution(null, description, verbText, medium);
        }

        // "X said that …", "according to X, …": reported speech, kept but not quoted.
        private List<Claim> reported() {
            List<Claim> out = new ArrayList<>();
            Matcher m = reported.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
            for (int from = 0; findReported(body, m, from); from = m.end()) {
                deadline.check();
                int s = sentences.start(m.start());
                int e = sentences.end(m.end());
                if (inQuote(m.start()) || e <= m.end() || e - m.end() > LONGEST_REPORTED) {
                    continue;
                }
                Mention subject = speakers.last(s, m.start());
                if (subject == null) {
                    continue;
                }
                String text = FINAL_FULL_STOP.matcher(body.substring(m.end(), e).strip()).replaceAll("");
                if (SPACES.split(text).length < 4) {
                    continue;
                }
                out.add(new Claim(m.end(), e, text, Claim.Kind.REPORTED, speakerOf(subject), null,
                        m.group(1), null, inside(named, m.end(), e)));
            }
            return out;
        }

        // "According to X, …" and "…, according to X.": the sentence is X's claim.
        private List<Claim> according() {
            List<Claim> out = new ArrayList<>();
            Matcher m = ACCORDING.matcher(body);
            while (m.find()) {
                deadline.check();
                if (inQuote(m.start())) {
                    continue;
                }
                Mention source = speakers.first(m.end(), m.end() + 40);
                if (source == null) {
                    continue;
                }
                int s = sentences.start(m.start());
                int e = sentences.end(m.end());
                int from;
                int to;
                // The sentence start skips whitespace up to the match: [s, m.start()) is blank exactly when empty.
                if (s == m.start()) {
                    int comma = indexOfComma(source.end(), e);
                    from = comma < 0 ? source.end() : comma + 1;
                    to = e;
                } else {
                    from = s;
                    to = m.start();
                }
                // A sentence that ends inside the source's name ("St. Petersburg") leaves nothing after it.
                if (from > to || to - from > LONGEST_REPORTED) {
                    continue;
                }
                String text = FINAL_COMMA_OR_FULL_STOP.matcher(body.substring(from, to).strip()).replaceAll("").strip();
                if (SPACES.split(text).length >= 4) {
                    out.add(new Claim(from, to, text, Claim.Kind.REPORTED, speakerOf(source), null, "according to",
                            null, inside(named, from, to)));
                }
            }
            return out;
        }

        // The first comma in [from, to], or -1: one after the sentence's end is not the sentence's.
        private int indexOfComma(int from, int to) {
            for (int i = from; i <= to && i < body.length(); i++) {
                if (body.charAt(i) == ',') {
                    return i;
                }
            }
            return -1;
        }

        // "he said": the first person named outside quotes in the nearest sentence before that names one
        // the pronoun can stand for; one whose gender the text shows and fits goes before one it does not show.
        private Entity lastSubject(int before, Genders.Gender gender) {
            int end = before;
            for (int k = 0; k < 6 && end > 0; k++) {
                // A "sentence" longer than an introduction is no prose: only its last stretch is read.
                int start = Math.max(sentences.start(Math.max(0, end - 1)), end - LONGEST_INTRODUCTION);
                Mention fitting = null;
                Entity opening = openingName(start, end);
                if (opening != null) {
                    return opening;
                }
                for (Mention m : subjects.within(start, end)) {
                    Genders.Gender g = genders.of(m.entity());
                    if (g.fits(gender) && (g != Genders.Gender.UNKNOWN || gender == Genders.Gender.UNKNOWN)) {
                        return m.entity();
                    }
                    if (fitting == null && g.fits(gender)) {
                        fitting = m;
                    }
                }
                if (fitting != null) {
                    return fitting.entity();
                }
                // "A senior diplomat, who …, said the jets …": someone unnamed spoke last, and the pronoun is theirs.
                if (unnamedSpeaks(start, end)) {
                    return null;
                }
                end = start;
            }
            return null;
        }

        /**
         * "he said" after a quote: the speaker of the quote just before when the pronoun fits them and no
         * other person is named outside quotes since (a conversation goes on), else the last subject.
         */
        private Entity pronounSpeaker(int before, Genders.Gender gender, Speech previous) {
            if (previous != null && previous.by.speaker != null
                    && previous.by.speaker.kind() == EntityKind.PERSON
                    && genders.of(previous.by.speaker).fits(gender)
                    && previous.end <= before && subjects.first(previous.end, before) == null
                    && paragraphBreaks(previous.end, before) <= 1
                    && !unnamedSpeakerIn(previous.end, before)) {
                return previous.by.speaker;
            }
            return lastSubject(before, gender);
        }

        /**
         * The person a sentence opens with when no mention covers them ("Opposition leader Yair Lapid, who
         * …", "Councillor Tom Shortt called …"): a run of capitalised words in its first few, followed by a
         * comma or a lower-case word, that a title, a given name or a role word before it marks as a person.
         */
        private Entity openingName(int start, int end) {
            Matcher m = OPENING_NAME.matcher(body).region(start, Math.min(end, start + 120));
            if (!m.lookingAt() || !all.within(m.start(2), m.end(2)).isEmpty()) {
                return null;
            }
            Entity e = speakerNames.ending(m.group(2), body, start);
            boolean marked = !m.group(1).isBlank() || speakerNames.marked(m.group(2));
            return e != null && e.kind() == EntityKind.PERSON && marked && e.name().contains(" ") ? e : null;
        }

        // "A senior diplomat, who …, said the jets …": a sentence in which someone unnamed speaks.
        private boolean unnamedSpeaks(int start, int end) {
            if (inQuote(start) || !unnamedSource.matcher(body).region(start, end).lookingAt()) {
                return false;
            }
            Matcher verb = firstVerb(body.substring(start, Math.min(end, start + LONGEST_INTRODUCTION)), 60);
            return verb != null && speakers.first(start, start + verb.start()) == null;
        }

        private boolean unnamedSpeakerIn(int from, int to) {
            int i = from;
            while (i < to) {
                while (i < to && Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
                if (i >= to) {
                    return false;
                }
                int end = Math.max(sentences.end(i), i + 1);
                if (unnamedSpeaks(i, Math.min(end, to))) {
                    return true;
                }
                i = end;
            }
            return false;
        }

        /**
         * "it said": the organisation named outside quotes in the nearest sentence before that names one,
         * or that a sentence opens with ("The Food Standards Agency warned …").
         */
        private Entity lastBody(int before) {
            int end = before;
            for (int k = 0; k < 6 && end > 0; k++) {
                int start = Math.max(sentences.start(Math.max(0, end - 1)), end - LONGEST_INTRODUCTION);
                for (Mention m : speakers.within(start, end)) {
                    if (m.entity().kind() != EntityKind.PERSON && !inQuote(m.start())) {
                        return speakerOf(m);
                    }
                }
                Matcher m = OPENING_NAME.matcher(body).region(start, Math.min(end, start + 120));
                if (m.lookingAt() && !inQuote(start)) {
                    Entity e = speakerNames.ending(m.group(2), body, start);
                    if (e != null && e.kind() == EntityKind.ORGANIZATION) {
                        return e;
                    }
                }
                end = start;
            }
            return null;
        }

        private int paragraphBreaks(int from, int to) {
            int n = 0;
            for (int i = body.indexOf("\n\n", from); i >= 0 && i < to; i = body.indexOf("\n\n", i + 2)) {
                n++;
            }
            return n;
        }

        private Genders.Gender genderOf(String pronounPhrase) {
            return genderCues.malePronoun().matcher(pronounPhrase).find() ? Genders.Gender.MALE
                    : genderCues.femalePronoun().matcher(pronounPhrase).find() ? Genders.Gender.FEMALE
                    : Genders.Gender.UNKNOWN;
        }

        /**
         * The subject of a verb of saying at {@code verbAt}, named in [from, verbAt): the first person whose
         * words run to the verb with nothing between but an apposition or a few words ("X, the head of Y,
         * said", "X on Monday said"), else the first organisation so placed; null when none is.
         */
        private Mention subjectOf(int from, int verbAt) {
            for (MentionIndex idx : List.of(persons, speakers)) {
                for (Mention m : idx.within(from, verbAt)) {
                    String gap = body.substring(m.end(), verbAt);
                    if (APPOSITION.matcher(gap).matches()
                            || SUBJECT_GAP.matcher(gap).matches() && idx.first(m.end(), verbAt) == null) {
                        return m;
                    }
                }
            }
            return null;
        }

        private boolean inQuote(int i) {
            int lo = PositionSearch.countAtMost(quoteStarts, i);
            return lo > 0 && quoteReach[lo - 1] > i;
        }

        private Entity speakerOf(Mention m) {
            if (m.seat()) {
                String name = LEADING_THE.matcher(m.text()).replaceFirst("");
                return Entity.named(name, EntityKind.ORGANIZATION);
            }
            return m.entity();
        }

        /**
         * Every "spokesman" of the body, once, with the person named right after it and the speaker named
         * just before it (whose spokesman it is): a quote attributed to "the spokesman" looks back through
         * them by binary search rather than searching the body before it again.
         */
        private final class Spokes {
            private final int[] starts;
            private final int[] ends;
            /** The person named right after each, or null. */
            private final Entity[] person;
            /** Per match, the index of the last match up to it naming a person, or -1. */
            private final int[] lastNaming;
            /** The matches naming a person, by the text of the speaker named before them. */
            private final Map<String, List<Integer>> namingByOwner = new HashMap<>();

            Spokes() {
                List<int[]> found = new ArrayList<>();
                Matcher m = spokesperson.matcher(body);
                while (m.find()) {
                    found.add(new int[] {m.start(), m.end()});
                }
                int n = found.size();
                starts = new int[n];
                ends = new int[n];
                person = new Entity[n];
                lastNaming = new int[n];
                for (int k = 0; k < n; k++) {
                    starts[k] = found.get(k)[0];
                    ends[k] = found.get(k)[1];
                    Mention p = speakers.firstStartingIn(ends[k], ends[k] + 3);
                    boolean naming = p != null && p.entity().kind() == EntityKind.PERSON;
                    person[k] = naming ? p.entity() : null;
                    lastNaming[k] = naming ? k : k > 0 ? lastNaming[k - 1] : -1;
                    Mention owner = speakers.last(Math.max(0, starts[k] - 60), starts[k]);
                    if (naming && owner != null) {
                        namingByOwner.computeIfAbsent(owner.text(), t -> new ArrayList<>()).add(k);
                    }
                }
            }

            // "…," the Kremlin spokesman said: the last spokesman named before, of the same body when the
            // attribution names one ("Kremlin spokesman Dmitry Peskov").
            Entity namedBefore(int before, Mention of) {
                int k = lastEndingBy(before);
                if (of == null) {
                    return k >= 0 && lastNaming[k] >= 0 ? person[lastNaming[k]] : null;
                }
                List<Integer> same = namingByOwner.getOrDefault(of.text(), List.of());
                int lo = PositionSearch.countAtMost(same.size(), same::get, k);
                return lo > 0 ? person[same.get(lo - 1)] : null;
            }

            // "the spokesperson said": the body of the last "X spokesman" before.
            Entity bodyBefore(int before) {
                int k = lastEndingBy(before);
                if (k < 0) {
                    return null;
                }
                Mention x = speakers.last(Math.max(0, starts[k] - 60), starts[k]);
                return x == null ? null : speakerOf(x);
            }

            // The last match that ends by the given position, as a search of the body before it finds; -1 if none.
            private int lastEndingBy(int before) {
                return PositionSearch.countAtMost(ends, before) - 1;
            }
        }
    }

    /**
     * The next match of {@link #reported} from {@code from}, as {@code find()} on the whole body would
     * give it. Every match ends in " that ", so only the few characters before each " that " are tried
     * rather than every position of the body; matches cannot overlap, so the next one ends at the first
     * " that " where the pattern matches.
     */
    private boolean findReported(String body, Matcher m, int from) {
        for (int at = body.indexOf(REPORTED_END, from); at >= 0; at = body.indexOf(REPORTED_END, at + 1)) {
            m.region(Math.max(from, at - reportedReach), at + REPORTED_END.length());
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean canSpeak(Mention m) {
        return m.entity().isActor() || m.seat();
    }

    // The distinct entities named within [from, to), in order.
    private static List<Entity> inside(MentionIndex ms, int from, int to) {
        Set<Entity> out = new LinkedHashSet<>();
        for (Mention m : ms.within(from, to)) {
            out.add(m.entity());
        }
        return new ArrayList<>(out);
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

    private String medium(String s) {
        Matcher m = medium.matcher(s);
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

}
