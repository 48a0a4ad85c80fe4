package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.reference.Vocabulary;
import org.newsgraph.text.DateFinder;
import org.newsgraph.text.DisjointSpans;

/**
 * Finds time expressions in a sentence and resolves them against the article's date, keeping the
 * precision the text gives ("on Tuesday" a day, "last week" a month, "last year" a year); what
 * cannot be resolved gives nothing rather than a guess. Pure.
 */
public final class TimeExpressions {

    /** A resolved time expression at [start, end) of the sentence. */
    public record Hit(int start, int end, PartialDate date) { }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December";
    /** Months as agencies abbreviate them; every full name starts with one, so they also mark where months are. */
    private static final String SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";
    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "several", 3, "few", 3);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?:early|late) )?(?:on |last |this )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** The article's day in group 1, the day before in group 2. */
    private final Pattern today;
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(last|this|next) (week|month|year|summer|spring|"
            + "autumn|winter|weekend)\\b|\\b(?:at|over) the weekend\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(a|one|two|three|four|five|six|several|few|\\d+) "
            + "(day|week|month|year)s? ago\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in |since |by |until )(?:(?:early|late|mid)[- ])?("
            + MONTHS + ")\\b(?!,? (?:19|20)\\d\\d)(?! \\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: (?:to|-|–) \\d{1,2})? ("
            + MONTHS + ")\\b(?! (?:19|20)\\d\\d)|\\b(" + MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? (?:19|20)\\d\\d)"
            // Agency style abbreviates the month before a day: "Dec. 18", "Sept. 23rd", "Aug 17".
            + "|\\b(" + SHORT_MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? (?:19|20)\\d\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.£$€-])((?:19|20)\\d\\d)(?![\\d,])");

    /** The three letters every form of a month, full or abbreviated, starts with. */
    private static final List<String> MONTH_NAMES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    /** The most characters a match of {@link #IN_MONTH} or {@link #DAY_MONTH} has before its month ("until early-"). */
    private static final int BEFORE_MONTH = "until early-".length();
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** Lower-case words one of which every match of {@link #RELATIVE} holds, besides "the weekend". */
    private static final List<String> RELATIVE_UNITS = List.of("week", "month", "year", "summer", "spring", "autumn",
            "winter");
    private static final List<String> RELATIVE_WHICH = List.of("last ", "this ", "next ");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * Tense cues that a sentence speaks of what is still to come ("will visit on Friday", "the
     * referendum due on 16 April"): weekdays and yearless dates then resolve forward, not back.
     */
    private final Pattern future;

    private final DateFinder absolute = new DateFinder();

    /** @param cues the words of the article's day, the day before, and tense (rules/time-cues.tsv) */
    public TimeExpressions(Vocabulary cues) {
        today = Pattern.compile("(?i)\\b(?:(" + cues.alternation("same-day") + ")|(" + cues.alternation("day-before")
                + "))\\b");
        future = Pattern.compile("(?i)\\b" + cues.alternation("future") + "\\b");
    }

    /** Every time expression of {@code sentence} that resolves, given the article's date (may be null). */
    public List<Hit> find(String sentence, PartialDate articleDate) {
        Hits out = new Hits();
        for (DateFinder.Hit h : absolute.find(sentence)) {
            if (!h.yearless()) {
                out.add(h.start(), h.end(), h.date());
            }
        }
        // Every year starts "19" or "20": without either there is no need to try the pattern everywhere.
        if (sentence.contains("19") || sentence.contains("20")) {
            Matcher m = YEAR.matcher(sentence);
            while (m.find()) {
                if (out.taken.isFree(m.start(), m.end())) {
                    out.add(m.start(), m.end(), PartialDate.ofYear(Integer.parseInt(m.group(1))));
                }
            }
        }
        if (articleDate != null) {
            Cues cues = new Cues(sentence);
            relativeToYear(sentence, articleDate, cues, out);
            articleDate.toLocalDate().ifPresent(d -> relativeToDay(sentence, d, cues, out));
        }
        out.list.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out.list;
    }

    /** The hits of one sentence so far, none overlapping: the first reading of a stretch wins. */
    private static final class Hits {
        private final List<Hit> list = new ArrayList<>();
        private final DisjointSpans taken = new DisjointSpans();

        void add(int start, int end, PartialDate date) {
            if (taken.claim(start, end)) {
                list.add(new Hit(start, end, date));
            }
        }
    }

    /**
     * Which patterns can match a sentence at all, told by words each match must hold: a few substring
     * tests instead of trying every alternative of every pattern at every position. The words of the
     * case-insensitive patterns are looked up in the sentence lower-cased, where every ASCII letter is
     * lower-cased as those patterns fold it (other characters may give extra finds, which only cost a
     * pattern run); whether the sentence speaks of the future is decided only when a match needs it.
     */
    private final class Cues {
        private final String sentence;
        private final String lower;
        private Boolean future;

        Cues(String sentence) {
            this.sentence = sentence;
            lower = sentence.toLowerCase(Locale.ROOT);
        }

        /**
         * Where {@link #IN_MONTH} and {@link #DAY_MONTH} may first match, as each names a month, case and
         * all, shortly after its start; -1 when the sentence names none.
         */
        int monthReach() {
            int first = -1;
            for (String m : MONTH_NAMES) {
                int i = sentence.indexOf(m);
                if (i >= 0 && (first < 0 || i < first)) {
                    first = i;
                }
            }
            return first < 0 ? -1 : Math.max(0, first - BEFORE_MONTH);
        }

        /** {@link #DAY_MONTH} also has a number, in either of its forms. */
        boolean number() {
            for (int i = 0; i < sentence.length(); i++) {
                if (sentence.charAt(i) >= '0' && sentence.charAt(i) <= '9') {
                    return true;
                }
            }
            return false;
        }

        boolean relative() {
            return containsAny(lower, RELATIVE_WHICH) && containsAny(lower, RELATIVE_UNITS)
                    || lower.contains("the weekend");
        }

        boolean weekday() {
            return containsAny(sentence, WEEKDAYS);
        }

        boolean ago() {
            return lower.contains(" ago");
        }

        boolean future() {
            if (future == null) {
                future = TimeExpressions.this.future.matcher(sentence).find();
            }
            return future;
        }

        private static boolean containsAny(String s, List<String> words) {
            for (String w : words) {
                if (s.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private void relativeToYear(String s, PartialDate anchor, Cues cues, Hits out) {
        int from = cues.monthReach();
        if (from >= 0) {
            // No match starts before from: the search starts there, seeing the text before it for \b.
            Matcher m = IN_MONTH.matcher(s).region(from, s.length()).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            while (m.find()) {
                int month = monthOf(m.group(1));
                add(out, m, PartialDate.ofMonth(yearOf(month, anchor, cues), month));
            }
            if (cues.number()) {
                Matcher dm = DAY_MONTH.matcher(s).region(from, s.length()).useTransparentBounds(true)
                        .useAnchoringBounds(false);
                while (dm.find()) {
                    int d = Integer.parseInt(dm.group(1) != null ? dm.group(1)
                            : dm.group(4) != null ? dm.group(4) : dm.group(6));
                    int month = monthOf(dm.group(2) != null ? dm.group(2)
                            : dm.group(3) != null ? dm.group(3) : dm.group(5));
                    PartialDate.tryOf(yearOf(month, anchor, cues), month, d).ifPresent(p -> add(out, dm, p));
                }
            }
        }
        if (!cues.relative()) {
            return;
        }
        Matcher m = RELATIVE.matcher(s);
        while (m.find()) {
            String which = m.group(1) == null ? "last" : m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(2) == null ? "weekend" : m.group(2).toLowerCase(Locale.ROOT);
            int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
            if (unit.equals("year") || unit.equals("summer") || unit.equals("spring") || unit.equals("autumn")
                    || unit.equals("winter")) {
                add(out, m, PartialDate.ofYear(anchor.year() + (unit.equals("year") ? shift : Math.min(0, shift))));
            } else if (anchor.month() != null) {
                LocalDate mid = LocalDate.of(anchor.year(), anchor.month(), anchor.day() == null ? 15 : anchor.day());
                LocalDate d = switch (unit) {
                    case "week" -> mid.plusWeeks(shift);
                    case "month" -> mid.plusMonths(shift);
                    default -> mid.minusDays(2);
                };
                add(out, m, PartialDate.ofMonth(d.getYear(), d.getMonthValue()));
            }
        }
    }

    // A yearless month lies within the year before the article (reports look back), or within the
    // year after it when the sentence speaks of the future.
    private static int yearOf(int month, PartialDate anchor, Cues cues) {
        if (anchor.month() == null) {
            return anchor.year();
        }
        if (cues.future()) {
            return month < anchor.month() ? anchor.year() + 1 : anchor.year();
        }
        return month > anchor.month() ? anchor.year() - 1 : anchor.year();
    }

    private void relativeToDay(String s, LocalDate day, Cues cues, Hits out) {
        if (cues.weekday()) {
            Matcher m = WEEKDAY.matcher(s);
            while (m.find()) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                add(out, m, PartialDate.of(day.with(cues.future() ? TemporalAdjusters.nextOrSame(dow)
                        : TemporalAdjusters.previousOrSame(dow))));
            }
        }
        Matcher t = today.matcher(s);
        while (t.find()) {
            add(out, t, PartialDate.of(t.group(2) != null ? day.minusDays(1) : day));
        }
        if (!cues.ago()) {
            return;
        }
        Matcher m = AGO.matcher(s);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int k = DIGITS.matcher(n).matches() ? Integer.parseInt(n) : NUMBERS.getOrDefault(n, 1);
            switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "day" -> add(out, m, PartialDate.of(day.minusDays(k)));
                case "week" -> {
                    LocalDate d = day.minusWeeks(k);
                    add(out, m, PartialDate.ofMonth(d.getYear(), d.getMonthValue()));
                }
                case "month" -> {
                    LocalDate d = day.minusMonths(k);
                    add(out, m, PartialDate.ofMonth(d.getYear(), d.getMonthValue()));
                }
                default -> add(out, m, PartialDate.ofYear(day.getYear() - k));
            }
        }
    }

    private static void add(Hits out, Matcher m, PartialDate d) {
        out.add(m.start(), m.end(), d);
    }

    private static int monthOf(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (java.time.Month m : java.time.Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }
}
