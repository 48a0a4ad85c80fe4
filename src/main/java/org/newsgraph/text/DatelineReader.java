package org.newsgraph.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.reference.LayoutRules;

/**
 * Reads the dateline that opens wire copy ("LONDON, October 13. /TASS/. Text", "MOSCOW (Reuters) - Text"):
 * its agency names the outlet, its month and day the date; the text after it is the body's.
 */
final class DatelineReader {

    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Za-z .'-]{1,30}),\\s+([A-Z][a-z]+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]+)\\.?\\s*/([A-Za-z-]{2,20})/\\.?\\s*");

    private final DateReader dates;
    private final OutletFinder outlets;
    private final Pattern agencyDateline;
    /**
     * "RIGA, March 3, 2018 (Baltic Wire) -", "LONDON, 3 March (Reuters) -": a place in capitals, a date, and
     * the agency in brackets (any name: the agency list is for datelines without a date).
     */
    private static final Pattern DATED_AGENCY_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .'-]{1,30}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,30})?),\\s+"
            + "(\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}(?:,?\\s+\\d{4})?)"
            + "\\s*\\((\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3})\\)\\s*[-—–]+\\s*");

    DatelineReader(DateReader dates, OutletFinder outlets, LayoutRules rules) {
        this.dates = dates;
        this.outlets = outlets;
        agencyDateline = Pattern.compile("^([A-Z][A-Za-z .,'-]{1,40}?)\\s*\\(" + "(" + rules.alternation("wire-agency")
                + ")\\)\\s*[-—–]\\s*");
    }

    /** The line without its dateline; the dateline's outlet and date go to {@code facts}. */
    String read(ArticleFacts facts, String l) {
        Matcher m = DATELINE.matcher(l);
        if (m.lookingAt()) {
            facts.datelineSeen = true;
            outlets.name(facts, m.group(3));
            dates.find(m.group(2)).stream().findFirst().ifPresent(h -> {
                facts.yearlessMonth = h.month();
                facts.yearlessDay = h.day();
                if (!h.yearless() && facts.date == null) {
                    facts.date = h.date();
                }
            });
            return l.substring(m.end());
        }
        m = DATED_AGENCY_DATELINE.matcher(l);
        if (m.lookingAt() && !dates.find(m.group(2)).isEmpty()) {
            facts.datelineSeen = true;
            outlets.name(facts, m.group(3));
            DateFinder.Hit h = dates.find(m.group(2)).get(0);
            if (h.yearless()) {
                facts.yearlessMonth = h.month();
                facts.yearlessDay = h.day();
            } else if (facts.date == null) {
                facts.date = h.date();
            }
            return l.substring(m.end());
        }
        m = agencyDateline.matcher(l);
        if (m.lookingAt()) {
            facts.datelineSeen = true;
            outlets.name(facts, m.group(2));
            return l.substring(m.end());
        }
        return l;
    }
}
