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

    private final OutletDirectory outlets;
    private final Pattern pictureCredit;
    /** A line naming who wrote a disclaimer-style note: "… do not necessarily represent those of RT." */
    private final Pattern disclaimerOwner;
    private final Pattern copyright;
    private final Pattern selfReference;

    OutletFinder(OutletDirectory outlets, LayoutRules rules) {
        this.outlets = outlets;
        pictureCredit = Pattern.compile("(?i)^" + rules.alternation("picture-label") + "\\b|©\\s*"
                + rules.alternation("picture-agency"));
        disclaimerOwner = Pattern.compile(rules.alternation("disclaimer-lead") + " (?:the )?([^.,;]{2,60}?)\\.?$", I);
        copyright = Pattern.compile(rules.alternation("copyright-sign") + "\\s*(?:\\d{4}(?:[-–]\\d{4})?\\s*)?"
                + "(?:the )?([A-Z][\\p{L}&.'’ -]{1,60}?)(?:\\s*[.,|]|\\s+" + rules.alternation("copyright-tail")
                + "|$)", I);
        selfReference = Pattern.compile("^\\s*" + rules.alternation("self-reference"));
    }

    Optional<Outlet> resolve(String name) {
        return outlets.resolve(name);
    }

    /** A header line that is an outlet's name: a strong clue. */
    void voteForName(ArticleFacts facts, String line) {
        outlets.resolve(line).ifPresent(o -> facts.vote(o.name(), 5));
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
        }
        return title;
    }

    /** The clues of one header or footer line: disclaimer owner, copyright owner, any outlet named. */
    void vote(ArticleFacts facts, String l) {
        if (pictureCredit.matcher(l).find()) {
            return; // agencies credited for a picture did not publish the article
        }
        Matcher d = disclaimerOwner.matcher(l);
        if (d.find()) {
            name(facts, d.group(1));
        }
        Matcher c = copyright.matcher(l);
        if (c.find()) {
            outlets.resolve(c.group(1).strip()).ifPresent(o -> facts.vote(o.name(), 3));
        }
        for (OutletDirectory.Hit h : outlets.find(l)) {
            facts.vote(h.outlet().name(), 1);
        }
    }

    /** The outlet named outright, else the one with most votes, else the one the body speaks of as itself. */
    String publisher(ArticleFacts facts, List<String> body) {
        if (facts.namedOutlet != null) {
            return facts.namedOutlet;
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
        return null;
    }
}
