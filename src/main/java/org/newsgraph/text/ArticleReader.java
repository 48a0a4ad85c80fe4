package org.newsgraph.text;

import org.newsgraph.doc.PartialDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.base.Deadline;
import org.newsgraph.reference.Outlet;
import org.newsgraph.reference.OutletDirectory;

/**
 * Splits a scraped article into title, byline, publisher, date, body and reader comments: the
 * first step of the flow (file text → {@link Document}). Pure: no IO.
 */
public final class ArticleReader {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String FIRST_WORD = "(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+)";
    private static final String NAME_WORD = "(?:" + FIRST_WORD + "|[A-Z]\\.|[A-Z][a-z]*[A-Z][a-z]+|"
            + "(?:al|el|bin|ibn|de|da|di|du|van|von|der|le|la)-?[A-Z]?[a-z]*)";
    private static final Pattern PERSON_NAME =
            Pattern.compile(FIRST_WORD + "(?:\\s+" + NAME_WORD + "){1,3}");
    private static final Pattern BY = Pattern.compile("^(?:by|written by|words by|author:?|reporting by)\\s+(.+)$", I);
    private static final Pattern NAME_DASH_REST = Pattern.compile("^(.{3,60}?)\\s+[—–|/]\\s+(.+)$");
    private static final Pattern OUTLET_PAREN_DATE = Pattern.compile("^([^()]{2,60}?)\\s*\\(([^()]{4,40})\\)$");
    private static final Pattern PUBLISHED = Pattern.compile(
            "^(?:first\\s+)?(?:published|posted|date(?:d)?|issued)(?:\\s+(?:time|on|at|date|in))?\\s*:?\\s*(.+)$", I);
    private static final Pattern UPDATED = Pattern.compile("^(?:last\\s+)?(?:updated|modified|edited)\\b.*", I);
    private static final Pattern ISSUE_OF = Pattern.compile("\\bissue of (?:the )?(.{2,60}?)\\.?$", I);
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:[-–]\\d{4})?\\s*)?"
            + "(?:the )?([A-Z][\\p{L}&.'’ -]{1,60}?)(?:\\s*[.,|]|\\s+all rights|$)", I);
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Za-z .'-]{1,30}),\\s+([A-Z][a-z]+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]+)\\.?\\s*/([A-Za-z-]{2,20})/\\.?\\s*");
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^([A-Z][A-Za-z .,'-]{1,40}?)\\s*\\((Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|IRNA|Anadolu|TASS|Interfax)\\)\\s*[-—–]\\s*");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "\\s*(?:©|\\(c\\)|Photo:|Photograph:|Picture:|Image:|Credit:)\\s*[^.!?]{1,80}$");
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "^\\s*(?:has|have) (?:learned|learnt|revealed|established|seen)|^\\s*understands\\b");
    /** The words of {@link #SELF_REFERENCE} anywhere in a paragraph: without them no outlet name is followed by them. */
    private static final Pattern SELF_REFERENCE_WORDS = Pattern.compile(
            "understands|ha(?:s|ve) (?:learned|learnt|revealed|established|seen)");
    private static final Pattern BIO = Pattern.compile("\\s+(?:\\S+\\s+){0,2}?(?:is|was|has|writes|covers)\\b");
    private static final Pattern ROLE_LINE = Pattern.compile(
            "(?i)\\b(?:correspondent|editor|reporter|writer|columnist|journalist|contributor|staff writer)\\b");
    /** Credits at the foot of wire copy: "Reporting by X; Editing by Y" (editors are not bylined writers). */
    private static final Pattern CREDITS = Pattern.compile(
            "^\\(?(?:reporting|writing) by\\s+(.+?)(?:;\\s*(?:additional reporting|editing) by.*)?\\)?\\.?$", I);
    private static final Pattern PHOTO_CREDIT_LINE = Pattern.compile("(?i)^(?:image (?:copyright|caption|source)|"
            + "photograph|photo|picture|credit)\\b|©\\s*(?:getty|afp|reuters|ap\\b|pa\\b|epa|sputnik|tass|xinhua|"
            + "anadolu|shutterstock|alamy)");
    private static final Pattern WIDE_SPACE = Pattern.compile(" {2,}");
    /** The line terminators that {@code .} does not match. */
    private static final Pattern LINE_TERMINATOR = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");
    private static final Pattern CLICK_TO_ENLARGE = Pattern.compile("(?i)\\s*Click to enlarge\\s*");
    private static final Pattern IMAGE_CAPTION = Pattern.compile("^Image caption\\s+");
    private static final Pattern TITLE_SITE = Pattern.compile("^(.{8,}?)\\s+[|–—-]\\s+([^|–—-]{2,40})$");
    private static final Pattern TIMESTAMP = Pattern.compile(".*\\d{1,2}[:.]\\d{2}.*|.*\\b(?:ago|am|pm)\\b.*", I);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("\\W+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!][”\"’)]?$");
    private static final Pattern ENDS_QUESTION = Pattern.compile(".*\\?[”\"’)]?$");
    private static final Pattern ENDS_STOP_OR_COLON = Pattern.compile(".*[.:]$");
    private static final Pattern HAS_HEADLINE_PUNCTUATION = Pattern.compile(".*[?!:,'’].*");
    private static final Pattern HAS_LOWERCASE_WORD = Pattern.compile(".*\\s\\p{Ll}.*");
    private static final Pattern HAS_SENTENCE_PUNCTUATION = Pattern.compile(".*[,.:;?!'’\"“”].*");
    private static final Pattern HAS_CLAUSE_PUNCTUATION = Pattern.compile(".*[.!?:;\"“”].*");
    private static final Pattern SPACED_BAR = Pattern.compile("\\s[|•]\\s");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s+[|/•]\\s+");
    private static final Pattern SPACED_DASH_OR_SEPARATOR = Pattern.compile("\\s+[|/•—–]\\s+");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s,]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]$");
    private static final Pattern BYLINE_TAIL =
            Pattern.compile("(?i)[\\s,|/•—–-]*(?:\\bon|\\bupdated|\\bpublished)?[\\s,|/•—–-]*$");
    private static final Pattern PLACE_TAIL = Pattern.compile("(?i)\\s+(?:in|at)\\s+[A-Z][a-z]+$");
    private static final Pattern REPORTING_BY = Pattern.compile("(?i)(?:reporting|writing) by\\s+");
    private static final Pattern CREDIT_PLACE = Pattern.compile("(?i)\\s+in\\s+[A-Z][a-z]+(?=\\s*(?:,|and|;|$))");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:[,;]|\\band\\b|&)\\s*");
    private static final Pattern UPDATED_TAIL = Pattern.compile("(?i)\\b(?:last )?updated\\b.*$");
    /** What a date line may hold besides its date: weekday, time, zone, "at", "updated" and punctuation. */
    private static final Pattern DATE_LINE_FILLER = Pattern.compile(
            "(?i)\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b|"
            + "\\b\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:am|pm)?\\b|"
            + "\\b(?:am|pm|gmt|bst|utc|est|edt|cet|cest|msk|et)\\b|"
            + "\\bat\\b|\\bupdated\\b|[\\s,.|•/()-]");
    private static final Pattern EDGE_DASHES = Pattern.compile("^[\\s,—–-]+|[\\s,—–-]+$");

    /** Words that make a short capitalised line a section name or a role, not a person's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("news", "world", "politics", "opinion", "analysis",
            "comment", "home", "business", "sport", "sports", "middle", "east", "europe", "asia", "africa", "america",
            "americas", "uk", "us", "latest", "live", "video", "photos", "magazine", "blogs", "blog", "science", "life",
            "culture", "arts", "books", "economics", "finance", "features", "editorial", "section", "menu", "contact",
            "about", "subscribe", "login", "register", "events", "international", "national", "local", "breaking",
            "top", "stories", "story", "more", "share", "related", "read", "correspondent", "editor", "reporter",
            "staff", "desk", "agency", "agencies", "government", "ministry", "council", "committee", "party", "union",
            "state", "states", "united", "kingdom", "russia", "britain", "syria", "iran", "iraq", "china", "ukraine",
            "foreign", "defence", "defense", "security", "policy", "affairs", "relations", "crisis", "war", "today",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "in", "to", "with", "for", "on", "and", "the", "a",
            "an", "at", "by", "as", "from", "over", "after", "into", "is", "are", "was", "will", "not", "but");

    /** Words that start the role part of a byline: "Jon Stone Political Correspondent". */
    private static final Set<String> ROLE_WORDS = Set.of("political", "diplomatic", "chief", "senior", "deputy",
            "foreign", "defence", "defense", "security", "home", "economics", "economic", "business", "world",
            "international", "correspondent", "editor", "reporter", "writer", "columnist", "journalist",
            "contributor", "staff", "in", "at", "for", "mp", "mep", "special", "associate", "executive", "managing",
            "news", "health", "science", "technology", "europe", "middle", "moscow", "washington", "london");

    private final OutletDirectory outlets;
    private final DateFinder dates = new DateFinder();

    public ArticleReader(OutletDirectory outlets) {
        this.outlets = outlets;
    }

    /** Reads one article. {@code source} is its identity (file name without extension). */
    public Document read(String source, String raw) {
        return read(source, raw, Deadline.NONE);
    }

    /** Reads one article, stopping with the deadline's error once its time is spent. */
    public Document read(String source, String raw, Deadline deadline) {
        return new Reading(source, lines(raw), deadline).run();
    }

    private static List<String> lines(String raw) {
        String t = raw.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace("\u200B", "").replace('\t', ' ');
        List<String> out = new ArrayList<>();
        for (String l : t.split("\n", -1)) {
            out.add(l.strip());
        }
        return out;
    }

    /** Mutable state of reading one article; confined to {@link #read}. */
    private final class Reading {
        private final String source;
        private final List<String> lines;
        private String title;
        private final List<String> authors = new ArrayList<>();
        private PartialDate date;
        private int yearlessMonth;
        private int yearlessDay;
        private final Map<String, Integer> publisherVotes = new LinkedHashMap<>();
        private String explicitPublisher;
        private boolean datelineSeen;
        /** Paragraphs; the last grows in place as scraped line breaks inside it are mended. */
        private final List<StringBuilder> body = new ArrayList<>();
        /** Whether the last paragraph holds a line terminator (no line holds \n, but \u2028 and the like pass). */
        private boolean lastHasTerminator;
        private final Deadline deadline;
        private final List<String> footer = new ArrayList<>();
        private final List<String> header = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();
        // The tests of one line run one after another: its word count is kept for the next test.
        private String counted = "";
        private int countedWords;
        // The tests ask about the same few header lines again and again: per-article memos, keyed by text.
        private final Map<String, Optional<String>> nameParts = new HashMap<>();
        private final Map<String, List<DateFinder.Hit>> dateHits = new HashMap<>();
        private final Map<String, Boolean> dateOnly = new HashMap<>();

        Reading(String source, List<String> lines, Deadline deadline) {
            this.source = source;
            this.lines = lines;
            this.deadline = deadline;
        }

        Document run() {
            int titleAt = findTitle();
            for (int i = 0; i < titleAt; i++) {
                deadline.check();
                String l = lines.get(i);
                if (l.isEmpty() || Boilerplate.isNavigation(l, words(l))) {
                    continue;
                }
                outlets.resolve(l).ifPresent(o -> publisherVotes.merge(o.name(), 5, Integer::sum));
                if (!Boilerplate.isNotice(l, words(l))) {
                    metadataLine(l, i);
                }
                header.add(l);
            }
            boolean inBody = false;
            boolean ended = false;
            boolean skippingLinks = false;
            for (int i = titleAt + 1; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isEmpty()) {
                    continue;
                }
                deadline.check();
                if (ended) {
                    footer.add(l);
                    continue;
                }
                if (title != null && sameText(l, title) || Boilerplate.isNavigation(l, words(l))) {
                    continue;
                }
                if (Boilerplate.startsLinkBlock(l)) {
                    skippingLinks = true;
                    continue;
                }
                if (skippingLinks) {
                    if (!isRunningText(l)) {
                        continue; // the linked headlines of a "Read more:" block
                    }
                    skippingLinks = false;
                }
                if (Boilerplate.endsArticle(l, words(l)) && (inBody || !body.isEmpty())) {
                    ended = true;
                    footer.add(l);
                    continue;
                }
                if (Boilerplate.isNotice(l, words(l))) {
                    header.add(l);
                    continue;
                }
                if (!inBody) {
                    if (isBio(l)) {
                        continue;
                    }
                    if (metadataLine(l, i)) {
                        header.add(l);
                        continue;
                    }
                    if (isRunningText(l)) {
                        inBody = true;
                    }
                }
                if (body.size() < 4 && !datelineSeen) {
                    l = dateline(l);
                }
                // A byline at the foot of the article: "by Leila Haddad". The word count is the cheaper test: first.
                Matcher by = BY.matcher(l);
                if (inBody && words(l) <= 6 && by.matches() && namePart(by.group(1).strip()).isPresent()) {
                    addAuthors(by.group(1));
                    continue;
                }
                Matcher credits = CREDITS.matcher(l);
                if (inBody && credits.matches()) {
                    if (l.toLowerCase(Locale.ROOT).startsWith("reporting") || authors.isEmpty()) {
                        addAuthors(CREDIT_PLACE.matcher(credits.group(1)).replaceAll(""));
                    }
                    continue;
                }
                addBodyLine(cleanBodyLine(l));
            }
            readFooter();
            List<String> paragraphs = new ArrayList<>(body.size());
            for (StringBuilder p : body) {
                paragraphs.add(p.toString());
            }
            return new Document(source, title, authors, publisher(paragraphs), finalDate(paragraphs),
                    String.join("\n\n", paragraphs), comments);
        }

        // The headline sits just above the byline or date block (or the first paragraph) that opens the
        // article, at the top of the run of text lines there; site menus, section labels and slogans
        // above it are cut off by the labels and menus between them.
        private int findTitle() {
            int paragraph = -1;
            for (int i = 0; i < lines.size() && paragraph < 0; i++) {
                deadline.check();
                String l = lines.get(i);
                if (!l.isEmpty() && !Boilerplate.isNavigation(l, words(l)) && !Boilerplate.isNotice(l, words(l))
                        && isRunningText(l) && !isMenuRow(l)) {
                    paragraph = i;
                }
            }
            int limit = paragraph < 0 ? lines.size() : paragraph;
            int anchor = limit;
            for (int i = 0; i < limit; i++) {
                deadline.check();
                if (isMetadata(i)) {
                    anchor = i;
                    break;
                }
            }
            int found = -1;
            for (int i = anchor - 1; i >= 0; i--) {
                String l = lines.get(i);
                if (l.isEmpty()) {
                    continue;
                }
                if (!isHeadline(l)) {
                    // A short headline right above the byline ("Brexit chaos") is still the headline.
                    if (found < 0 && isShortHeadline(l)) {
                        found = i;
                    }
                    break;
                }
                found = i;
            }
            for (int i = anchor + 1; found < 0 && i < limit; i++) {
                deadline.check();
                if (isHeadline(lines.get(i))) {
                    found = i;
                }
            }
            for (int i = 0; found < 0 && i < limit; i++) {
                deadline.check();
                if (isHeadline(lines.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                return -1;
            }
            title = stripSiteName(WIDE_SPACE.matcher(lines.get(found)).replaceAll(" "));
            return found;
        }

        private boolean isShortHeadline(String l) {
            return !Boilerplate.isNavigation(l, words(l)) && !Boilerplate.isNotice(l, words(l)) && !isDateOnly(l)
                    && !isMenuRow(l) && !BY.matcher(l).matches() && words(l) >= 1
                    && !ENDS_STOP_OR_COLON.matcher(l).matches();
        }

        private boolean isHeadline(String l) {
            if (l.isEmpty() || Boilerplate.isNavigation(l, words(l)) || Boilerplate.isNotice(l, words(l))
                    || isDateOnly(l) || BY.matcher(l).matches() || isMenuRow(l) || SPACED_BAR.split(l).length > 2) {
                return false;
            }
            int w = words(l);
            return w >= 4 || w >= 3
                    && (HAS_HEADLINE_PUNCTUATION.matcher(l).matches() || HAS_LOWERCASE_WORD.matcher(l).matches());
        }

        // Sentences that end like sentences: a long headline with a colon is not yet the article.
        private boolean isRunningText(String l) {
            int w = words(l);
            // A question of a few words is a headline ("How should Britain engage with Russia?").
            return w >= 10 && ENDS_SENTENCE.matcher(l).matches() || w >= 20 && ENDS_QUESTION.matcher(l).matches();
        }

        // "News  Sport  Weather": items set apart by wide gaps, or capitalised words with no sentence
        // punctuation and no function word (a headline in title case has "in", "to", "of" …).
        private boolean isMenuRow(String l) {
            if (WIDE_SPACE.split(l).length >= 3) {
                return true;
            }
            if (HAS_SENTENCE_PUNCTUATION.matcher(l).matches()) {
                return false;
            }
            String[] w = SPACES.split(l.strip());
            for (String x : w) {
                if (!x.isEmpty() && (Character.isLowerCase(x.charAt(0)) && !x.equals("&")
                        || FUNCTION_WORDS.contains(x.toLowerCase(Locale.ROOT)))) {
                    return false;
                }
            }
            return true;
        }

        // A byline, date or publisher line: metadata that sits between headline and body.
        private boolean isMetadata(int i) {
            String l = lines.get(i);
            if (l.isEmpty() || Boilerplate.isNavigation(l, words(l))) {
                return false;
            }
            if (BY.matcher(l).matches() && words(l) <= 16 || isDateOnly(l)) {
                return true;
            }
            Matcher m = PUBLISHED.matcher(l);
            if (m.matches() && firstDate(m.group(1)).isPresent()) {
                return true;
            }
            m = NAME_DASH_REST.matcher(l);
            if (m.matches() && isPersonName(m.group(1)) && words(l) <= 14) {
                return true;
            }
            if (words(l) <= 8 && !HAS_CLAUSE_PUNCTUATION.matcher(l).matches()) {
                Optional<String> name = namePart(l);
                return name.isPresent() && bylineContext(i, name.get());
            }
            return false;
        }

        // "Headline | The Guardian" or "Headline - BBC News": the site name is a publisher clue, not title.
        private String stripSiteName(String l) {
            Matcher m = TITLE_SITE.matcher(l);
            if (m.matches()) {
                Optional<Outlet> o = outlets.resolve(m.group(2));
                if (o.isPresent()) {
                    explicitPublisher = explicitPublisher == null ? o.get().name() : explicitPublisher;
                    return m.group(1).strip();
                }
            }
            return l;
        }

        /** Reads byline, date and publisher lines of the header; true if the line is metadata only. */
        private boolean metadataLine(String l, int i) {
            if (UPDATED.matcher(l).matches()) {
                return true;
            }
            Matcher m = BY.matcher(l);
            if (m.matches() && words(l) <= 16) {
                byline(m.group(1));
                return true;
            }
            m = PUBLISHED.matcher(l);
            if (m.matches() && (firstDate(m.group(1)).isPresent() || ISSUE_OF.matcher(l).find())) {
                takeDate(m.group(1));
                Matcher issue = ISSUE_OF.matcher(l);
                if (issue.find()) {
                    explicit(issue.group(1));
                }
                return true;
            }
            if (isDateOnly(l)) {
                takeDate(l);
                return true;
            }
            m = OUTLET_PAREN_DATE.matcher(l);
            if (m.matches() && firstDate(m.group(2)).isPresent()) {
                takeDate(m.group(2));
                explicit(m.group(1));
                return true;
            }
            m = NAME_DASH_REST.matcher(l);
            if (m.matches() && isPersonName(m.group(1)) && words(l) <= 14) {
                addAuthors(m.group(1));
                rest(m.group(2));
                return true;
            }
            if (authors.isEmpty() && words(l) <= 8 && !HAS_CLAUSE_PUNCTUATION.matcher(l).matches()) {
                Optional<String> name = namePart(l);
                if (name.isPresent() && bylineContext(i, name.get())) {
                    authors.add(name.get());
                    return true;
                }
            }
            return false;
        }

        // A bare name is a byline only beside what bylines sit next to: a date, a role or the writer's bio;
        // a caption naming a politician has none of these.
        private boolean bylineContext(int i, String name) {
            String next = neighbour(i, 1);
            String prev = neighbour(i, -1);
            return isDateOnly(next) || isDateOnly(prev) || isRoleLine(next) || isRoleLine(l(i))
                    || next.startsWith(name + " ") && isBio(next, name);
        }

        private String l(int i) {
            return i >= 0 && i < lines.size() ? lines.get(i) : "";
        }

        private String neighbour(int i, int step) {
            for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
                if (!lines.get(j).isEmpty()) {
                    return lines.get(j);
                }
            }
            return "";
        }

        private boolean isRoleLine(String l) {
            return words(l) <= 8 && ROLE_LINE.matcher(l).find();
        }

        // The byline's remainder: "Daily Mail June 16, 2014", "March 16, 2017 / Leave a comment".
        private void rest(String rest) {
            for (String part : SPACED_SEPARATOR.split(rest)) {
                List<DateFinder.Hit> hits = datesIn(part);
                Optional<DateFinder.Hit> full = hits.stream().filter(h -> !h.yearless()).findFirst();
                if (full.isPresent()) {
                    takeDate(part);
                    String before = TRAILING_COMMAS.matcher(part.substring(0, full.get().start())).replaceAll("");
                    if (!before.isBlank()) {
                        explicit(before);
                    }
                } else if (outlets.resolve(part).isPresent()) {
                    explicit(part);
                }
            }
        }

        private void byline(String text) {
            List<DateFinder.Hit> when = datesIn(text);
            String names = when.isEmpty() ? text
                    : BYLINE_TAIL.matcher(text.substring(0, when.get(0).start())).replaceFirst("");
            String[] parts = SPACED_DASH_OR_SEPARATOR.split(names.isBlank() ? text : names);
            addAuthors(parts[0]);
            for (int k = 1; k < parts.length; k++) {
                rest(parts[k]);
            }
            takeDate(text);
        }

        private void addAuthors(String names) {
            String cleaned = REPORTING_BY.matcher(PLACE_TAIL.matcher(names).replaceAll("")).replaceAll("");
            for (String n : NAME_SEPARATOR.split(cleaned)) {
                Optional<String> name = namePart(n.strip());
                if (name.isPresent() && !authors.contains(name.get())) {
                    authors.add(name.get());
                } else if (name.isEmpty() && outlets.resolve(n).isPresent()) {
                    explicit(n);
                }
            }
        }

        // The person name at the start of a byline fragment, role words dropped: "Jon Stone Political Editor".
        private Optional<String> namePart(String s) {
            return nameParts.computeIfAbsent(s, this::namePartOf);
        }

        private Optional<String> namePartOf(String s) {
            String[] w = SPACES.split(TRAILING_PUNCTUATION.matcher(s).replaceAll(""));
            int k = 0;
            while (k < w.length && !ROLE_WORDS.contains(w[k].toLowerCase(Locale.ROOT)) || k == 0 && k < w.length) {
                k++;
            }
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
            if (k < 2 || k > 4 || !isPersonName(candidate)) {
                return Optional.empty();
            }
            return Optional.of(candidate);
        }

        private boolean isPersonName(String s) {
            if (!PERSON_NAME.matcher(s).matches()) {
                return false;
            }
            for (String w : SPACES.split(s)) {
                String lc = w.toLowerCase(Locale.ROOT);
                String singular = lc.endsWith("s") ? lc.substring(0, lc.length() - 1) : lc;
                if (NOT_NAME_WORDS.contains(lc) || NOT_NAME_WORDS.contains(singular) || ROLE_WORDS.contains(singular)
                        && !ROLE_WORDS.contains(lc)) {
                    return false;
                }
            }
            // The outlet lookup is the costliest test, so it comes last.
            return !ROLE_WORDS.contains(SPACES.split(s)[0].toLowerCase(Locale.ROOT)) && outlets.resolve(s).isEmpty();
        }

        // An author box in the header: "Neil Clark is a journalist, writer, broadcaster …".
        private boolean isBio(String l) {
            return authors.stream().anyMatch(a -> isBio(l, a));
        }

        private boolean isBio(String l, String author) {
            return l.startsWith(author + " ") && BIO.matcher(l.substring(author.length())).lookingAt();
        }

        private int words(String l) {
            if (!l.equals(counted)) {
                counted = l;
                countedWords = Boilerplate.words(l);
            }
            return countedWords;
        }

        private List<DateFinder.Hit> datesIn(String s) {
            return dateHits.computeIfAbsent(s, dates::find);
        }

        private Optional<PartialDate> firstDate(String s) {
            return datesIn(s).stream().filter(h -> !h.yearless()).map(DateFinder.Hit::date).findFirst();
        }

        private boolean isDateOnly(String l) {
            return dateOnly.computeIfAbsent(l, this::isDateOnlyText);
        }

        private boolean isDateOnlyText(String l) {
            if (l.length() > 80 || !DateFinder.hasDigit(l)) {
                return false;
            }
            List<DateFinder.Hit> hits = datesIn(l);
            if (hits.isEmpty() || hits.get(0).yearless()) {
                return false;
            }
            String rest = UPDATED_TAIL.matcher(l.substring(0, hits.get(0).start()) + l.substring(hits.get(0).end()))
                    .replaceFirst("");
            return DATE_LINE_FILLER.matcher(rest).replaceAll("").isEmpty();
        }

        private void takeDate(String s) {
            if (date != null) {
                return;
            }
            for (DateFinder.Hit h : datesIn(s)) {
                if (!h.yearless()) {
                    date = h.date();
                    return;
                }
            }
        }

        private void explicit(String name) {
            String n = EDGE_DASHES.matcher(name.strip()).replaceAll("");
            if (explicitPublisher == null && !n.isEmpty()) {
                explicitPublisher = outlets.resolve(n).map(Outlet::name).orElse(n);
            }
        }

        // "LONDON, October 13. /TASS/. Text" and "MOSCOW (Reuters) - Text": the dateline is metadata.
        private String dateline(String l) {
            // Both patterns are anchored at the start: lookingAt finds what find would, without trying every offset.
            // Each holds a literal character (the slashes round the agency, the bracket before it): tested first.
            Matcher m = DATELINE.matcher(l);
            if (l.indexOf('/') >= 0 && m.lookingAt()) {
                datelineSeen = true;
                explicit(m.group(3));
                datesIn(m.group(2)).stream().findFirst().ifPresent(h -> {
                    yearlessMonth = h.month();
                    yearlessDay = h.day();
                    if (!h.yearless() && date == null) {
                        date = h.date();
                    }
                });
                return l.substring(m.end());
            }
            m = AGENCY_DATELINE.matcher(l);
            if (l.indexOf('(') >= 0 && m.lookingAt()) {
                datelineSeen = true;
                explicit(m.group(2));
                return l.substring(m.end());
            }
            return l;
        }

        private String cleanBodyLine(String line) {
            String l = line.contains("  ") ? WIDE_SPACE.matcher(line).replaceAll(" ") : line;
            String c = l.contains("to enlarge") ? CLICK_TO_ENLARGE.matcher(l).replaceAll(" ").strip() : l;
            c = c.startsWith("Image caption") ? IMAGE_CAPTION.matcher(c).replaceFirst("") : c;
            Matcher credit = PHOTO_CREDIT.matcher(c);
            if (credit.find() && credit.start() > 0) {
                c = c.substring(0, credit.start()).strip();
            }
            return c;
        }

        private void addBodyLine(String l) {
            if (l.isEmpty()) {
                return;
            }
            if (!body.isEmpty()) {
                StringBuilder last = body.get(body.size() - 1);
                if (l.contentEquals(last)) {
                    return;
                }
                // A paragraph the scraper broke mid-sentence: "… that he would be" / "robust with Moscow."
                // Appended in place: a paragraph broken into many lines is mended in linear time.
                if (Character.isLowerCase(l.charAt(0)) && endsMidSentence(last)) {
                    last.append(' ').append(l);
                    lastHasTerminator |= LINE_TERMINATOR.matcher(l).find();
                    return;
                }
            }
            body.add(new StringBuilder(l));
            lastHasTerminator = LINE_TERMINATOR.matcher(l).find();
        }

        /**
         * What {@code .*[\p{Ll},]$} matched on the whole paragraph: it ends in a lower-case letter or a
         * comma, and no line terminator (which {@code .} does not match) stands before.
         */
        private boolean endsMidSentence(StringBuilder last) {
            int c = Character.codePointBefore(last, last.length());
            return !lastHasTerminator && (c == ',' || Character.getType(c) == Character.LOWERCASE_LETTER);
        }

        private void readFooter() {
            boolean inComments = false;
            boolean afterStamp = false;
            for (String l : footer) {
                deadline.check();
                if (Boilerplate.startsComments(l)) {
                    inComments = true;
                    continue;
                }
                if (inComments) {
                    if (words(l) <= 6 && TIMESTAMP.matcher(l).matches() && datesIn(l).size() > 0) {
                        afterStamp = true;
                        continue;
                    }
                    if (afterStamp && words(l) >= 3) {
                        comments.add(WIDE_SPACE.matcher(l).replaceAll(" "));
                    }
                    afterStamp = false;
                    continue;
                }
                vote(l);
            }
            for (String l : header) {
                deadline.check();
                vote(l);
            }
        }

        private void vote(String l) {
            if (PHOTO_CREDIT_LINE.matcher(l).find()) {
                return; // agencies credited for a picture did not publish the article
            }
            Matcher d = Boilerplate.DISCLAIMER_OWNER.matcher(l);
            if (d.find()) {
                explicit(d.group(1));
            }
            Matcher c = COPYRIGHT.matcher(l);
            if (c.find()) {
                String owner = c.group(1).strip();
                outlets.resolve(owner).ifPresent(o -> publisherVotes.merge(o.name(), 3, Integer::sum));
            }
            for (OutletDirectory.Hit h : outlets.find(l)) {
                publisherVotes.merge(h.outlet().name(), 1, Integer::sum);
            }
        }

        private String publisher(List<String> body) {
            if (explicitPublisher != null) {
                return explicitPublisher;
            }
            Optional<String> voted = publisherVotes.entrySet().stream()
                    .max((a, b) -> Integer.compare(a.getValue(), b.getValue())).map(Map.Entry::getKey);
            if (voted.isPresent()) {
                return voted.get();
            }
            // Last resort: the body speaks of itself ("The Independent has learned").
            for (String p : body) {
                if (!SELF_REFERENCE_WORDS.matcher(p).find()) {
                    continue; // without the words, no outlet name has them after it: skip the costlier outlet search
                }
                for (OutletDirectory.Hit h : outlets.find(p)) {
                    if (SELF_REFERENCE.matcher(p.substring(h.end())).find()) {
                        return h.outlet().name();
                    }
                }
            }
            return null;
        }

        // A dateline gives month and day; the year only counts if the article states it elsewhere.
        private PartialDate finalDate(List<String> body) {
            if (date != null || yearlessMonth == 0) {
                return date;
            }
            int year = 0;
            for (String p : body) {
                for (DateFinder.Hit h : datesIn(p)) {
                    if (!h.yearless() && h.date().year() > year) {
                        year = h.date().year();
                    }
                }
            }
            return year == 0 ? null : PartialDate.tryOf(year, yearlessMonth, yearlessDay).orElse(null);
        }

        private boolean sameText(String a, String b) {
            return Math.abs(a.length() - b.length()) <= 8
                    && NON_WORD.matcher(a).replaceAll("").equalsIgnoreCase(NON_WORD.matcher(b).replaceAll(""));
        }
    }
}
