package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.doc.Token;
import org.newsgraph.reference.Lexicon;
import org.newsgraph.reference.Vocabulary;
import org.newsgraph.text.Tokenizer;

/**
 * Finds names the reference data does not know, from capitalisation, titles, given names,
 * organisation head nouns and verbs of saying: the pattern half of mention recognition. Pure.
 */
public final class NameFinder {

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von",
            "der", "den", "la", "le", "abu", "bint", "ben");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the");
    /** "al-Assad", "ash-Shabaab": a lower-case Arabic article before a capital. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|as|ash|an|ar|at|az)-\\p{Lu}.*");

    // What the lexicon says of a word, as bits: a run's words are asked several of these questions,
    // and one look-up answers them all.
    private static final int STARTER = 1;
    private static final int TITLE = 2;
    private static final int ORG_HEAD = 4;
    /** The first word of a two-word title ("Prime" of "Prime Minister"). */
    private static final int TITLE_HEAD = 8;

    /** A single capital with a full stop before another capitalised word: an initial ("J. K. Rowling"). */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    private final Lexicon lexicon;
    /** "the chief executive, Wanjiru Kamau": a person noun just before a name. */
    private final Pattern personBefore;
    /** "Kjersti Braathen, the head of": a person noun in the apposition after a name. */
    private final Pattern personAfter;
    /** "the carmaker Tesla", "the environmental group Friends of the Arctic". */
    private final Pattern orgBefore;
    /** "Friends of the Arctic, an environmental group", "Tesla's shares". */
    private final Pattern orgAfter;
    /** "Stockholm-based", "Kremlin-backed": a hyphenated adjective made from a name. */
    private final Pattern adjectiveSuffix;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, Integer> lexicalClasses = new HashMap<>();
    /** The length of the longest title ending in a full stop ("Gen."): a longer word ending in one ends a sentence. */
    private final int longestAbbreviation;

    /** @param cues the person and organisation nouns of appositions (rules/entity-cues.tsv) */
    public NameFinder(Lexicon lexicon, Vocabulary cues) {
        this.lexicon = lexicon;
        adjectiveSuffix = Pattern.compile(".+-" + cues.alternation("adjective-suffix") + "\\.?");
        String person = cues.alternation("person-noun");
        String org = cues.alternation("org-noun");
        // Up to three modifiers between the article and the noun ("the company's new chief executive"), none
        // a function word or a noun of the other kind: "the head of the group" is a person, "the rights
        // group whose director" a body.
        String glue = "(?:of|for|the|a|an|in|at|on|to|by|from|with|and|or|who|whose|which|that)";
        String personNoun = person + "\\b(?!['’]s|[ -]" + org + "\\b)";
        String orgNoun = org + "\\b(?!['’]s|[ -]" + person + "\\b)";
        String personMods = "(?:(?!(?:" + glue + "|" + org + ") )[\\p{Ll}\\p{N}'’-]+ ){0,3}?";
        String orgMods = "(?:(?!(?:" + glue + "|" + person + ") )[\\p{Ll}\\p{N}'’-]+ ){0,3}?";
        String article = "(?:the|a|an|its|his|her|their|our)";
        personBefore = Pattern.compile("(?:^|[^\\p{L}])" + person + ",? $");
        personAfter = Pattern.compile("^, (?:\\p{N}+, )?" + article + " " + personMods
                + "(?:\\p{Lu}[\\p{L}'’-]* )?" + personMods + personNoun);
        orgBefore = Pattern.compile("(?:^|[^\\p{L}])(?:[Tt]he|[Aa]n?|its|rival|fellow) " + orgMods + org + ",? $");
        orgAfter = Pattern.compile("^(?:, (?:the|a|an) " + orgMods + "(?:\\p{Lu}[\\p{L}'’-]* )?" + orgMods + orgNoun
                + "|['’]s? "
                + cues.alternation("org-possession") + "\\b)");
        lexicon.sentenceStarters().forEach(w -> lexicalClasses.merge(w, STARTER, (a, b) -> a | b));
        lexicon.orgHeads().forEach(w -> lexicalClasses.merge(w, ORG_HEAD, (a, b) -> a | b));
        int longest = 0;
        for (String t : lexicon.titles()) {
            if (t.endsWith(".")) {
                longest = Math.max(longest, t.length());
            }
            lexicalClasses.merge(t, TITLE, (a, b) -> a | b);
            int space = t.indexOf(' ');
            if (space >= 0 && space == t.lastIndexOf(' ')) {
                lexicalClasses.merge(t.substring(0, space), TITLE_HEAD, (a, b) -> a | b);
            }
        }
        longestAbbreviation = longest;
    }

    /** Whether a word is a given name ("Aslı", "Tomas"). */
    public boolean isGivenName(String word) {
        return !word.isEmpty() && lexicon.givenNames().contains(word);
    }

    /**
     * Whether a capitalised word may start a person's name as the lexicon sees it: not a word that opens
     * sentences, a title or an organisation's head noun ("Aslı" in "Aslı Demirtaş", not "The" or "Mr").
     */
    public boolean mayStartName(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && (lexicalClasses.getOrDefault(word, 0) & (STARTER | TITLE | ORG_HEAD | TITLE_HEAD)) == 0;
    }

    /** Whether a word heads organisation names ("Council", "Court"), which may take a complement ("... on Foreign Relations"). */
    public boolean isOrgHead(String word) {
        return (lexicalClasses.getOrDefault(word, 0) & ORG_HEAD) != 0;
    }

    /** Whether a word is a verb of saying ("said", "told"), whose subject just before it is a speaker. */
    public boolean isSayingVerb(String word) {
        return lexicon.sayingVerbs().contains(word);
    }

    /** Whether a capitalised word usually opens a sentence ("Monday", "The") rather than a name. */
    public boolean isSentenceStarter(String word) {
        return (lexicalClasses.getOrDefault(word, 0) & STARTER) != 0;
    }

    /** A word of the body: [start, end), its text, and once asked, the lexicon's classes of its bare form. */
    private final class Word {
        private final int start;
        private final int end;
        private final String text;
        private int classes = -1;

        Word(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String text() {
            return text;
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }

        boolean is(int lexicalClass) {
            if (classes < 0) {
                classes = lexicalClasses.getOrDefault(bare(), 0);
            }
            return (classes & lexicalClass) != 0;
        }
    }

    /**
     * Candidates in {@code text}; {@code taken[i]} marks characters already named by the gazetteer,
     * which split runs of capitalised words.
     */
    public List<NameCandidate> find(String text, boolean[] taken) {
        return find(text, taken, new boolean[taken.length]);
    }

    /**
     * As {@link #find(String, boolean[])}, where {@code soft[i]} marks country names and demonyms,
     * which may stand inside an organisation's name ("Russian Academy of Sciences", "International
     * Syria Support Group") but end a person's.
     */
    public List<NameCandidate> find(String text, boolean[] taken, boolean[] soft) {
        return find(text, tokenizer.tokenize(text), taken, soft);
    }

    /** As {@link #find(String, boolean[], boolean[])}, over the text's tokens as the token layer holds them. */
    public List<NameCandidate> find(String text, List<Token> tokens, boolean[] taken, boolean[] soft) {
        return new Scan(text, tokens, taken, soft).candidates();
    }

    static boolean arabicArticle(String word) {
        return ARABIC_ARTICLE.matcher(word).matches();
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static String withoutThe(String name) {
        return name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
    }

    /** One call of {@link #find(String, boolean[], boolean[])}: the text, its marks and its words. */
    private final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final boolean[] taken;
        private final boolean[] soft;
        private final List<Word> words = new ArrayList<>();
        /** Runs shaped like a person's name with nothing beside them to say so: see {@link #confirmed}. */
        private final List<NameCandidate> unsure = new ArrayList<>();

        Scan(String text, List<Token> tokens, boolean[] taken, boolean[] soft) {
            this.text = text;
            this.tokens = tokens;
            this.taken = taken;
            this.soft = soft;
        }

        List<NameCandidate> candidates() {
            for (Token token : tokens) {
                if (!tokenizer.isWord(text, token)) {
                    continue;
                }
                int start = token.start();
                int end = token.end();
                // A possessive is not part of the name: "David Cameron’s spokesman", "Mr Trumps" aside.
                if (end - start > 3 && text.charAt(end - 1) == 's' && apostrophe(text.charAt(end - 2))) {
                    end -= 2;
                } else if (end - start > 2 && apostrophe(text.charAt(end - 1))) {
                    end -= 1;
                }
                // A full stop ends a sentence unless it ends a title abbreviation ("Gen.", "Dr.") or an
                // initial before a capitalised word ("J. K. Smith").
                if (text.charAt(end - 1) == '.' && (end - start > longestAbbreviation
                        || !lexicon.titles().contains(text.substring(start, end))) && !initial(start, end)) {
                    end--;
                }
                words.add(new Word(start, end, text.substring(start, end)));
            }
            List<NameCandidate> out = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                if (!nameWord(words.get(i))) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < words.size() && adjacent(words.get(j - 1), words.get(j))
                        && (nameWord(words.get(j)) || particle(j) || connector(j))) {
                    j++;
                }
                classify(words.subList(i, j), j, out);
                i = j;
            }
            confirmed(out);
            // Former states and the like look like organisations to the patterns but are neither actors nor countries.
            out.removeIf(c -> lexicon.notEntities().contains(withoutThe(c.name())));
            return out;
        }

        // "Wanjiru Kamau" with nothing beside it is a person's name if the article also calls her
        // "Ms Kamau" or has "Kamau said": its last word is then a surname.
        private void confirmed(List<NameCandidate> out) {
            if (unsure.isEmpty()) {
                return;
            }
            Set<String> surnames = new HashSet<>();
            for (int k = 1; k < words.size(); k++) {
                Word w = words.get(k);
                Word before = words.get(k - 1);
                boolean titled = before.is(TITLE) && adjacent(before, w);
                if (w.capitalised() && (titled || saying(k + 1)) && mayStartName(w.bare())) {
                    surnames.add(w.bare());
                }
            }
            for (NameCandidate c : unsure) {
                if (surnames.contains(c.name().substring(c.name().lastIndexOf(' ') + 1))) {
                    out.add(c);
                }
            }
            out.sort(Comparator.comparingInt(NameCandidate::start));
        }

        private boolean initial(int start, int end) {
            return end - start == 2 && INITIAL.matcher(text.subSequence(start, end)).matches() && end + 1 < text.length()
                    && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
        }

        // "Stockholm-based", "UK-led": an adjective made from a name is not a name's word.
        private boolean nameWord(Word w) {
            if (w.text().indexOf('-') > 0 && adjectiveSuffix.matcher(w.text()).matches()) {
                return false;
            }
            return (w.capitalised() || arabicArticle(w.text()))
                    && (!taken[w.start()] && !taken[w.end() - 1] || isSoft(w));
        }

        private boolean isSoft(Word w) {
            return w.start() < soft.length && soft[w.start()] && soft[w.end() - 1];
        }

        private boolean adjacent(Word a, Word b) {
            return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
        }

        private boolean particle(int j) {
            return PARTICLES.contains(words.get(j).text()) && j + 1 < words.size()
                    && adjacent(words.get(j), words.get(j + 1)) && nameWord(words.get(j + 1));
        }

        // "House of Commons", "Foreign and Commonwealth Office": lower-case glue inside organisation names.
        private boolean connector(int j) {
            if (!CONNECTORS.contains(words.get(j).text())) {
                return false;
            }
            // "the" glues only after another glue word ("Friends of the Earth"), not on its own ("Tokyo the Party").
            if (words.get(j).text().equals("the") && !(j > 0 && CONNECTORS.contains(words.get(j - 1).text())
                    && !words.get(j - 1).text().equals("the"))) {
                return false;
            }
            int k = j + 1;
            if (k < words.size() && words.get(k).text().equals("the") && adjacent(words.get(j), words.get(k))) {
                k++;
            }
            if (!(k < words.size() && adjacent(words.get(k - 1), words.get(k)) && nameWord(words.get(k)))
                    || words.get(k).is(STARTER)) {
                return false;
            }
            // "Council on Foreign Relations" names a topic of two words or more; "Council on Kashmir" and
            // "Council on August" are a body and what it did.
            return !words.get(j).text().equals("on") || k + 1 < words.size() && adjacent(words.get(k), words.get(k + 1))
                    && nameWord(words.get(k + 1));
        }

        private void classify(List<Word> run, int next, List<NameCandidate> out) {
            int from = 0;
            // Words that open sentences, and the glue after them ("Monday and the Council"), start no name.
            while (from < run.size() && (run.get(from).is(STARTER)
                    || !run.get(from).capitalised() && !arabicArticle(run.get(from).text()))) {
                from++;
            }
            // "May told the House": a word that usually starts sentences is a surname when it says something.
            if (run.size() == 1 && from == 1 && saying(next)) {
                Word w = run.get(0);
                out.add(new NameCandidate(w.start(), w.end(), w.bare(), null, NameCandidate.Shape.BARE_WORD));
                return;
            }
            if (from == run.size()) {
                return;
            }
            List<Word> r = run.subList(from, run.size());
            if (next != -1 && orgContext(r)) {
                out.add(new NameCandidate(r.get(0).start(), r.get(r.size() - 1).end(), span(text, r), null,
                        NameCandidate.Shape.ORGANIZATION));
                return;
            }
            int glue = personBeforeGlue(r);
            if (glue > 0) {
                // "Prof Jane Goodwin of the University of Leeds": a person of a body, two names.
                classify(r.subList(0, glue), -1, out);
                int k = glue + 1;
                while (k < r.size() && !r.get(k).capitalised()) {
                    k++;
                }
                if (k < r.size()) {
                    classify(r.subList(k, r.size()), next, out);
                }
                return;
            }
            if (isOrganization(r)) {
                // "British Government", "Russian Navy": a country's own body, counted as the country.
                int ownWords = 0;
                for (Word w : r) {
                    if (w.capitalised() && !isSoft(w)) {
                        ownWords++;
                    }
                }
                if (r.size() >= 2 && !isSoft(r.get(r.size() - 1)) && ownWords >= 2) {
                    out.add(new NameCandidate(r.get(0).start(), r.get(r.size() - 1).end(), span(text, r), null,
                            NameCandidate.Shape.ORGANIZATION));
                }
                return;
            }
            boolean hasSoft = false;
            boolean hasConnector = false;
            for (Word w : r) {
                hasSoft |= isSoft(w);
                hasConnector |= !w.capitalised() && CONNECTORS.contains(w.text());
            }
            if (hasSoft) {
                // Not an organisation: a country word ends the names either side of it ("Russian Yuri Malenchenko").
                int k = 0;
                for (int x = 0; x <= r.size(); x++) {
                    if (x == r.size() || isSoft(r.get(x))) {
                        if (x > k) {
                            classify(r.subList(k, x), x == r.size() ? next : -1, out);
                        }
                        k = x + 1;
                    }
                }
                return;
            }
            if (hasConnector && saying(next) && r.get(0).capitalised() && !r.get(0).is(TITLE)) {
                // "Friends of the Earth said": a name with "of" glue that speaks is a body's, never a person's.
                out.add(new NameCandidate(r.get(0).start(), r.get(r.size() - 1).end(), span(text, r), null,
                        NameCandidate.Shape.ORGANIZATION));
                return;
            }
            if (hasConnector) {
                // Not an organisation: the parts either side of the glue may still be names.
                int k = 0;
                for (int x = 0; x <= r.size(); x++) {
                    if (x == r.size() || !r.get(x).capitalised()) {
                        if (x > k) {
                            classify(r.subList(k, x), x == r.size() ? next : -1, out);
                        }
                        k = x + 1;
                    }
                }
                return;
            }
            // The name follows the last title: "Labour MP John Mann", "Admiral Lord West".
            int t = 0;
            int titleStart = -1;
            String title = null;
            for (int x = 0; x < r.size() - 1; x++) {
                int n = titleWords(r, x);
                if (n > 0 && x + n < r.size()) {
                    title = span(text, r.subList(x, x + n));
                    titleStart = r.get(x).start();
                    t = x + n;
                    x += n - 1;
                }
            }
            if (t == r.size()) {
                return;
            }
            List<Word> name = r.subList(t, r.size());
            if (allTitles(name)) {
                return; // "the Foreign Secretary": a role, resolved elsewhere by date
            }
            // "Energy Editor Ingrid Solvang": words before a given name inside the run are a role.
            for (int x = 1; x + 1 < name.size() && name.size() > 2; x++) {
                if (lexicon.givenNames().contains(name.get(x).bare())
                        && !lexicon.givenNames().contains(name.get(0).bare())) {
                    if (title == null) {
                        title = span(text, name.subList(0, x));
                        titleStart = name.get(0).start();
                    }
                    name = name.subList(x, name.size());
                    break;
                }
            }
            if (name.size() >= 2 && name.size() <= 4) {
                // Surname first in East Asian names: "Xi Jinping", "Kim Jong-un".
                boolean given = lexicon.givenNames().contains(name.get(0).bare())
                        || name.size() == 2 && lexicon.givenNames().contains(name.get(1).bare());
                NameCandidate c = new NameCandidate(name.get(0).start(), name.get(name.size() - 1).end(),
                        span(text, name), title, NameCandidate.Shape.PERSON);
                if (given || title != null || saying(next) || initials(name) || personContext(name)) {
                    out.add(c);
                } else if (run.size() == name.size()) {
                    unsure.add(c);
                }
            } else if (name.size() == 1) {
                Word w = name.get(0);
                if (title != null) {
                    out.add(new NameCandidate(titleStart, w.end(), w.bare(), title, NameCandidate.Shape.TITLED_SURNAME));
                } else if (!precededByThe(text, w.start())) {
                    // No title, so w is r's first word, which the loop above found is not a sentence starter.
                    out.add(new NameCandidate(w.start(), w.end(), w.bare(), null, NameCandidate.Shape.BARE_WORD));
                }
            }
        }

        // The apposition or noun beside a name says what it is when the lexicon does not know it.
        private boolean personContext(List<Word> name) {
            int start = name.get(0).start();
            int end = name.get(name.size() - 1).end();
            return personBefore.matcher(text.substring(Math.max(0, start - 40), start)).find()
                    || personAfter.matcher(text.substring(end, Math.min(text.length(), end + 80))).find()
                    || sayingBefore(start);
        }

        private boolean orgContext(List<Word> r) {
            // Every word of the name the text's own: a known name (country, person) inside is not a new body.
            for (Word w : r) {
                if (taken[w.start()] && !isSoft(w)) {
                    return false;
                }
            }
            if (r.size() > 6 || allTitles(r) || r.size() == 1 && isSoft(r.get(0))) {
                return false;
            }
            int start = r.get(0).start();
            int end = r.get(r.size() - 1).end();
            return orgBefore.matcher(text.substring(Math.max(0, start - 50), start)).find()
                    || orgAfter.matcher(text.substring(end, Math.min(text.length(), end + 80))).find();
        }

        // "said Kjersti Braathen": a verb of saying just before the name, its subject inverted.
        private boolean sayingBefore(int start) {
            int e = start - 1;
            if (e < 1 || text.charAt(e) != ' ') {
                return false;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            return b < e && lexicon.sayingVerbs().contains(text.substring(b, e));
        }

        private boolean initials(List<Word> name) {
            for (int x = 0; x < name.size() - 1; x++) {
                if (INITIAL.matcher(name.get(x).text()).matches()) {
                    return true;
                }
            }
            return false;
        }

        private boolean saying(int next) {
            return next > 0 && next < words.size() && lexicon.sayingVerbs().contains(words.get(next).text())
                    && adjacent(words.get(next - 1), words.get(next));
        }
    }

    private boolean allTitles(List<Word> ws) {
        for (Word w : ws) {
            if (!w.is(TITLE)) {
                return false;
            }
        }
        return true;
    }

    // Where "of" glues a titled or given-named person to a body ("Prof Jane Goodwin of the University"):
    // the index of the glue word, or -1.
    private int personBeforeGlue(List<Word> r) {
        for (int x = 1; x + 1 < r.size(); x++) {
            if (!r.get(x).text().equals("of")) {
                continue;
            }
            List<Word> left = r.subList(0, x);
            boolean person = false;
            for (Word w : left) {
                if (w.is(ORG_HEAD) || !w.capitalised()) {
                    return -1;
                }
                person |= w.is(TITLE) && left.size() >= 2 || lexicon.givenNames().contains(w.bare());
            }
            return person && left.size() >= 2 ? x : -1;
        }
        return -1;
    }

    // An organisation name ends in its head noun ("Foreign and Commonwealth Office"), or the head is
    // followed by of/for/on and a name ("Ministry of Defence", "Committee on Foreign Affairs").
    private boolean isOrganization(List<Word> r) {
        if (r.get(r.size() - 1).is(ORG_HEAD)) {
            return true;
        }
        for (int x = 0; x + 2 < r.size(); x++) {
            String next = r.get(x + 1).text();
            if ((next.equals("of") || next.equals("for") || next.equals("on")) && r.get(x).is(ORG_HEAD)) {
                // "Ministry of Defence and Foreign Office" is two bodies; "Institute for Security and
                // Development Policy" is one.
                boolean and = false;
                for (Word w : r.subList(x + 2, r.size())) {
                    if (and && w.is(ORG_HEAD)) {
                        return false;
                    }
                    and |= w.text().equals("and");
                }
                return true;
            }
        }
        return false;
    }

    // How many words from t on form a title ("Lord", "Prime Minister"), 0 if none.
    private int titleWords(List<Word> r, int t) {
        if (t + 1 < r.size() && r.get(t).is(TITLE_HEAD)
                && lexicon.titles().contains(r.get(t).bare() + " " + r.get(t + 1).bare())) {
            return 2;
        }
        // A word's text differs from its bare form only by a final full stop ("Gen.").
        return t < r.size() && (r.get(t).is(TITLE)
                || r.get(t).text().endsWith(".") && lexicon.titles().contains(r.get(t).text())) ? 1 : 0;
    }

    private static boolean precededByThe(String text, int start) {
        int b = Math.max(0, start - 4);
        return text.substring(b, start).toLowerCase(Locale.ROOT).endsWith("the ");
    }

    // The words' text without a final full stop; a span never ends in a line break, so this is "\\.$".
    private static String span(String text, List<Word> ws) {
        String s = text.substring(ws.get(0).start(), ws.get(ws.size() - 1).end());
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
