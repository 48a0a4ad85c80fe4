package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.base.Deadline;
import org.newsgraph.reference.LayoutRules;
import org.newsgraph.reference.OutletDirectory;

/**
 * Splits a scraped article into title, byline, publisher, date, body and reader comments: the
 * first step of the flow (file text → {@link Document}). Pure: no IO. Walks the page's lines once,
 * handing each to the part whose job it is (boilerplate, headline, metadata, dateline, body, comments).
 */
public final class ArticleReader {

    private static final Pattern NON_WORD = Pattern.compile("\\W+");

    private final Boilerplate boilerplate;
    private final DateReader dates;
    private final OutletFinder outlets;
    private final BylineReader bylines;
    private final MetadataLines metadata;
    private final HeadlineFinder headlines;
    private final DatelineReader datelines;
    private final BodyAssembler bodies;
    private final CommentSplitter comments;

    public ArticleReader(OutletDirectory outletDirectory, LayoutRules rules) {
        boilerplate = new Boilerplate(rules);
        dates = new DateReader(rules);
        outlets = new OutletFinder(outletDirectory, rules);
        bylines = new BylineReader(outlets, dates, rules);
        metadata = new MetadataLines(bylines, dates, outlets, rules);
        headlines = new HeadlineFinder(boilerplate, dates, bylines, metadata, rules);
        datelines = new DatelineReader(dates, outlets, rules);
        bodies = new BodyAssembler(rules);
        comments = new CommentSplitter(boilerplate, dates, rules);
    }

    /** Reads one article. {@code source} is its identity (file name without extension). */
    public Document read(String source, String raw) {
        return read(source, raw, Deadline.NONE);
    }

    /** Reads one article, stopping with the deadline's error once its time is spent. */
    public Document read(String source, String raw, Deadline deadline) {
        List<String> lines = lines(raw);
        ArticleFacts facts = new ArticleFacts();
        List<String> header = new ArrayList<>();
        int titleAt = headlines.find(lines, deadline);
        String title = titleAt < 0 ? null : outlets.stripSiteName(facts, HeadlineFinder.text(lines.get(titleAt)));
        for (int i = 0; i < titleAt; i++) {
            deadline.check();
            String l = lines.get(i);
            if (l.isEmpty() || boilerplate.isNavigation(l)) {
                continue;
            }
            outlets.voteForName(facts, l);
            if (!boilerplate.isNotice(l)) {
                metadata.read(facts, lines, i);
            }
            header.add(l);
        }
        BodyAssembler.Paragraphs body = bodies.start();
        List<String> footer = new ArrayList<>();
        boolean inBody = false;
        boolean skippingLinks = false;
        int paragraphsSeen = 0;
        for (int i = titleAt + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            deadline.check();
            if (!footer.isEmpty()) {
                footer.add(l);
                continue;
            }
            if (title != null && sameText(l, title) || boilerplate.isNavigation(l)) {
                continue;
            }
            if (boilerplate.startsLinkBlock(l)) {
                skippingLinks = true;
                continue;
            }
            if (skippingLinks) {
                if (!headlines.isRunningText(l)) {
                    continue; // the linked headlines of a "Read more:" block
                }
                skippingLinks = false;
            }
            if (boilerplate.endsArticle(l) && (inBody || !body.isEmpty())) {
                footer.add(l);
                continue;
            }
            if (boilerplate.isNotice(l)) {
                header.add(l);
                continue;
            }
            if (!inBody) {
                if (bylines.isBio(facts, l)) {
                    continue;
                }
                if (metadata.read(facts, lines, i)) {
                    header.add(l);
                    continue;
                }
                inBody = headlines.isRunningText(l);
            }
            if (body.size() < 4 && !facts.datelineSeen) {
                l = datelines.read(facts, l);
            }
            if (inBody && (bylines.readFootByline(facts, l) || metadata.readDateLine(facts, l))) {
                continue;
            }
            body.add(l);
        }
        CommentSplitter.Footer foot = comments.split(footer, deadline);
        for (String l : foot.rest()) {
            deadline.check();
            outlets.vote(facts, l);
        }
        for (String l : header) {
            deadline.check();
            outlets.vote(facts, l);
        }
        List<String> paragraphs = body.paragraphs();
        return new Document(source, title, facts.authors, outlets.publisher(facts, paragraphs),
                dates.finalDate(facts, paragraphs), String.join("\n\n", paragraphs), foot.comments());
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

    // The headline repeated below itself (a sub-heading or the page's own title).
    private static boolean sameText(String a, String b) {
        return Math.abs(a.length() - b.length()) <= 8 && letters(a).equalsIgnoreCase(letters(b));
    }

    private static String letters(String s) {
        return NON_WORD.matcher(s).replaceAll("");
    }
}
