package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.RegexCharClass;

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
    private static final Pattern CLAUSE_VERB = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|will|would|can|could|has|have|had|do|does|did|must|should|may|might|"
            + "am|be|been|need|want|think|know|believe)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{Ll}+");

    private final Pattern introduction;
    private final java.util.Set<String> sayingVerbs;

    /** @param sayingVerbs verbs that introduce speech ("said", "declaring", "commented") */
    public QuoteFinder(java.util.Set<String> sayingVerbs) {
        this.sayingVerbs = java.util.Set.copyOf(sayingVerbs);
        List<String> verbs = new ArrayList<>(sayingVerbs);
        verbs.sort((a, b) -> b.length() - a.length());
        introduction = Pattern.compile("(?:\\b(?:" + String.join("|", verbs.stream().map(Pattern::quote).toList())
                + ")\\b[^.!?:]{0,60}|\\b(?:response|statement|entitled|titled|reads?|follows|Here[’']s [^.!?:]{1,80})):\\s*$");
    }

    /** Quotes of the body in text order, none overlapping. */
    public List<QuoteSpan> find(String body) {
        List<int[]> raw = pair(body);
        List<QuoteSpan> quotes = new ArrayList<>();
        for (int[] q : raw) {
            quotes.add(QuoteSpan.of(q[0], q[1], q[2], q[3], false));
        }
        quotes = joinParagraphs(body, quotes);
        quotes = joinSplits(body, quotes);
        quotes.addAll(introducedBlocks(body, quotes));
        quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<QuoteSpan> out = new ArrayList<>();
        for (QuoteSpan q : quotes) {
            if (isStatement(body, q) && (out.isEmpty() || q.start() >= out.get(out.size() - 1).end())) {
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
                    // Quotes nested in it (‘the wolf closest to the shed.’) belong to it.
                    final int f = from;
                    out.removeIf(q -> q[0] >= f);
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
    private static List<QuoteSpan> joinParagraphs(String s, List<QuoteSpan> qs) {
        List<QuoteSpan> out = new ArrayList<>();
        for (QuoteSpan q : qs) {
            if (!out.isEmpty()) {
                QuoteSpan last = out.get(out.size() - 1);
                boolean lastUnclosed = last.end() < s.length() && last.end() == last.textEnd()
                        && s.startsWith("\n\n", last.end());
                if (lastUnclosed && q.start() == last.end() + 2) {
                    out.set(out.size() - 1, last.join(q));
                    continue;
                }
            }
            out.add(q);
        }
        return out;
    }

    // "…," he said, "…": an attribution (a verb of saying) splits one statement into two marked parts.
    private List<QuoteSpan> joinSplits(String s, List<QuoteSpan> qs) {
        List<QuoteSpan> out = new ArrayList<>();
        for (QuoteSpan q : qs) {
            if (!out.isEmpty()) {
                QuoteSpan last = out.get(out.size() - 1);
                String gap = s.substring(last.end(), q.start());
                if (q.start() - last.end() <= SPLIT_GAP && !gap.contains("\n") && gap.matches("[^“”\"]*")
                        && hasSayingVerb(gap)) {
                    out.set(out.size() - 1, last.join(q));
                    continue;
                }
            }
            out.add(q);
        }
        return out;
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
    private List<QuoteSpan> introducedBlocks(String s, List<QuoteSpan> marked) {
        List<QuoteSpan> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int colon = s.indexOf(':', from);
            if (colon < 0) {
                break;
            }
            from = colon + 1;
            if (covered(marked, colon)) {
                continue;
            }
            int t = colon + 1;
            while (t < s.length() && Character.isWhitespace(s.charAt(t))) {
                t++;
            }
            // The cheap tests on what follows the colon go before the introduction pattern; all must pass.
            if (t >= s.length() || !Character.isUpperCase(s.charAt(t)) || covered(marked, t)
                    || !introduction.matcher(s.substring(sentenceStart(s, colon), colon + 1)).find()) {
                continue;
            }
            int end = s.indexOf("\n\n", t);
            end = end < 0 ? s.length() : end;
            int nextIntro = nextIntroduction(s, t, end);
            if (nextIntro >= 0) {
                end = nextIntro;
                while (end > t && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
            }
            int nextMarked = nextStart(marked, t);
            if (nextMarked >= 0 && nextMarked < end) {
                continue;
            }
            out.add(QuoteSpan.of(t, end, t, end, true));
        }
        return out;
    }

    // The start of the next sentence in [from, to) that introduces speech with a colon, or -1.
    private int nextIntroduction(String s, int from, int to) {
        for (int colon = s.indexOf(':', from); colon >= 0 && colon < to; colon = s.indexOf(':', colon + 1)) {
            int st = sentenceStart(s, colon);
            if (st > from && introduction.matcher(s.substring(st, colon + 1)).find()) {
                return st;
            }
        }
        return -1;
    }

    private static int sentenceStart(String s, int i) {
        int b = i;
        while (b > 0) {
            char c = s.charAt(b - 1);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && b < s.length() && s.charAt(b) == ' ') {
                break;
            }
            b--;
        }
        return b;
    }

    private static boolean covered(List<QuoteSpan> qs, int i) {
        for (QuoteSpan q : qs) {
            if (q.start() <= i && i < q.end()) {
                return true;
            }
        }
        return false;
    }

    private static int nextStart(List<QuoteSpan> qs, int i) {
        int next = -1;
        for (QuoteSpan q : qs) {
            if (q.start() >= i && (next < 0 || q.start() < next)) {
                next = q.start();
            }
        }
        return next;
    }

    // A statement, not a scare quote: eight words or more, or a short full clause ("the opposite is true.").
    private static boolean isStatement(String s, QuoteSpan q) {
        String text = q.text(s);
        int words = text.isEmpty() ? 0 : words(text);
        if (q.parts().size() > 1 && words >= 4) {
            return true;
        }
        if (words >= 8) {
            return true;
        }
        return words >= 3 && endsSentence(text) && CLAUSE_VERB.matcher(text).find();
    }

    /** What {@code text.split("\\s+").length} gives, without a pattern: the runs between \s characters. */
    static int words(String text) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = RegexCharClass.isSpace(text.charAt(i));
            if (!space && !inRun) {
                runs++;
            }
            inRun = !space;
        }
        if (runs == 0) {
            // split keeps the text itself when nothing matches, and drops the empty strings a text of \s leaves
            return text.isEmpty() ? 1 : 0;
        }
        // A leading \s run leaves an empty first string, which split keeps; trailing ones it drops.
        return RegexCharClass.isSpace(text.charAt(0)) ? runs + 1 : runs;
    }

    /**
     * What {@code text.matches(".*[.!?]$")} gives: the last character ends a sentence, and no line
     * terminator (which {@code .} does not match) comes before it.
     */
    static boolean endsSentence(String text) {
        int last = text.length() - 1;
        if (last < 0 || ".!?".indexOf(text.charAt(last)) < 0) {
            return false;
        }
        for (int i = 0; i < last; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
