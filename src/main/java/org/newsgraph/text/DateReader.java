package org.newsgraph.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.reference.LayoutRules;

/** Reads the dates of an article's metadata: date-only lines, the first full date of a line, a dateline's year. */
final class DateReader {

    private final DateFinder dates = new DateFinder();
    private final Pattern updatedTail;
    /** What a date line may hold besides its date: weekday, time, zone, "at", "updated" and punctuation. */
    private final Pattern dateLineFiller;

    DateReader(LayoutRules rules) {
        updatedTail = Pattern.compile("(?i)\\b" + rules.alternation("update-tail") + "\\b.*$");
        String meridiem = rules.alternation("meridiem");
        dateLineFiller = Pattern.compile("(?i)\\b" + rules.alternation("weekday") + "(?:day)?\\b|"
                + "\\b\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*" + meridiem + "?\\b|"
                + "\\b(?:" + meridiem + "|" + rules.alternation("time-zone") + ")\\b|"
                + "\\b" + rules.alternation("date-filler") + "\\b|[\\s,.|•/()-]");
    }

    List<DateFinder.Hit> find(String s) {
        return dates.find(s);
    }

    /** The first date with a year in {@code s}. */
    Optional<PartialDate> firstDate(String s) {
        return dates.first(s);
    }

    /** A line that holds one full date and nothing else but weekday, time, zone and punctuation. */
    boolean isDateOnly(String l) {
        if (l.length() > 80) {
            return false;
        }
        List<DateFinder.Hit> hits = dates.find(l);
        if (hits.isEmpty() || hits.get(0).yearless()) {
            return false;
        }
        String rest = updatedTail.matcher(l.substring(0, hits.get(0).start()) + l.substring(hits.get(0).end()))
                .replaceFirst("");
        return dateLineFiller.matcher(rest).replaceAll("").isEmpty();
    }

    /** Takes the first full date of {@code s} unless the article already has its date. */
    void takeDate(ArticleFacts facts, String s) {
        facts.takeDate(firstDate(s));
    }

    /** The month and day of a dateline, with a year only if the article states one elsewhere: its latest. */
    PartialDate finalDate(ArticleFacts facts, List<String> body) {
        if (facts.date != null || facts.yearlessMonth == 0) {
            return facts.date != null ? facts.date : facts.updateDate;
        }
        int year = 0;
        for (String p : body) {
            for (DateFinder.Hit h : dates.find(p)) {
                if (!h.yearless() && h.date().year() > year) {
                    year = h.date().year();
                }
            }
        }
        return year == 0 ? facts.updateDate
                : PartialDate.tryOf(year, facts.yearlessMonth, facts.yearlessDay).orElse(facts.updateDate);
    }
}
