package org.newsgraph.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.reference.LayoutRules;

/**
 * Reads who wrote an article: bylines ("By Jon Stone, Political Editor | 16 June 2014"), author boxes and
 * wire credits ("Reporting by X; Editing by Y"), telling a writer's name from section labels and outlets.
 */
final class BylineReader {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String FIRST_WORD = "(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+)";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s,]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]$");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s+[|/•]\\s+");
    private static final Pattern SPACED_DASH_OR_SEPARATOR = Pattern.compile("\\s+[|/•—–]\\s+");

    private final OutletFinder outlets;
    private final DateReader dates;
    private final LayoutRules rules;
    private final Pattern personName;
    private final Pattern by;
    private final Pattern bio;
    private final Pattern roleLine;
    /** Credits at the foot of wire copy: "Reporting by X; Editing by Y" (editors are not bylined writers). */
    private final Pattern credits;
    private final Pattern reportingCredit;
    private final Pattern creditLead;
    private final Pattern creditPlace;
    private final Pattern bylineTail;
    private final Pattern placeTail;
    private final Pattern nameSeparator;

    BylineReader(OutletFinder outlets, DateReader dates, LayoutRules rules) {
        this.outlets = outlets;
        this.dates = dates;
        this.rules = rules;
        String nameWord = "(?:" + FIRST_WORD + "|[A-Z]\\.|[A-Z][a-z]*[A-Z][a-z]+|"
                + rules.alternation("name-particle") + "-?[A-Z]?[a-z]*)";
        personName = Pattern.compile(FIRST_WORD + "(?:\\s+" + nameWord + "){1,3}");
        by = Pattern.compile("^" + rules.alternation("byline-lead") + "\\s+(.+)$", I);
        bio = Pattern.compile("\\s+(?:\\S+\\s+){0,2}?" + rules.alternation("bio-verb") + "\\b");
        roleLine = Pattern.compile("(?i)\\b" + rules.alternation("role-line") + "\\b");
        String lead = "(?:" + rules.alternation("reporting-credit") + "|" + rules.alternation("writing-credit") + ")";
        credits = Pattern.compile("^\\(?" + lead + "\\s+(.+?)(?:;\\s*" + rules.alternation("other-credit")
                + ".*)?\\)?\\.?$", I);
        reportingCredit = Pattern.compile(rules.alternation("reporting-credit"), I);
        creditLead = Pattern.compile("(?i)" + lead + "\\s+");
        String conjunction = rules.alternation("name-conjunction");
        creditPlace = Pattern.compile("(?i)\\s+" + rules.alternation("credit-place-preposition")
                + "\\s+[A-Z][a-z]+(?=\\s*(?:,|" + conjunction + "|;|$))");
        bylineTail = Pattern.compile("(?i)[\\s,|/•—–-]*(?:\\b" + rules.alternation("byline-tail")
                + ")?[\\s,|/•—–-]*$");
        placeTail = Pattern.compile("(?i)\\s+" + rules.alternation("place-preposition") + "\\s+[A-Z][a-z]+$");
        nameSeparator = Pattern.compile("\\s*(?:[,;]|\\b" + conjunction + "\\b|&)\\s*");
    }

    /** "By Jon Stone": the names after a byline's lead word, or empty. */
    Optional<String> byline(String l) {
        Matcher m = by.matcher(l);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    boolean isByline(String l) {
        return by.matcher(l).matches();
    }

    /** A byline found at the foot of the article ("by Leila Haddad", "Reporting by X"); true if it was one. */
    boolean readFootByline(ArticleFacts facts, String l) {
        Optional<String> names = Boilerplate.words(l) <= 6 ? byline(l) : Optional.empty();
        if (names.isPresent() && namePart(names.get().strip()).isPresent()) {
            addAuthors(facts, names.get());
            return true;
        }
        Matcher m = credits.matcher(l);
        if (m.matches()) {
            if (reportingCredit.matcher(l).lookingAt() || facts.authors.isEmpty()) {
                addAuthors(facts, creditPlace.matcher(m.group(1)).replaceAll(""));
            }
            return true;
        }
        return false;
    }

    /** The text of a byline after its lead word: names, then outlet and date set apart by separators. */
    void readByline(ArticleFacts facts, String text) {
        List<DateFinder.Hit> when = dates.find(text);
        String names = when.isEmpty() ? text
                : bylineTail.matcher(text.substring(0, when.get(0).start())).replaceFirst("");
        String[] parts = SPACED_DASH_OR_SEPARATOR.split(names.isBlank() ? text : names);
        addAuthors(facts, parts[0]);
        for (int k = 1; k < parts.length; k++) {
            readRest(facts, parts[k]);
        }
        dates.takeDate(facts, text);
    }

    // The byline's remainder: "Daily Mail June 16, 2014", "March 16, 2017 / Leave a comment".
    void readRest(ArticleFacts facts, String rest) {
        for (String part : SPACED_SEPARATOR.split(rest)) {
            Optional<DateFinder.Hit> full = dates.find(part).stream().filter(h -> !h.yearless()).findFirst();
            if (full.isPresent()) {
                dates.takeDate(facts, part);
                String before = TRAILING_COMMAS.matcher(part.substring(0, full.get().start())).replaceAll("");
                // "Daily Mail June 16, 2014" names the outlet; "Updated: Oct 9, 2019" names none.
                if (!before.isBlank() && (outlets.resolve(before).isPresent() || outlets.isOutletShaped(before))) {
                    outlets.name(facts, before);
                }
            } else if (outlets.resolve(part).isPresent()) {
                outlets.name(facts, part);
            }
        }
    }

    void addAuthors(ArticleFacts facts, String names) {
        String cleaned = creditLead.matcher(placeTail.matcher(names).replaceAll("")).replaceAll("");
        for (String n : nameSeparator.split(cleaned)) {
            Optional<String> desk = outlets.staffOutlet(n);
            Optional<String> name = desk.isPresent() ? Optional.empty() : namePart(n.strip());
            if (desk.isPresent()) {
                outlets.name(facts, desk.get());
            } else if (name.isPresent()) {
                facts.addAuthor(name.get());
            } else if (outlets.resolve(n).isPresent()) {
                outlets.name(facts, n);
            } else if (!n.isBlank()) {
                facts.otherBylines.add(n.strip());
            }
        }
    }

    // The person name at the start of a byline fragment, role words dropped: "Jon Stone Political Editor".
    Optional<String> namePart(String s) {
        // "Ingrid Solvang, Energy Editor": what follows the comma is the role.
        int comma = s.indexOf(',');
        String head = comma > 0 ? s.substring(0, comma) : s;
        String[] w = SPACES.split(TRAILING_PUNCTUATION.matcher(head).replaceAll(""));
        int k = 0;
        while (k < w.length && !startsRole(w[k]) || k == 0 && k < w.length) {
            k++;
        }
        String candidate = String.join(" ", Arrays.copyOfRange(w, 0, k));
        if (k < 2 || k > 4 || !isPersonName(candidate)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    boolean isPersonName(String s) {
        if (!personName.matcher(s).matches()) {
            return false;
        }
        for (String w : SPACES.split(s)) {
            String lc = w.toLowerCase(Locale.ROOT);
            String singular = lc.endsWith("s") ? lc.substring(0, lc.length() - 1) : lc;
            // Place words are looked up as written: "Frances" is a name, not a plural of France.
            if (rules.notNameWords().contains(lc) || rules.notNameWords().contains(singular)
                    || rules.countryWords().contains(lc)
                    || rules.roleWords().contains(singular) && !rules.roleWords().contains(lc)) {
                return false;
            }
        }
        return !startsRole(SPACES.split(s)[0]) && outlets.resolve(s).isEmpty();
    }

    private boolean startsRole(String word) {
        String lc = word.toLowerCase(Locale.ROOT);
        return rules.roleWords().contains(lc) || rules.capitalWords().contains(lc);
    }

    /** An author box: "Neil Clark is a journalist, writer, broadcaster …" about one of the article's authors. */
    boolean isBio(ArticleFacts facts, String l) {
        return facts.authors.stream().anyMatch(a -> isBio(l, a));
    }

    /** A line that starts with an author's name, full or first ("Dan is the Security Editor at …"). */
    boolean isAboutAuthor(ArticleFacts facts, String l) {
        for (String a : facts.authors) {
            String first = a.substring(0, a.indexOf(' ') < 0 ? a.length() : a.indexOf(' '));
            if (l.startsWith(a + " ") || l.startsWith(first + " ") || l.startsWith(a + " /")) {
                return true;
            }
        }
        return false;
    }

    boolean isBio(String l, String author) {
        return l.startsWith(author + " ") && bio.matcher(l.substring(author.length())).lookingAt();
    }

    /** A short line naming a writer's job: "Political Correspondent". */
    boolean isRoleLine(String l) {
        return Boilerplate.words(l) <= 8 && roleLine.matcher(l).find();
    }
}
