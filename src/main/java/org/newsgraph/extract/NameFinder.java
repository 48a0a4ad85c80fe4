package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.reference.Lexicon;

/**
 * Finds names the reference data does not know, from capitalisation, titles, given names,
 * organisation head nouns and verbs of saying: the pattern half of mention recognition. Pure.
 */
public final class NameFinder {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*\\.?");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von",
            "der", "den", "la", "le", "abu", "bint", "ben");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the");

    private final Lexicon lexicon;
    private boolean[] soft = new boolean[0];

    public NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a word is a given name ("Aslı", "Tomas"). */
    public boolean isGivenName(String word) {
        return !word.isEmpty() && lexicon.givenNames().contains(word);
    }

    /** A word of the body: [start, end) and its text. */
    private record Word(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
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
        this.soft = soft;
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            int end = m.end();
            // A possessive is not part of the name: "David Cameron’s spokesman", "Mr Trumps" aside.
            if (w.length() > 3 && (w.endsWith("’s") || w.endsWith("'s"))) {
                w = w.substring(0, w.length() - 2);
                end -= 2;
            } else if (w.length() > 2 && (w.endsWith("’") || w.endsWith("'"))) {
                w = w.substring(0, w.length() - 1);
                end -= 1;
            }
            // A full stop ends a sentence unless it ends a title abbreviation ("Gen.", "Dr.").
            if (w.endsWith(".") && !lexicon.titles().contains(w)) {
                end--;
                w = w.substring(0, w.length() - 1);
            }
            words.add(new Word(m.start(), end, w));
        }
        List<NameCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!nameWord(words.get(i), text, taken)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && adjacent(words.get(j - 1), words.get(j), text)
                    && (nameWord(words.get(j), text, taken) || particle(words, j, text, taken)
                    || connector(words, j, text, taken))) {
                j++;
            }
            classify(words.subList(i, j), words, j, text, out);
            i = j;
        }
        // Former states and the like look like organisations to the patterns but are neither actors nor countries.
        out.removeIf(c -> lexicon.notEntities().contains(c.name().replaceFirst("^(?:The|the) ", "")));
        return out;
    }

    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:al|el|ad|as|ash|an|ar|at|az)-\\p{Lu}.*");

    private boolean nameWord(Word w, String text, boolean[] taken) {
        return (w.capitalised() || ARABIC_ARTICLE.matcher(w.text()).matches())
                && (!taken[w.start()] && !taken[w.end() - 1] || isSoft(w));
    }

    private boolean isSoft(Word w) {
        return w.start() < soft.length && soft[w.start()] && soft[w.end() - 1];
    }

    private static boolean adjacent(Word a, Word b, String text) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }

    private boolean particle(List<Word> words, int j, String text, boolean[] taken) {
        return PARTICLES.contains(words.get(j).text()) && j + 1 < words.size()
                && adjacent(words.get(j), words.get(j + 1), text) && nameWord(words.get(j + 1), text, taken);
    }

    // "House of Commons", "Foreign and Commonwealth Office": lower-case glue inside organisation names.
    private boolean connector(List<Word> words, int j, String text, boolean[] taken) {
        if (!CONNECTORS.contains(words.get(j).text())) {
            return false;
        }
        int k = j + 1;
        if (k < words.size() && words.get(k).text().equals("the") && adjacent(words.get(j), words.get(k), text)) {
            k++;
        }
        return k < words.size() && adjacent(words.get(k - 1), words.get(k), text) && nameWord(words.get(k), text, taken);
    }

    private void classify(List<Word> run, List<Word> all, int next, String text, List<NameCandidate> out) {
        // "May told the House": a word that usually starts sentences is a surname when it says something.
        if (run.size() == 1 && starter(run.get(0).bare()) && saying(all, next, text)) {
            Word w = run.get(0);
            out.add(new NameCandidate(w.start(), w.end(), w.bare(), null, NameCandidate.Shape.BARE_WORD));
            return;
        }
        int from = 0;
        while (from < run.size() && starter(run.get(from).bare())) {
            from++;
        }
        if (from == run.size()) {
            return;
        }
        List<Word> r = run.subList(from, run.size());
        boolean hasConnector = r.stream().anyMatch(w -> !w.capitalised() && CONNECTORS.contains(w.text()));
        if (isOrganization(r)) {
            // "British Government", "Russian Navy": a country's own body, counted as the country.
            boolean ownName = r.stream().filter(w -> w.capitalised() && !isSoft(w)).count() >= 2;
            if (r.size() >= 2 && !isSoft(r.get(r.size() - 1)) && ownName) {
                out.add(new NameCandidate(r.get(0).start(), r.get(r.size() - 1).end(), span(text, r), null,
                        NameCandidate.Shape.ORGANIZATION));
            }
            return;
        }
        if (r.stream().anyMatch(this::isSoft)) {
            // Not an organisation: a country word ends the names either side of it ("Russian Yuri Malenchenko").
            int k = 0;
            for (int x = 0; x <= r.size(); x++) {
                if (x == r.size() || isSoft(r.get(x))) {
                    if (x > k) {
                        classify(r.subList(k, x), all, x == r.size() ? next : -1, text, out);
                    }
                    k = x + 1;
                }
            }
            return;
        }
        if (hasConnector) {
            // Not an organisation: the parts either side of the glue may still be names.
            int k = 0;
            for (int x = 0; x <= r.size(); x++) {
                if (x == r.size() || !r.get(x).capitalised()) {
                    if (x > k) {
                        classify(r.subList(k, x), all, x == r.size() ? next : -1, text, out);
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
        if (name.stream().allMatch(w -> lexicon.titles().contains(w.bare()))) {
            return; // "the Foreign Secretary": a role, resolved elsewhere by date
        }
        String nameText = span(text, name);
        boolean saying = saying(all, next, text);
        if (name.size() >= 2 && name.size() <= 4) {
            // Surname first in East Asian names: "Xi Jinping", "Kim Jong-un".
            boolean given = lexicon.givenNames().contains(name.get(0).bare())
                    || name.size() == 2 && lexicon.givenNames().contains(name.get(1).bare());
            if (given || title != null || saying) {
                out.add(new NameCandidate(name.get(0).start(), name.get(name.size() - 1).end(), nameText, title,
                        NameCandidate.Shape.PERSON));
            }
        } else if (name.size() == 1) {
            Word w = name.get(0);
            if (title != null) {
                out.add(new NameCandidate(titleStart, w.end(), w.bare(), title, NameCandidate.Shape.TITLED_SURNAME));
            } else if (!starter(w.bare()) && !precededByThe(text, w.start())) {
                out.add(new NameCandidate(w.start(), w.end(), w.bare(), null, NameCandidate.Shape.BARE_WORD));
            }
        }
    }

    // An organisation name ends in its head noun ("Foreign and Commonwealth Office"), or the head is
    // followed by of/for/on and a name ("Ministry of Defence", "Committee on Foreign Affairs").
    private boolean isOrganization(List<Word> r) {
        if (isOrgHead(r.get(r.size() - 1).bare())) {
            return true;
        }
        for (int x = 0; x + 2 < r.size(); x++) {
            String next = r.get(x + 1).text();
            if (isOrgHead(r.get(x).bare()) && (next.equals("of") || next.equals("for") || next.equals("on"))) {
                return r.subList(x + 1, r.size()).stream().noneMatch(w -> w.text().equals("and"));
            }
        }
        return false;
    }

    // How many words from t on form a title ("Lord", "Prime Minister"), 0 if none.
    private int titleWords(List<Word> r, int t) {
        if (t + 1 < r.size() && lexicon.titles().contains(r.get(t).bare() + " " + r.get(t + 1).bare())) {
            return 2;
        }
        return t < r.size() && (lexicon.titles().contains(r.get(t).bare()) || lexicon.titles().contains(r.get(t).text()))
                ? 1 : 0;
    }

    private boolean saying(List<Word> all, int next, String text) {
        return next > 0 && next < all.size() && lexicon.sayingVerbs().contains(all.get(next).text())
                && adjacent(all.get(next - 1), all.get(next), text);
    }

    private boolean starter(String w) {
        return lexicon.sentenceStarters().contains(w);
    }

    private boolean isOrgHead(String w) {
        return lexicon.orgHeads().contains(w);
    }

    private static boolean precededByThe(String text, int start) {
        int b = Math.max(0, start - 4);
        return text.substring(b, start).toLowerCase(Locale.ROOT).endsWith("the ");
    }

    private static String span(String text, List<Word> ws) {
        Word last = ws.get(ws.size() - 1);
        return text.substring(ws.get(0).start(), last.end()).replaceFirst("\\.$", "");
    }
}
