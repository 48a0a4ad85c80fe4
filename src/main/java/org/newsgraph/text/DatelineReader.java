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
        m = agencyDateline.matcher(l);
        if (m.lookingAt()) {
            facts.datelineSeen = true;
            outlets.name(facts, m.group(2));
            return l.substring(m.end());
        }
        return l;
    }
}
