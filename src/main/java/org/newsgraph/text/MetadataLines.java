package org.newsgraph.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.reference.LayoutRules;

/**
 * Tells and reads the metadata lines between headline and body: bylines, date and update lines,
 * "Outlet (date)" lines and bare writer names beside a date or role.
 */
final class MetadataLines {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NAME_DASH_REST = Pattern.compile("^(.{3,60}?)\\s+[—–|/]\\s+(.+)$");
    private static final Pattern OUTLET_PAREN_DATE = Pattern.compile("^([^()]{2,60}?)\\s*\\(([^()]{4,40})\\)$");
    private static final Pattern TRAILING_BYLINE = Pattern.compile("\\s[Bb]y\\s+\\p{Lu}[^,;|]{1,60}$");
    private static final Pattern HAS_CLAUSE_PUNCTUATION = Pattern.compile(".*[.!?:;\"“”].*");

    private final Boilerplate boilerplate;
    private final BylineReader bylines;
    private final DateReader dates;
    private final OutletFinder outlets;
    private final Pattern published;
    private final Pattern updated;
    private final Pattern issueOf;

    MetadataLines(Boilerplate boilerplate, BylineReader bylines, DateReader dates, OutletFinder outlets,
                  LayoutRules rules) {
        this.boilerplate = boilerplate;
        this.bylines = bylines;
        this.dates = dates;
        this.outlets = outlets;
        published = Pattern.compile("^(?:" + rules.alternation("date-lead-prefix") + "\\s+)?"
                + rules.alternation("date-lead") + "(?:\\s+" + rules.alternation("date-lead-suffix")
                + ")?\\s*:?\\s*(.+)$", I);
        updated = Pattern.compile("^(?:" + rules.alternation("update-lead-prefix") + "\\s+)?"
                + rules.alternation("update-lead") + "\\b.*", I);
        issueOf = Pattern.compile("\\b" + rules.alternation("issue-of") + "(.{2,60}?)\\.?$", I);
    }

    /** A byline, date or publisher line: metadata that sits between headline and body. */
    boolean isMetadata(List<String> lines, int i) {
        String l = lines.get(i);
        int words = Boilerplate.words(l);
        if (bylines.isByline(l) && words <= 16 || dates.isDateOnly(l)) {
            return true;
        }
        Matcher m = published.matcher(l);
        if (m.matches() && dates.firstDate(m.group(1)).isPresent()) {
            return true;
        }
        m = NAME_DASH_REST.matcher(l);
        if (m.matches() && bylines.isPersonName(m.group(1)) && words <= 14) {
            return true;
        }
        if (words <= 8 && !HAS_CLAUSE_PUNCTUATION.matcher(l).matches()) {
            Optional<String> name = bylines.namePart(l);
            return name.isPresent() && bylineContext(lines, i, name.get());
        }
        return false;
    }

    /** Reads byline, date and publisher lines of the header; true if the line is metadata only. */
    boolean read(ArticleFacts facts, List<String> lines, int i) {
        String l = lines.get(i);
        int words = Boilerplate.words(l);
        if (updated.matcher(l).matches()) {
            // An update's date is the article's only when the page gives no other.
            dates.firstDate(l).ifPresent(d -> facts.updateDate = facts.updateDate == null ? d : facts.updateDate);
            // "Last update - 1 August 2011, 11:52 By Jane Doe": a byline may close the stamp's line.
            Matcher by = TRAILING_BYLINE.matcher(l);
            if (by.find()) {
                bylines.byline(l.substring(by.start() + 1)).ifPresent(b -> bylines.readByline(facts, b));
            }
            return true;
        }
        Optional<String> byline = words <= 16 ? bylines.byline(l) : Optional.empty();
        if (byline.isPresent()) {
            bylines.readByline(facts, byline.get());
            return true;
        }
        Matcher m = published.matcher(l);
        if (m.matches() && (dates.firstDate(m.group(1)).isPresent() || issueOf.matcher(l).find())) {
            dates.takeDate(facts, m.group(1));
            Matcher issue = issueOf.matcher(l);
            if (issue.find()) {
                outlets.name(facts, issue.group(1));
            }
            return true;
        }
        if (readDateLine(facts, l)) {
            return true;
        }
        m = OUTLET_PAREN_DATE.matcher(l);
        if (m.matches() && dates.firstDate(m.group(2)).isPresent()) {
            dates.takeDate(facts, m.group(2));
            outlets.name(facts, m.group(1));
            return true;
        }
        m = NAME_DASH_REST.matcher(l);
        if (m.matches() && bylines.isPersonName(m.group(1)) && words <= 14) {
            bylines.addAuthors(facts, m.group(1));
            bylines.readRest(facts, m.group(2));
            return true;
        }
        if (facts.authors.isEmpty() && words <= 8 && !HAS_CLAUSE_PUNCTUATION.matcher(l).matches()) {
            Optional<String> name = bylines.namePart(l);
            if (name.isPresent() && bylineContext(lines, i, name.get())) {
                facts.addAuthor(name.get());
                return true;
            }
        }
        return false;
    }

    /** A line that is only a writer's name, beside what bylines sit next to; true if it was one. */
    boolean readBareByline(ArticleFacts facts, List<String> lines, int i) {
        String l = lines.get(i);
        Optional<String> name = Boilerplate.words(l) <= 4 ? bylines.namePart(l) : Optional.empty();
        if (name.isPresent() && name.get().equals(l) && bylineContext(lines, i, l)) {
            facts.addAuthor(l);
            return true;
        }
        return false;
    }

    /** A date under a publication label: "Published 14 March 2017". */
    boolean isLabelledDate(String l) {
        Matcher m = published.matcher(l);
        return m.matches() && dates.firstDate(m.group(1)).isPresent();
    }

    /** Where the date of a labelled date line starts (0 for a bare date line). */
    int dateStart(String l) {
        Matcher m = published.matcher(l);
        return m.matches() ? m.start(1) : 0;
    }

    /**
     * A line that is only a date, or a date under a publication label ("Posted on 3 May 2019"): read
     * wherever it stands, at the foot of the page too; true if it was one.
     */
    boolean readDateLine(ArticleFacts facts, String l) {
        Matcher m = published.matcher(l);
        if (m.matches() && dates.firstDate(m.group(1)).isPresent()) {
            dates.takeDate(facts, m.group(1));
            return true;
        }
        if (dates.isDateOnly(l)) {
            dates.takeDate(facts, l);
            return true;
        }
        return false;
    }

    // A bare name is a byline only beside what bylines sit next to: a date, a role or the writer's bio;
    // a caption naming a politician has none of these.
    private boolean bylineContext(List<String> lines, int i, String name) {
        String next = neighbour(lines, i, 1);
        String prev = neighbour(lines, i, -1);
        // A name alone on its line just above the first paragraph is the byline of a page that prints no date
        // there, unless the lines above speak of that person (then it is a caption).
        return dates.isDateOnly(next) || dates.isDateOnly(prev) || bylines.isRoleLine(next)
                || HeadlineFinder.isSentence(nextText(lines, i)) && !prev.isEmpty() && !namedAbove(lines, i, name)
                || bylines.isRoleLine(lines.get(i)) || next.startsWith(name + " ") && bylines.isBio(next, name);
    }

    // The next line that is not a widget label ("Follow topic:").
    private String nextText(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            if (!l.isEmpty() && !boilerplate.isNotice(l)) {
                return l;
            }
        }
        return "";
    }

    private static boolean namedAbove(List<String> lines, int i, String name) {
        Pattern surname = Pattern.compile("(?<!\\p{L})" + Pattern.quote(name.substring(name.lastIndexOf(' ') + 1))
                + "(?!\\p{L})");
        for (int j = 0; j < i; j++) {
            if (surname.matcher(lines.get(j)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String neighbour(List<String> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).isEmpty()) {
                return lines.get(j);
            }
        }
        return "";
    }
}
