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

    private static final Pattern PROSE_END = Pattern.compile(".*[.!?][”\"’)]?$");
    private static final Pattern NON_WORD = Pattern.compile("\\W+");

    private final HardWrap wrapping = new HardWrap();
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
        metadata = new MetadataLines(boilerplate, bylines, dates, outlets, rules);
        headlines = new HeadlineFinder(boilerplate, dates, bylines, metadata, outlets, rules);
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
        List<String> lines = wrapping.unwrap(lines(raw));
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
            if (outlets.readLink(facts, l)) {
                continue;
            }
            outlets.stripSiteName(facts, l); // the page's title above the headline: "Headline - The Washington Post"
            if (!bylines.isByline(l) && outlets.voteForSite(facts, l)) {
                header.add(l);
                continue;
            }
            if (!boilerplate.isNotice(l)) {
                metadata.read(facts, lines, i);
            }
            header.add(l);
        }
        BodyAssembler.Paragraphs body = bodies.start();
        List<String> footer = new ArrayList<>();
        boolean inBody = false;
        boolean skippingLinks = false;
        // Lines of a block of links that the page may end with: then they are its footer.
        List<String> linked = new ArrayList<>();
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
            if (outlets.readLink(facts, l) || !bylines.isByline(l) && outlets.voteForSite(facts, l) || outlets.readCopyright(facts, l)
                    || Boilerplate.words(l) <= 6 && outlets.isPictureCredit(l) && !headlines.isRunningText(l)) {
                continue; // site furniture: a web address or the site's name, never body
            }
            outlets.readMailHosts(facts, l);
            if (Boilerplate.words(l) <= 12) {
                outlets.voteForCredit(facts, l);
                outlets.voteForPhrase(facts, l);
            }
            if (boilerplate.startsLinkBlock(l)) {
                skippingLinks = true;
                continue;
            }
            if (skippingLinks) {
                if (!headlines.isRunningText(l)) {
                    linked.add(l);
                    continue; // the linked headlines of a "Read more:" block
                }
                skippingLinks = false;
                linked.clear();
            }
            if (boilerplate.endsArticle(l) && (inBody || !body.isEmpty())) {
                footer.add(l);
                continue;
            }
            if (boilerplate.breaksArticle(l) && (inBody || !body.isEmpty())) {
                int resume = resumption(lines, i + 1, deadline);
                if (resume < 0) {
                    footer.add(l);
                    continue;
                }
                for (int k = i; k < resume; k++) {
                    if (!lines.get(k).isEmpty()) {
                        header.add(lines.get(k)); // the banner's lines: clues to the outlet, never body
                    }
                }
                i = resume - 1;
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
            // A standfirst may come before the byline: a bare name just under it is still the byline.
            if (inBody && body.size() <= 1 && facts.authors.isEmpty() && metadata.readBareByline(facts, lines, i)) {
                continue;
            }
            body.add(l);
        }
        if (skippingLinks) {
            footer.addAll(0, linked);
        }
        CommentSplitter.Footer foot = comments.split(footer, deadline);
        List<String> rest = foot.rest();
        for (int k = 0; k < rest.size(); k++) {
            deadline.check();
            String l = rest.get(k);
            outlets.vote(facts, l);
            outlets.readLink(facts, l);
            // The page's own date printed at its foot: under a label anywhere, bare only on its last lines
            // (a bare date higher up may belong to a linked article).
            if (metadata.isLabelledDate(l) || k >= rest.size() - 3 && dates.isDateOnly(l)) {
                dates.takeDate(facts, l.substring(metadata.dateStart(l)));
            }
        }
        for (String l : header) {
            deadline.check();
            outlets.vote(facts, l);
        }
        List<String> paragraphs = body.paragraphs();
        for (String p : paragraphs) {
            if (bylines.isAboutAuthor(facts, p)) {
                outlets.voteForEmployer(facts, p);
            }
        }
        outlets.voteForBylineOutlet(facts, header, bylines);
        return new Document(source, title, facts.authors, outlets.publisher(facts, paragraphs, String.join("\n", lines)),
                dates.finalDate(facts, paragraphs), String.join("\n\n", paragraphs), foot.comments());
    }

    /**
     * Where the article's prose resumes after a banner, or -1: at the first line of running text that
     * addresses no reader and starts a run of such text of 25 words or more, before any line that ends the
     * article.
     */
    private int resumption(List<String> lines, int from, Deadline deadline) {
        for (int j = from; j < lines.size(); j++) {
            deadline.check();
            String l = lines.get(j);
            if (l.isEmpty()) {
                continue;
            }
            if (boilerplate.endsArticle(l) || boilerplate.startsComments(l)) {
                return -1;
            }
            if (isProse(l) && proseRun(lines, j) >= 25) {
                return j;
            }
        }
        return -1;
    }

    // The words of the running-text lines among the next few from {@code j}, up to a banner or an end.
    private int proseRun(List<String> lines, int j) {
        int words = 0;
        int seen = 0;
        for (int k = j; k < lines.size() && seen < 6; k++) {
            String l = lines.get(k);
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (k > j && (boilerplate.breaksArticle(l) || boilerplate.endsArticle(l) || boilerplate.startsComments(l))) {
                break;
            }
            if (isProse(l)) {
                words += Boilerplate.words(l);
            }
        }
        return words;
    }

    private boolean isProse(String l) {
        return Boilerplate.words(l) >= 10 && PROSE_END.matcher(l).matches() && !boilerplate.isAppeal(l)
                && !boilerplate.isNotice(l)
                && !boilerplate.breaksArticle(l);
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
