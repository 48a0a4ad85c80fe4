package org.newsgraph.text;

import org.newsgraph.doc.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written the ways news sites print them; used by the article reader on metadata lines. */
public final class DateFinder {

    /** A date found in a string; {@code date} is null for a month and day printed without a year. */
    public record Hit(int start, int end, PartialDate date, int month, int day) {
        public boolean yearless() {
            return date == null;
        }
    }

    // Month names stay here, beside the calendar arithmetic that reads them: a closed class of words.
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // ISO dates may run on into a time: 2016-10-13T09:00:00Z.
    private static final Pattern ISO = Pattern.compile(B + YEAR + "-(\\d{2})-(\\d{2})(?=T\\d|[^\\p{L}\\p{N}]|$)");
    private static final Pattern NUMERIC = Pattern.compile(B + "(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR + E);
    /** "1/11/20": a two-digit year is how US sites write dates, month first. */
    private static final Pattern US_SHORT = Pattern.compile(B + "(\\d{1,2})/(\\d{1,2})/(\\d{2})" + E);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(B + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + E, FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(B + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + E, FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(B + MONTH + ",?\\s+" + YEAR + E, FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(B + MONTH + "\\s+" + DAY + E, FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(B + DAY + "\\s+" + MONTH + E, FLAGS);
    /** A month name as the patterns below fold it: one run that rules them all out on a sentence without one. */
    private static final Pattern MONTH_WORD = Pattern.compile(MONTH, FLAGS);

    /** Every date in {@code s}, left to right, overlapping readings resolved in favour of the fullest. */
    public List<Hit> find(String s) {
        List<Hit> hits = new ArrayList<>();
        // Every pattern holds a digit (\d is ASCII here): most sentences have none, and need no pattern run.
        if (!hasDigit(s)) {
            return hits;
        }
        DisjointSpans taken = new DisjointSpans();
        scan(ISO, s, hits, taken, m -> PartialDate.tryOf(num(m, 1), num(m, 2), num(m, 3)));
        scan(NUMERIC, s, hits, taken, m -> dayFirst(num(m, 1), num(m, 3), num(m, 4)));
        scan(US_SHORT, s, hits, taken, m -> PartialDate.tryOf(2000 + num(m, 3), num(m, 1), num(m, 2)));
        if (MONTH_WORD.matcher(s).find()) {
            scan(DAY_MONTH_YEAR, s, hits, taken, m -> month(m.group(2)).flatMap(mo -> PartialDate.tryOf(num(m, 3), mo, num(m, 1))));
            scan(MONTH_DAY_YEAR, s, hits, taken, m -> month(m.group(1)).flatMap(mo -> PartialDate.tryOf(num(m, 3), mo, num(m, 2))));
            scan(MONTH_YEAR, s, hits, taken, m -> month(m.group(1)).flatMap(mo -> PartialDate.tryOf(num(m, 2), mo, null)));
            scanYearless(MONTH_DAY, s, hits, taken, 1, 2);
            scanYearless(DAY_MONTH, s, hits, taken, 2, 1);
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The first full (year-bearing) date in {@code s}. */
    public Optional<PartialDate> first(String s) {
        return find(s).stream().filter(h -> !h.yearless()).map(Hit::date).findFirst();
    }

    // Day-first unless that is impossible: numeric dates in international news are mostly European.
    private static Optional<PartialDate> dayFirst(int a, int b, int year) {
        Optional<PartialDate> d = PartialDate.tryOf(year, b, a);
        return d.isPresent() ? d : PartialDate.tryOf(year, a, b);
    }

    private interface Reading {
        Optional<PartialDate> read(Matcher m);
    }

    private static void scan(Pattern p, String s, List<Hit> hits, DisjointSpans taken, Reading reading) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (!capitalisedMonth(m) || !taken.isFree(m.start(), m.end())) {
                continue;
            }
            Optional<PartialDate> d = reading.read(m);
            if (d.isPresent()) {
                taken.claim(m.start(), m.end());
                hits.add(new Hit(m.start(), m.end(), d.get(), 0, 0));
            }
        }
    }

    private static void scanYearless(Pattern p, String s, List<Hit> hits, DisjointSpans taken, int monthGroup,
                                     int dayGroup) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (!capitalisedMonth(m) || !taken.isFree(m.start(), m.end())) {
                continue;
            }
            Optional<Integer> mo = month(m.group(monthGroup));
            int day = num(m, dayGroup);
            if (mo.isPresent() && day >= 1 && day <= 31) {
                taken.claim(m.start(), m.end());
                hits.add(new Hit(m.start(), m.end(), null, mo.get(), day));
            }
        }
    }

    // "may" and "march" are also ordinary words: a month name must start with a capital.
    private static boolean capitalisedMonth(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            String v = m.group(g);
            if (v != null && Character.isLetter(v.charAt(0))) {
                return Character.isUpperCase(v.charAt(0));
            }
        }
        return true;
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private static Optional<Integer> month(String name) {
        int i = MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3));
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }
}
