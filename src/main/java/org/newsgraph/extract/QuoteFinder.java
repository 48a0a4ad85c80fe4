package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.doc.PositionSearch;
import org.newsgraph.doc.Quote;
import org.newsgraph.doc.Sentences;
import org.newsgraph.reference.Vocabulary;
import org.newsgraph.text.Tokenizer;

/**
 * Finds direct quotes in a body: paired straight or curly, double or single marks (apostrophes
 * inside words are not marks), quotes whose opening mark the page lost, quotes split by their
 * attribution or running over paragraphs, and block quotes introduced by "X said:" without marks.
 * Scare quotes and short phrases are dropped. Pure.
 */
public final class QuoteFinder {

    private static final String DOUBLE_OPEN = "“„«\"";
    private static final String DOUBLE_CLOSE = "”»\"";
    private static final String SINGLE_OPEN = "‘‚'";
    private static final String SINGLE_CLOSE = "’'";

    /** A split quote's second part starts this close to the first part's end ("…," he said, "…"). */
    private static final int SPLIT_GAP = 60;
    /** A short quote holding one of these is a clause someone said, not a title or a scare quote. */
    private final Pattern clauseVerb;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
    private static final Pattern WORD = Pattern.compile("\\p{Ll}+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");

    private final Pattern introduction;
    /** The most characters a match of {@link #introduction} spans: it need only be tried that far back from its colon. */
    private final int introductionReach;
    private final Set<String> sayingVerbs;
    private final Tokenizer tokenizer = new Tokenizer();

    /**
     * @param sayingVerbs verbs that introduce speech ("said", "declaring", "commented")
     * @param cues        clause verbs and the words that introduce a quote after a colon (rules/quote-cues.tsv)
     */
    public QuoteFinder(Set<String> sayingVerbs, Vocabulary cues) {
        this.sayingVerbs = Set.copyOf(sayingVerbs);
        List<String> verbs = new ArrayList<>(sayingVerbs);
        verbs.sort((a, b) -> b.length() - a.length());
        introduction = Pattern.compile("(?:\\b(?:" + String.join("|", verbs.stream().map(Pattern::quote).toList())
                + ")\\b[^.!?:]{0,60}|\\b(?:" + String.join("|", cues.entries("colon-introduction")) + "|"
                + cues.alternation("presentative") + " [^.!?:]{1,80})):\\s*$");
        int longestVerb = verbs.isEmpty() ? 0 : verbs.get(0).length();
        // Presentatives hold literals and character classes only, so none matches more characters than it has.
        int longestPresentative = cues.entries("presentative").stream().mapToInt(String::length).max().orElse(0);
        // A verb and 60 more characters, or a presentative, a space and 80, then the colon; one more for good measure.
        introductionReach = Math.max(longestVerb + 60, longestPresentative + 1 + 80) + 2;
        clauseVerb = Pattern.compile("(?i)\\b" + cues.alternation("clause-verb") + "\\b");
    }

    /**
     * Quotes of the body in text order, none overlapping; its sentences tell where an introduction
     * ("X said:") starts.
     */
    public List<Quote> find(String body, Sentences sentences) {
        List<int[]> raw = pair(body);
        List<Quote> quotes = new ArrayList<>();
        for (int[] q : raw) {
            quotes.add(Quote.of(q[0], q[1], q[2], q[3], false));
        }
        quotes = joinParagraphs(body, quotes);
        quotes = joinSplits(body, quotes);
        quotes.addAll(introducedBlocks(body, sentences, quotes));
        quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            // The overlap test first: introduced blocks may overlap one another, and only the kept ones,
            // which do not, have their text read.
            if ((out.isEmpty() || q.start() >= out.get(out.size() - 1).end()) && isStatement(body, q)) {
                out.add(q);
            }
        }
        return out;
    }

    // Top-level pairs as {start, end, textStart, textEnd}; a close with no open starts at its paragraph.
    private static List<int[]> pair(String s) {
        // The body is walked char by char: an array spares a bounds and coder check on each.
        char[] t = s.toCharArray();
        int n = t.length;
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char family = 0;
        int nested = -1;
        int paraStart = 0;
        int lastEnd = 0;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if (c == '\n' && i + 1 < n && t[i + 1] == '\n') {
                if (open >= 0) {
                    out.add(new int[] {open, i, open + 1, i, 0});
                }
                open = -1;
                nested = -1;
                paraStart = i + 2;
                continue;
            }
            // Every mark is a straight quote or lies at or above «: most characters are passed over at once.
            if (c != '"' && c != '\'' && c < '«') {
                continue;
            }
            boolean dbl = DOUBLE_OPEN.indexOf(c) >= 0 || DOUBLE_CLOSE.indexOf(c) >= 0;
            boolean sgl = SINGLE_OPEN.indexOf(c) >= 0 || SINGLE_CLOSE.indexOf(c) >= 0;
            if (!dbl && !sgl) {
                continue;
            }
            char fam = dbl ? 'd' : 's';
            boolean before = i == 0 || isOpenContext(t[i - 1]);
            boolean after = i + 1 >= n || isCloseContext(t[i + 1]);
            if (sgl && !before && !after) {
                continue; // an apostrophe inside a word: we’ve, Britain’s
            }
            boolean opens = before && !after || before && (DOUBLE_OPEN.indexOf(c) >= 0 && c != '"' || c == '‘');
            boolean closes = !before && after || !before && !after && fam == 'd'
                    || before && after && (c == '”' || c == '’');
            if (open < 0) {
                if (opens) {
                    open = i;
                    family = fam;
                } else if (closes && fam == 'd' || closes && c == '’' && i > 0 && !Character.isLetter(t[i - 1])) {
                    // The page lost the opening mark: the quote ran from the paragraph's start.
                    int from = Math.max(paraStart, lastEnd);
                    while (from < i && Character.isWhitespace(t[from])) {
                        from++;
                    }
                    // Quotes nested in it (‘the wolf closest to the shed.’) belong to it. The pairs are in
                    // order of start, so those are the last ones.
                    while (!out.isEmpty() && out.get(out.size() - 1)[0] >= from) {
                        out.remove(out.size() - 1);
                    }
                    out.add(new int[] {from, i + 1, from, i, 1});
                    lastEnd = i + 1;
                }
            } else if (fam != family) {
                if (opens && nested < 0) {
                    nested = i;
                } else if (closes && nested >= 0) {
                    nested = -1;
                }
            } else if (closes && nested < 0) {
                out.add(new int[] {open, i + 1, open + 1, i, 1});
                open = -1;
                if (fam == 'd') {
                    lastEnd = i + 1;
                }
            } else if (closes) {
                nested = -1;
            } else if (opens && fam == 'd' && i - open < 3) {
                open = i;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, n, open + 1, n, 0});
        }
        return out;
    }

    private static boolean isOpenContext(char p) {
        return Character.isWhitespace(p) || "([{—–-/:".indexOf(p) >= 0;
    }

    private static boolean isCloseContext(char n) {
        return Character.isWhitespace(n) || ".,;:!?)]}—–-…".indexOf(n) >= 0;
    }

    // "‘In terms of …\n\n‘Is there …\n\n‘We have … it.’": one quote running over paragraphs.
    private static List<Quote> joinParagraphs(String s, List<Quote> qs) {
        List<List<Quote>> runs = new ArrayList<>();
        for (Quote q : qs) {
            if (!runs.isEmpty()) {
                // A run ends where its last quote ends, its text where that quote's text ends.
                Quote last = lastOf(runs);
                boolean lastUnclosed = last.end() < s.length() && last.end() == last.textEnd()
                        && s.startsWith("\n\n", last.end());
                if (lastUnclosed && q.start() == last.end() + 2) {
                    runs.get(runs.size() - 1).add(q);
                    continue;
                }
            }
            runs.add(new ArrayList<>(List.of(q)));
        }
        return joined(runs);
    }

    private static Quote lastOf(List<List<Quote>> runs) {
        List<Quote> run = runs.get(runs.size() - 1);
        return run.get(run.size() - 1);
    }

    private static List<Quote> joined(List<List<Quote>> runs) {
        List<Quote> out = new ArrayList<>(runs.size());
        for (List<Quote> run : runs) {
            out.add(Quote.join(run));
        }
        return out;
    }

    // "…," he said, "…": an attribution (a verb of saying) splits one statement into two marked parts.
    private List<Quote> joinSplits(String s, List<Quote> qs) {
        List<List<Quote>> runs = new ArrayList<>();
        for (Quote q : qs) {
            if (!runs.isEmpty()) {
                Quote last = lastOf(runs);
                if (q.start() - last.end() <= SPLIT_GAP) {
                    String gap = s.substring(last.end(), q.start());
                    // A sentence ending in the gap ("… the Netherlands. She said: “…”") starts a new statement.
                    if (!gap.contains("\n") && gap.matches("[^“”\"]*") && !SENTENCE_BREAK.matcher(gap).find()
                            && hasSayingVerb(gap)) {
                        runs.get(runs.size() - 1).add(q);
                        continue;
                    }
                }
            }
            runs.add(new ArrayList<>(List.of(q)));
        }
        return joined(runs);
    }

    private boolean hasSayingVerb(String gap) {
        Matcher w = WORD.matcher(gap);
        while (w.find()) {
            if (sayingVerbs.contains(w.group())) {
                return true;
            }
        }
        return false;
    }

    // "A spokesman said: This was a positive meeting …" and block quotes after "Here’s X:" with no marks.
    private List<Quote> introducedBlocks(String s, Sentences sentences, List<Quote> marked) {
        List<Quote> out = new ArrayList<>();
        Colons colons = new Colons(s, sentences);
        Coverage quoted = new Coverage(marked);
        // The paragraph break after the last block, and where the search for it started.
        int breakFrom = -1;
        int paragraphBreak = -1;
        for (int k = 0; k < colons.size(); k++) {
            int colon = colons.at[k];
            if (quoted.covers(colon)) {
                continue;
            }
            int t = colon + 1;
            while (t < s.length() && Character.isWhitespace(s.charAt(t))) {
                t++;
            }
            // The cheap tests on what follows the colon go before the introduction pattern; all must pass.
            if (t >= s.length() || !Character.isUpperCase(s.charAt(t)) || quoted.covers(t) || !colons.introduces(k)) {
                continue;
            }
            // Blocks start ever further on: the break found for the last one serves until it is passed.
            if (breakFrom < 0 || paragraphBreak >= 0 && paragraphBreak < t) {
                breakFrom = t;
                paragraphBreak = s.indexOf("\n\n", t);
            }
            int end = paragraphBreak < 0 ? s.length() : paragraphBreak;
            int nextIntro = colons.nextIntroduction(t, end);
            if (nextIntro >= 0) {
                end = nextIntro;
                while (end > t && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
            }
            int nextMarked = quoted.nextStart(t);
            if (nextMarked >= 0 && nextMarked < end) {
                continue;
            }
            out.add(Quote.of(t, end, t, end, true));
        }
        return out;
    }

    /**
     * The colons of a body, each with the start of its sentence and whether that sentence introduces
     * speech there, all found before the first is asked about: asked colon by colon, reading each
     * sentence whole would be quadratic in a long sentence of many colons.
     */
    private final class Colons {
        private final int[] at;
        private final int[] sentenceStart;
        /** Per colon, the index of the first colon at or after it that ends an introduction, or size(). */
        private final int[] nextIntroducing;

        Colons(String s, Sentences sentences) {
            int[] colons = new int[16];
            int[] starts = new int[16];
            int n = 0;
            for (int i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
                if (n == colons.length) {
                    colons = Arrays.copyOf(colons, 2 * n);
                    starts = Arrays.copyOf(starts, 2 * n);
                }
                colons[n] = i;
                starts[n++] = sentences.start(i);
            }
            at = Arrays.copyOf(colons, n);
            sentenceStart = Arrays.copyOf(starts, n);
            nextIntroducing = new int[n + 1];
            nextIntroducing[n] = n;
            Matcher m = introduction.matcher(s).useTransparentBounds(true).useAnchoringBounds(true);
            for (int k = n - 1; k >= 0; k--) {
                // The pattern ends at the colon and spans at most introductionReach characters: only those are
                // read. The bounds are transparent, so \b sees what precedes them; before a sentence start
                // stands whitespace, as before the start of the sentence alone.
                m.region(Math.max(sentenceStart[k], at[k] + 1 - introductionReach), at[k] + 1);
                nextIntroducing[k] = m.find() ? k : nextIntroducing[k + 1];
            }
        }

        int size() {
            return at.length;
        }

        boolean introduces(int k) {
            return nextIntroducing[k] == k;
        }

        /** The start of the next sentence in [from, to) that introduces speech with a colon, or -1. */
        int nextIntroduction(int from, int to) {
            // Sentence starts rise with the colons: those starting after from are the colons from k on.
            int k = nextIntroducing[PositionSearch.countAtMost(at.length, j -> sentenceStart[j], from)];
            return k < at.length && at[k] < to ? sentenceStart[k] : -1;
        }
    }

    /** Which positions marked quotes cover, and where the next one starts, each answered by a binary search. */
    private static final class Coverage {
        private final int[] starts;
        /** The furthest end of the quotes up to each one, in order of start. */
        private final int[] reach;

        Coverage(List<Quote> qs) {
            List<Quote> sorted = new ArrayList<>(qs);
            sorted.sort(Comparator.comparingInt(Quote::start));
            starts = new int[sorted.size()];
            reach = new int[sorted.size()];
            for (int k = 0; k < sorted.size(); k++) {
                starts[k] = sorted.get(k).start();
                reach[k] = Math.max(k > 0 ? reach[k - 1] : Integer.MIN_VALUE, sorted.get(k).end());
            }
        }

        boolean covers(int i) {
            int k = lastStartingAtOrBefore(i);
            return k >= 0 && reach[k] > i;
        }

        /** The first start at or after i, or -1. */
        int nextStart(int i) {
            int k = lastStartingAtOrBefore(i - 1) + 1;
            return k < starts.length ? starts[k] : -1;
        }

        private int lastStartingAtOrBefore(int i) {
            return PositionSearch.countAtMost(starts, i) - 1;
        }
    }

    // A statement, not a scare quote: eight words or more, or a short full clause ("the opposite is true.").
    private boolean isStatement(String s, Quote q) {
        String text = q.text(s);
        int words = tokenizer.count(text);
        if (q.parts().size() > 1 && words >= 4) {
            return true;
        }
        if (words >= 8) {
            return true;
        }
        return words >= 3 && (endsSentence(text) && clauseVerb.matcher(text).find() || attributed(s, q));
    }

    // "“Irony prospers in the digital age,” he added.": a short quote ending in a comma that a verb of
    // saying follows is something said, not a title or a scare quote.
    private boolean attributed(String s, Quote q) {
        if (q.parts().size() != 1 || !q.text(s).endsWith(",") || q.end() >= s.length()) {
            return false;
        }
        Matcher w = WORD.matcher(s).region(q.end(), Math.min(s.length(), q.end() + 40));
        for (int n = 0; n < 4 && w.find(); n++) {
            if (sayingVerbs.contains(w.group())) {
                return true;
            }
        }
        return false;
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).matches();
    }
}
