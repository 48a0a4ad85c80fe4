package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.text.DateFinder;

/** Relative dates resolved against an article of Wednesday 9 December 2015, at the precision the text gives. */
class TimeExpressionsTest {

    private static final PartialDate ARTICLE = PartialDate.of(LocalDate.of(2015, 12, 9));
    private final TimeExpressions times = new TimeExpressions(ReferenceData.vocabulary(StandardPipeline.TIME_CUES));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a call early on Wednesday|2015-12-09",
        "they met on Tuesday|2015-12-08",
        "the vote last week|2015-12",
        "talks last year|2014",
        "in early March the move came|2015-03",
        "met in November|2015-11",
        "two weeks ago he wrote|2015-11",
        "three days ago|2015-12-06",
        "briefed MPs today|2015-12-09",
        "on 10 to 11 April|2015-04-10",
        "in September 2014|2014-09",
        "the 2003 war|2003",
        "yesterday|2015-12-08",
        "he will visit Moscow on Friday|2015-12-11",
        "the referendum due on 16 April|2016-04-16",
        "elections are scheduled to take place in May|2016-05",
        "they met on Friday|2015-12-04",
        "the agreement expired on Dec. 3|2015-12-03",
        "a letter on Sept. 23rd|2015-09-23",
        "remanded on Aug 17 by the court|2015-08-17",
    })
    void resolves(String sentence, String expected) {
        assertEquals(expected, times.find(sentence, ARTICLE).get(0).date().lexical());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"on Tuesday", "last week", "in March"})
    void withoutAnArticleDateNothingRelativeResolves(String sentence) {
        assertTrue(times.find(sentence, null).isEmpty(), sentence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "LAST WEEK|2015-12",
        "over the weekend|2015-12",
        "until early-March|2015-03",
        "the summit due in March|2016-03",
        "3 DAYS AGO|2015-12-06",
        "on 2 to 3 May|2015-05-02",
        "May 4th|2015-05-04",
        "they WILL meet on Friday|2015-12-11",
    })
    void resolvesWhateverTheCase(String sentence, String expected) {
        assertEquals(expected, times.find(sentence, ARTICLE).get(0).date().lexical());
    }

    // The word tests that decide which patterns to run must never change what the patterns give.
    @Test
    void sameHitsAsRunningEveryPattern() {
        String[] parts = {"in ", "In ", "since ", "by ", "until ", "early ", "early-", "late ", "mid-", "January",
            "MAY", "May", "may", "March", "Dec. ", "Sept.", "Aug ", "Sep", "december", "December", "1", "12", "31", "2nd", "3rd", "th", " to ", " - ", " – ",
            ", 2014", " 2015", "1999", "20", "Monday", "Tuesday", "sunday", "on ", "last ", "LAST ", "this ", "next ",
            "Next ", "week", "WEEK", "weekend", "the weekend", "at ", "over ", "month", "year", "Summer", "spring",
            "autumn", "winter", "today", "TODAY", "tonight", "yesterday", "night", "morning", "afternoon", "evening",
            "a ", "two ", "several ", "few ", "5 ", "day", "days", " ago", " AGO", "ago", "will ", "Will ", "won't ",
            "due on ", "due ", "is scheduled to ", "are set to ", "is expected to ", "plans to ", "plan to ",
            "planned ", "upcoming ", "forthcoming ", "ahead of ", "Ahead Of ", " ", " ", " ", ", ", ". ", "\r",
            "\u2028", "\u0085", "İ", "K", "x", "met", "the "};
        PartialDate[] anchors = {null, PartialDate.ofYear(2015), PartialDate.ofMonth(2016, 3), ARTICLE,
            PartialDate.of(LocalDate.of(2019, 1, 31))};
        RegexOnly reference = new RegexOnly();
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            String s = sb.toString();
            PartialDate anchor = anchors[r.nextInt(anchors.length)];
            assertEquals(reference.find(s, anchor), times.find(s, anchor), () -> s + " @ " + anchor);
        }
    }

    /** What {@link TimeExpressions#find} gave before its word tests: every pattern run on every sentence. */
    private static final class RegexOnly {
        private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
                + "November|December";
        private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
                "five", 5, "six", 6, "several", 3, "few", 3);
        private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?:early|late) )?(?:on |last |this )?"
                + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
        private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|this (?:morning|afternoon|evening)|"
                + "tonight|yesterday|last night)\\b");
        private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(last|this|next) (week|month|year|summer|"
                + "spring|autumn|winter|weekend)\\b|\\b(?:at|over) the weekend\\b");
        private static final Pattern AGO = Pattern.compile("(?i)\\b(a|one|two|three|four|five|six|several|few|\\d+) "
                + "(day|week|month|year)s? ago\\b");
        private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in |since |by |until )"
                + "(?:(?:early|late|mid)[- ])?(" + MONTHS + ")\\b(?!,? (?:19|20)\\d\\d)(?! \\d)");
        private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?"
                + "(?: (?:to|-|–) \\d{1,2})? (" + MONTHS + ")\\b(?! (?:19|20)\\d\\d)|\\b(" + MONTHS
                + ") (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? (?:19|20)\\d\\d)"
                + "|\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? (?:19|20)\\d\\d)");
        private static final Pattern DIGITS = Pattern.compile("\\d+");
        private static final Pattern YEAR = Pattern.compile("(?<![\\d,.£$€-])((?:19|20)\\d\\d)(?![\\d,])");
        private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|won't|due (?:on|in|to|at|by)|"
                + "(?:is|are) (?:scheduled|set|expected) to|plans? to|planned|upcoming|forthcoming|ahead of)\\b");

        private final DateFinder absolute = new DateFinder();

        List<TimeExpressions.Hit> find(String s, PartialDate anchor) {
            List<TimeExpressions.Hit> out = new ArrayList<>();
            for (DateFinder.Hit h : absolute.find(s)) {
                if (!h.yearless()) {
                    out.add(new TimeExpressions.Hit(h.start(), h.end(), h.date()));
                }
            }
            Matcher y = YEAR.matcher(s);
            while (y.find()) {
                add(out, y, PartialDate.ofYear(Integer.parseInt(y.group(1))));
            }
            if (anchor != null) {
                boolean future = FUTURE.matcher(s).find();
                relativeToYear(s, anchor, future, out);
                anchor.toLocalDate().ifPresent(d -> relativeToDay(s, d, future, out));
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
        }

        private static void relativeToYear(String s, PartialDate anchor, boolean future,
                                           List<TimeExpressions.Hit> out) {
            Matcher m = IN_MONTH.matcher(s);
            while (m.find()) {
                int month = monthOf(m.group(1));
                add(out, m, PartialDate.ofMonth(yearOf(month, anchor, future), month));
            }
            Matcher dm = DAY_MONTH.matcher(s);
            while (dm.find()) {
                int d = Integer.parseInt(dm.group(1) != null ? dm.group(1)
                        : dm.group(4) != null ? dm.group(4) : dm.group(6));
                int month = monthOf(dm.group(2) != null ? dm.group(2) : dm.group(3) != null ? dm.group(3) : dm.group(5));
                PartialDate.tryOf(yearOf(month, anchor, future), month, d).ifPresent(p -> add(out, dm, p));
            }
            m = RELATIVE.matcher(s);
            while (m.find()) {
                String which = m.group(1) == null ? "last" : m.group(1).toLowerCase(Locale.ROOT);
                String unit = m.group(2) == null ? "weekend" : m.group(2).toLowerCase(Locale.ROOT);
                int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                if (List.of("year", "summer", "spring", "autumn", "winter").contains(unit)) {
                    add(out, m, PartialDate.ofYear(anchor.year() + (unit.equals("year") ? shift : Math.min(0, shift))));
                } else if (anchor.month() != null) {
                    LocalDate mid = LocalDate.of(anchor.year(), anchor.month(),
                            anchor.day() == null ? 15 : anchor.day());
                    LocalDate d = switch (unit) {
                        case "week" -> mid.plusWeeks(shift);
                        case "month" -> mid.plusMonths(shift);
                        default -> mid.minusDays(2);
                    };
                    add(out, m, PartialDate.ofMonth(d.getYear(), d.getMonthValue()));
                }
            }
        }

        private static int yearOf(int month, PartialDate anchor, boolean future) {
            if (anchor.month() == null) {
                return anchor.year();
            }
            if (future) {
                return month < anchor.month() ? anchor.year() + 1 : anchor.year();
            }
            return month > anchor.month() ? anchor.year() - 1 : anchor.year();
        }

        private static void relativeToDay(String s, LocalDate day, boolean future, List<TimeExpressions.Hit> out) {
            Matcher m = WEEKDAY.matcher(s);
            while (m.find()) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                add(out, m, PartialDate.of(day.with(future ? TemporalAdjusters.nextOrSame(dow)
                        : TemporalAdjusters.previousOrSame(dow))));
            }
            m = TODAY.matcher(s);
            while (m.find()) {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                add(out, m, PartialDate.of(w.equals("yesterday") || w.equals("last night") ? day.minusDays(1) : day));
            }
            m = AGO.matcher(s);
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

        private static void add(List<TimeExpressions.Hit> out, Matcher m, PartialDate d) {
            if (out.stream().noneMatch(h -> m.start() < h.end() && h.start() < m.end())) {
                out.add(new TimeExpressions.Hit(m.start(), m.end(), d));
            }
        }

        private static int monthOf(String name) {
            return java.util.Arrays.stream(java.time.Month.values())
                    .filter(m -> m.name().startsWith(name.substring(0, 3).toUpperCase(Locale.ROOT)))
                    .findFirst().orElseThrow().getValue();
        }
    }
}
