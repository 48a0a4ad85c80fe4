package org.newsgraph.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.reference.LayoutRules;
import org.newsgraph.reference.Outlet;
import org.newsgraph.reference.OutletDirectory;

/**
 * Finds the outlet that published an article: named outright (title suffix, dateline, byline), voted for
 * by the clues of header and footer (copyright, disclaimers, outlet names), or the body speaking of itself.
 */
final class OutletFinder {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TITLE_SITE = Pattern.compile("^(.{8,}?)\\s+[|–—-]\\s+([^|–—-]{2,40})$");
    private static final Pattern EDGE_DASHES = Pattern.compile("^[\\s,—–-]+|[\\s,—–-]+$");
    /** "The Baltic Herald — Politics", "World | The Baltic Herald": a site's name beside a section label. */
    private static final Pattern NAME_BESIDE_LABEL = Pattern.compile("^(.{2,60}?)\\s+[—–|•:/-]\\s+(.{2,60})$");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&.'’-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A web or mail address; its host may name the outlet and its path may hold the date: /2017/03/13/, /2017/mar/13/, 20170313. */
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:\\bhttps?://|(?<![\\w.+-])[\\w.+-]{1,64}+@)([a-z0-9.-]{1,200}\\.[a-z]{2,})(/\\S*+)?");
    private static final Pattern PATH_DATE = Pattern.compile(
            "(?i)/((?:19|20)\\d{2})/(\\d{1,2}|[a-z]{3})/(\\d{1,2})(?=/|$|[-_.])|(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern MAIL = Pattern.compile("(?i)(?<![\\w.+-])[\\w.+-]{1,64}+@([a-z0-9.-]{1,200}\\.[a-z]{2,})");
    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4}");
    /** The owner at the end of a picture credit: "Name/The Outlet", "Photograph: Name for The Outlet". */
    private static final Pattern CREDIT_TAIL = Pattern.compile("(?:^|[:(]\\s*)\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "\\s*(?:/|\\s+for\\s+)((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}&.'’-]*){0,4})\\)?$");

    private final OutletDirectory outlets;
    private final Pattern pictureCredit;
    /** A line naming who wrote a disclaimer-style note: "… do not necessarily represent those of RT." */
    private final Pattern disclaimerOwner;
    private final Pattern copyright;
    private final Pattern selfReference;
    private final Pattern outletHead;
    private final Pattern outletLead;
    private final Pattern hostPrefix;
    /** "Harbour Gazette journalist Anna Berg": an outlet named as its staff's employer. */
    private final Pattern staffOf;
    private final Pattern employer;
    private final DateFinder dates = new DateFinder();
    /** Page furniture naming the site itself: "More from X", "Follow X on Twitter", "First published in X". */
    private final Pattern outletPhrase;
    private final Pattern outletPhraseTail;
    /** "Follow X on Twitter", "Get X's newsletters": a lead that names the site only with its furniture word after. */
    private final Pattern outletTailPhrase;
    /** "By Baltic Herald Staff": a byline that names the outlet's desk, not a person. */
    private final Pattern staffByline;

    OutletFinder(OutletDirectory outlets, LayoutRules rules) {
        this.outlets = outlets;
        pictureCredit = Pattern.compile("(?i)^" + rules.alternation("picture-label") + "\\b|©\\s*"
                + rules.alternation("picture-agency") + "|/\\s*" + rules.alternation("picture-agency") + "\\b");
        disclaimerOwner = Pattern.compile(rules.alternation("disclaimer-lead") + " (?:the )?([^.,;]{2,60}?)\\.?$", I);
        copyright = Pattern.compile(rules.alternation("copyright-sign") + "\\s*(?:\\d{4}(?:[-–]\\d{4})?\\s*)?"
                + "((?:the )?[A-Z][\\p{L}&.'’ -]{1,60}?)(?:\\s*[.,|]|\\s+" + rules.alternation("copyright-tail")
                + "|$)", I);
        selfReference = Pattern.compile("^\\s*" + rules.alternation("self-reference"));
        outletHead = Pattern.compile(rules.alternation("outlet-head"));
        outletLead = Pattern.compile(rules.alternation("outlet-lead"));
        staffOf = Pattern.compile("((?:The )?\\p{Lu}\\p{L}++(?: \\p{Lu}\\p{L}++){0,3})(?:['’]s)? "
                + rules.alternation("role-line") + "\\b");
        employer = Pattern.compile("(?i:" + rules.alternation("role-line") + ")\\s+(?:at|for|of)\\s+(?:the\\s+)?"
                + "(\\p{Lu}[\\p{L}'’&-]*+(?:\\s+\\p{Lu}[\\p{L}'’&-]*+){0,3})");
        hostPrefix = Pattern.compile("^" + rules.alternation("url-host-prefix"));
        outletPhrase = Pattern.compile("(?<![\\p{L}])" + rules.alternation("outlet-phrase-lead")
                + "\\s+(?:(?-i:the)\\s+)?([^.,;:!?|()\\[\\]“”\"]{2,80})", I);
        outletTailPhrase = Pattern.compile("(?<![\\p{L}])" + rules.alternation("outlet-tail-lead")
                + "\\s+(?:(?-i:the)\\s+)?([^.,;:!?|()\\[\\]“”\"]{2,80})", I);
        outletPhraseTail = Pattern.compile("(?:['’]s)?\\s+" + rules.alternation("outlet-phrase-tail") + "\\b.*$", I);
        staffByline = Pattern.compile("^(?:the\\s+)?(.{2,60}?)\\s+" + rules.alternation("staff-byline") + "$", I);
    }

    /**
     * The site naming itself in its furniture ("More from The Baltic Herald", "Follow Kyiv Post on Twitter",
     * "This article first appeared on The Conversation"): a strong clue, for a known outlet or a name shaped
     * like one; true if the line held one.
     */
    boolean voteForPhrase(ArticleFacts facts, String l) {
        if (Boilerplate.words(l) > 25) {
            return false;
        }
        return voteForPhrase(facts, outletPhrase.matcher(l), false)
                || voteForPhrase(facts, outletTailPhrase.matcher(l), true);
    }

    private boolean voteForPhrase(ArticleFacts facts, Matcher m, boolean tailNeeded) {
        while (m.find()) {
            Matcher tail = outletPhraseTail.matcher(m.group(1));
            boolean tailed = tail.find();
            if (tailNeeded && !tailed) {
                continue;
            }
            Optional<String> name = longestOutletPrefix(tailed ? m.group(1).substring(0, tail.start()).strip()
                    : m.group(1).strip());
            if (name.isPresent()) {
                facts.vote(name.get(), 3);
                return true;
            }
        }
        return false;
    }

    // The longest run of words at the start of {@code s} that is a known outlet, or else all of it if it is
    // shaped like an outlet's name: "Times of India news" is The Times of India.
    private Optional<String> longestOutletPrefix(String s) {
        String[] w = SPACES.split(s);
        for (int n = Math.min(w.length, 6); n >= 1; n--) {
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(w, 0, n));
            Optional<Outlet> known = outlets.resolve(prefix);
            if (known.isPresent()) {
                return Optional.of(known.get().name());
            }
        }
        return isOutletShaped(s) ? Optional.of(s) : Optional.empty();
    }

    /**
     * A byline that names the outlet's desk, not a writer ("By Baltic Herald Staff", "Reuters Staff"): the
     * outlet it names, or empty.
     */
    Optional<String> staffOutlet(String byline) {
        Matcher m = staffByline.matcher(byline.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        Optional<Outlet> known = outlets.resolve(name);
        if (known.isPresent()) {
            return Optional.of(known.get().name());
        }
        // A writer's name before a role ("Anna Berg Staff Writer") is no outlet: an unknown one needs its head noun.
        return isOutletShaped(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * A picture credit that names a newspaper, not an agency ("Name/The Baltic Herald", "Name for The
     * Baltic Herald"): the outlet's own photographer, so a weak clue to the outlet; true if it was one.
     */
    boolean voteForCredit(ArticleFacts facts, String l) {
        if (l.length() > 160 || l.indexOf('/') < 0 && !l.contains(" for ")) {
            return false;
        }
        Matcher m = CREDIT_TAIL.matcher(l);
        if (!m.find() || isPictureCredit(m.group(1))) {
            return false;
        }
        String owner = m.group(1).strip();
        Optional<Outlet> known = outlets.resolve(owner);
        if (known.isPresent() && !pictureCredit.matcher("/" + known.get().name()).find()) {
            facts.vote(known.get().name(), 1);
            return true;
        }
        if (isOutletShaped(owner)) {
            facts.vote(owner, 1);
            return true;
        }
        return false;
    }

    Optional<Outlet> resolve(String name) {
        return outlets.resolve(name);
    }

    /** A copyright notice on a line of its own ("© 2016 The Baltic Herald"): furniture, voted for; true if it was one. */
    boolean readCopyright(ArticleFacts facts, String line) {
        Matcher c = copyright.matcher(line);
        if (Boilerplate.words(line) > 15 || !c.lookingAt()) {
            return false;
        }
        vote(facts, line);
        return true;
    }

    /** A line of site furniture naming the outlet (see {@link #siteName}): a strong clue; true if it was one. */
    boolean voteForSite(ArticleFacts facts, String line) {
        Optional<String> site = siteName(line);
        site.ifPresent(n -> facts.vote(n, outlets.resolve(n).isPresent() ? 5 : 4));
        return site.isPresent();
    }

    /** Names the outlet outright, as a line states it, unless one is named already. */
    void name(ArticleFacts facts, String name) {
        String n = EDGE_DASHES.matcher(name.strip()).replaceAll("");
        if (facts.namedOutlet == null && !n.isEmpty()) {
            facts.namedOutlet = outlets.resolve(n).map(Outlet::name).orElse(n);
        }
    }

    // "Headline | The Guardian" or "Headline - BBC News": the site name is a publisher clue, not title.
    String stripSiteName(ArticleFacts facts, String title) {
        Matcher m = TITLE_SITE.matcher(title);
        if (m.matches()) {
            Optional<Outlet> o = outlets.resolve(m.group(2));
            if (o.isPresent()) {
                facts.namedOutlet = facts.namedOutlet == null ? o.get().name() : facts.namedOutlet;
                return m.group(1).strip();
            }
            if (isOutletShaped(m.group(2).strip())) {
                facts.vote(m.group(2).strip(), 4);
                return m.group(1).strip();
            }
        }
        return title;
    }

    /**
     * The outlet a line of site furniture names, or empty: a line that is only an outlet's name (known, or
     * shaped like one: "The Northern Lakes Gazette"), or that name beside a section label ("The Baltic
     * Herald — Politics", "World | Kyiv Post"). Such a line is neither headline, byline nor body.
     */
    Optional<String> siteName(String line) {
        if (Boilerplate.words(line) > 10) {
            return Optional.empty();
        }
        Optional<String> whole = outletName(line);
        if (whole.isPresent()) {
            return whole;
        }
        Matcher m = NAME_BESIDE_LABEL.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String a = m.group(1).strip();
        String b = m.group(2).strip();
        Optional<String> first = isLabel(b) ? outletName(a) : Optional.empty();
        return first.isPresent() ? first : isLabel(a) ? outletName(b) : Optional.empty();
    }

    /** The hosts of the e-mail addresses in a line ("Write to X at x@balticherald.com"): the staff's employer. */
    void readMailHosts(ArticleFacts facts, String line) {
        if (line.indexOf('@') < 0) {
            return;
        }
        Matcher m = MAIL.matcher(line);
        while (m.find()) {
            addHost(facts, m.group(1).toLowerCase(java.util.Locale.ROOT), 2);
        }
    }

    // A host votes for the outlet the reference data knows by it; an unknown host waits to be matched to a
    // name the page prints.
    private void addHost(ArticleFacts facts, String host, int weight) {
        Optional<Outlet> known = outlets.resolve(host);
        String bare = hostPrefix.matcher(host).replaceFirst("");
        known = known.isPresent() ? known : outlets.resolve(bare);
        if (known.isPresent()) {
            facts.vote(known.get().name(), weight);
        } else {
            int dot = bare.indexOf('.');
            facts.hosts.add(dot < 0 ? bare : bare.substring(0, dot));
        }
    }

    private static final int HOSTS_TRIED = 3;
    private static final int MAX_HOST_LETTERS = 40;

    /**
     * The name the page prints for an unknown host of its links and addresses, the most frequent host first:
     * the host in capitals ("NASA" for nasa.gov) or capitalised words spelling it ("The Baltic Herald" for
     * thebalticherald.com); empty when the page prints no such name (a host alone is no outlet's name).
     */
    Optional<String> printedHostName(ArticleFacts facts, String page) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        facts.hosts.forEach(h -> counts.merge(h, 1, Integer::sum));
        List<String> byCount = new java.util.ArrayList<>(counts.keySet());
        byCount.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        // Each host tried costs a pass over the page: a page listing thousands of hosts gets its few commonest tried.
        for (String host : byCount.subList(0, Math.min(HOSTS_TRIED, byCount.size()))) {
            String letters = NOT_KEY.matcher(host).replaceAll("");
            if (letters.length() < 3 || letters.length() > MAX_HOST_LETTERS) {
                continue;
            }
            Matcher caps = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(letters.toUpperCase(java.util.Locale.ROOT))
                    + "(?![\\p{L}\\p{N}])").matcher(page);
            if (caps.find()) {
                return Optional.of(caps.group());
            }
            StringBuilder spelt = new StringBuilder("(?<![\\p{L}\\p{N}])(?:The\\s+)?");
            String rest = letters.startsWith("the") ? letters.substring(3) : letters;
            for (int k = 0; k < rest.length(); k++) {
                spelt.append(k == 0 ? "" : "[\\s.'’-]?").append(Pattern.quote(String.valueOf(rest.charAt(k))));
            }
            Matcher words = Pattern.compile(spelt.append("(?![\\p{L}\\p{N}])").toString(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(page);
            while (words.find()) {
                String name = words.group();
                if (name.contains(" ") && CAPITALISED_WORDS.matcher(name).matches()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Reads the outlet and date of a line that is a web address (with at most a label before it); true if it was one. */
    boolean readLink(ArticleFacts facts, String line) {
        Matcher m = LINK.matcher(line);
        if (!isLink(m, line)) {
            return false;
        }
        addHost(facts, m.group(1).toLowerCase(java.util.Locale.ROOT), 3);
        String path = m.group(2) == null ? "" : m.group(2);
        Matcher d = PATH_DATE.matcher(path);
        if (d.find()) {
            String text = d.group(1) != null ? d.group(3) + " " + month(d.group(2)) + " " + d.group(1)
                    : d.group(6) + " " + month(d.group(5)) + " " + d.group(4);
            facts.takeDate(dates.first(text));
        }
        return true;
    }

    /** A line that is a web address, with at most a short label before it. */
    boolean isLink(String line) {
        return isLink(LINK.matcher(line), line);
    }

    private static boolean isLink(Matcher m, String line) {
        // Each form of LINK holds "://" or "@": a line with neither is no address, and the pattern need not run.
        return (line.indexOf("://") >= 0 || line.indexOf('@') >= 0) && m.find() && Boilerplate.words(line.substring(0, m.start())) <= 3 && line.substring(m.end()).isBlank();
    }

    // The month of a path as the date finder reads it: a number becomes its English name.
    private static String month(String m) {
        if (!Character.isDigit(m.charAt(0))) {
            return m.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + m.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        int n = Integer.parseInt(m);
        return n >= 1 && n <= 12 ? java.time.Month.of(n).getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) : "";
    }

    /** A known outlet's name, or a name shaped like an outlet's (capitalised words with an outlet's head noun). */
    private Optional<String> outletName(String s) {
        Optional<Outlet> known = outlets.resolve(s);
        if (known.isPresent() && Boilerplate.words(s) <= 6) {
            return Optional.of(known.get().name());
        }
        return isOutletShaped(s) ? Optional.of(s) : Optional.empty();
    }

    // One to five capitalised words (joined by "of", "and", "&"), one of them an outlet's head noun: "Kyiv Post",
    // "The Baltic Herald". A person's name has no head noun of a newspaper, and never opens with "The".
    boolean isOutletShaped(String s) {
        String[] w = SPACES.split(s.strip());
        if (w.length < 2 || w.length > 5) {
            return false;
        }
        boolean head = false;
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("of") || w[i].equals("and") || w[i].equals("&")) {
                if (i == 0 || i == w.length - 1) {
                    return false;
                }
                continue;
            }
            if (!CAPITALISED.matcher(w[i]).matches()) {
                return false;
            }
            head |= i > 0 && outletHead.matcher(w[i]).matches() || i == 0 && w.length > 1
                    && outletHead.matcher(w[i]).matches() && !outletLead.matcher(w[i]).matches();
        }
        return head;
    }

    // A section label: one to three capitalised words ("Politics", "World News", "Opinion & Analysis").
    private static boolean isLabel(String s) {
        String[] w = SPACES.split(s.strip());
        if (w.length > 3) {
            return false;
        }
        for (String x : w) {
            if (!x.equals("&") && !x.equals("and") && !CAPITALISED.matcher(x).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A picture's caption label or credit ("JIM WATSON/AFP/Getty Images"): the agency did not publish the article. */
    boolean isPictureCredit(String l) {
        return pictureCredit.matcher(l).find();
    }

    /**
     * The outlet an author's bio names as the writer's employer ("Lucas Nolan is a reporter for Breitbart
     * Tech", "Dan is the Security Editor at Ars Technica"): the name after the role (the known outlet in it,
     * if any), else the first known outlet in the line.
     */
    void voteForEmployer(ArticleFacts facts, String bio) {
        Matcher m = employer.matcher(bio);
        if (m.find()) {
            Optional<Outlet> known = outlets.resolve(m.group(1));
            List<OutletDirectory.Hit> inside = outlets.find(m.group(1));
            facts.vote(known.isPresent() ? known.get().name()
                    : inside.isEmpty() ? m.group(1) : inside.get(0).outlet().name(), 2);
            return;
        }
        List<OutletDirectory.Hit> hits = outlets.find(bio);
        if (!hits.isEmpty()) {
            facts.vote(hits.get(0).outlet().name(), 1);
        }
    }

    /** The clues of one header or footer line: disclaimer owner, copyright owner, any outlet named. */
    void vote(ArticleFacts facts, String l) {
        if (isPictureCredit(l)) {
            return; // agencies credited for a picture did not publish the article
        }
        Matcher d = disclaimerOwner.matcher(l);
        if (d.find()) {
            name(facts, d.group(1));
        }
        Matcher c = copyright.matcher(l);
        if (c.find()) {
            String owner = c.group(1).strip();
            Optional<Outlet> known = outlets.resolve(owner);
            if (known.isPresent()) {
                facts.vote(known.get().name(), 3);
            } else if (isOutletShaped(owner)) {
                facts.vote(owner, 2); // an outlet the reference data does not know, named as its owner styles it
            }
        }
        for (OutletDirectory.Hit h : outlets.find(l)) {
            facts.vote(h.outlet().name(), 1);
        }
        voteForPhrase(facts, l);
        readMailHosts(facts, l);
    }

    /**
     * A name a byline gives that is no person's ("By Metro Herald") is the outlet's when the page's furniture
     * (its header lines other than bylines) prints it too: a site menu, a masthead.
     */
    void voteForBylineOutlet(ArticleFacts facts, List<String> header, BylineReader bylines) {
        for (String name : facts.otherBylines) {
            String key = fold(name);
            if (key.length() < 3 || !CAPITALISED_WORDS.matcher(name).matches()) {
                continue;
            }
            Pattern inLine = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(key) + "(?![\\p{L}\\p{N}])");
            for (String l : header) {
                String folded = fold(l);
                if (bylines.byline(l).isEmpty() && !folded.contains("by " + key) && inLine.matcher(folded).find()) {
                    facts.vote(name, 4);
                    break;
                }
            }
        }
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String compact(String name) {
        String k = NOT_KEY.matcher(name.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return k.startsWith("the") ? k.substring(3) : k;
    }

    /**
     * The outlet named outright, else the one with most votes, else the one the body speaks of as itself, else
     * the name {@code page} prints for the host of its addresses.
     */
    String publisher(ArticleFacts facts, List<String> body, String page) {
        if (facts.namedOutlet != null) {
            return facts.namedOutlet;
        }
        for (String host : facts.hosts) {
            // An unknown host names the outlet the page names elsewhere: balticherald.com is "The Baltic Herald".
            List.copyOf(facts.outletVotes.keySet()).stream().filter(n -> compact(n).equals(host)
                    || ("the" + compact(n)).equals(host) || compact(n).equals("the" + host))
                    .findFirst().ifPresent(n -> facts.vote(n, 3));
        }
        Optional<String> voted = facts.outletVotes.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue(), b.getValue())).map(Map.Entry::getKey);
        if (voted.isPresent()) {
            return voted.get();
        }
        // Last resort: the body speaks of itself ("The Independent has learned").
        for (String p : body) {
            for (OutletDirectory.Hit h : outlets.find(p)) {
                if (selfReference.matcher(p.substring(h.end())).find()) {
                    return h.outlet().name();
                }
            }
        }
        // Or names one of its own staff: "Harbour Gazette journalist Anna Berg".
        for (String p : body) {
            Matcher m = staffOf.matcher(p);
            while (m.find()) {
                Optional<String> name = outletName(m.group(1));
                if (name.isPresent()) {
                    return name.get();
                }
            }
        }
        return printedHostName(facts, page).orElse(null);
    }
}
