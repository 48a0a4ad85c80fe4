package org.newsgraph.doc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A calendar date known to year, month or day precision, as news text states it; value of the
 * document and extraction steps, mapped to xsd:gYear, xsd:gYearMonth or xsd:date.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A valid date, or empty when the numbers do not make one (31 February). */
    public static Optional<PartialDate> tryOf(int year, Integer month, Integer day) {
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The day, when known. */
    public Optional<LocalDate> toLocalDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** ISO 8601 form: YYYY, YYYY-MM or YYYY-MM-DD (the lexical form of the XSD type). */
    public String lexical() {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (precision() != Precision.YEAR) {
            pad(sb.append('-'), month, 2);
        }
        if (precision() == Precision.DAY) {
            pad(sb.append('-'), day, 2);
        }
        return sb.toString();
    }

    // What String.format("%0Nd") gives, without parsing a format on every call.
    private static void pad(StringBuilder sb, int n, int width) {
        if (n < 0) {
            sb.append('-');
            width--;
        }
        String digits = Integer.toString(Math.abs(n));
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    @Override
    public int compareTo(PartialDate o) {
        return lexical().compareTo(o.lexical());
    }

    @Override
    public String toString() {
        return lexical();
    }
}
