package org.newsgraph.text;

import java.util.regex.Pattern;
import org.newsgraph.reference.LayoutRules;

/**
 * Recognises the lines of a scraped page that are not article text: site navigation, notices,
 * sharing widgets, and the markers after which the article is over (paywalls, comment forms,
 * related links, disclaimers). Used line by line by the article reader's parts; its words come
 * from the layout cues of rules/layout-cues.tsv.
 */
public final class Boilerplate {

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦●○■□►▸*]\\s*\\S.*");
    // Bounded: an unclosed mark is looked past for a few hundred characters, not to the end of a long line.
    private static final Pattern QUOTED = Pattern.compile(
            "“[^”]{0,500}+”?|\"[^\"]{0,500}+\"?|‘[^’]{0,500}’|(?<!\\p{L})'[^']{0,500}'(?!\\p{L})");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+\\S.*");

    /** Widgets and notices anywhere on the page; dropped, reading goes on. */
    private final Pattern notice;
    /** Phrases that mark a line as a site notice wherever they occur in it. */
    private final Pattern noticePhrase;
    /** Words one of which every notice phrase holds: most lines of prose hold none and skip the pattern. */
    private final LeadingWords noticeWords;
    /** After one of these, the article is over: paywall, comment section, related links, disclaimers. */
    private final Pattern end;
    /** Banners and boxes that end the article unless its prose resumes after them. */
    private final Pattern breaks;
    private final Pattern appeal;
    private final Pattern linkBlock;
    private final Pattern commentsHeading;

    public Boilerplate(LayoutRules rules) {
        notice = Pattern.compile("^(?:" + rules.alternation("notice-line") + "|"
                + rules.alternation("notice-line-start") + ".*)[.!:]?$", I);
        noticePhrase = Pattern.compile("\\b" + rules.alternation("notice-phrase") + "\\b", I);
        noticeWords = new LeadingWords(rules.cues().entries("notice-phrase"));
        end = Pattern.compile("^(?:" + rules.alternation("end-line") + "|" + rules.alternation("end-line-start")
                + ".*)$", I);
        breaks = Pattern.compile("^(?:" + rules.alternation("break-line") + "|"
                + rules.alternation("break-line-start") + ".*)$", I);
        appeal = Pattern.compile("(?<![\\p{L}’'])" + rules.alternation("appeal-word") + "(?![\\p{L}’'])", I);
        linkBlock = Pattern.compile("^" + rules.alternation("link-block") + "\\s*:?$", I);
        commentsHeading = Pattern.compile("^" + rules.alternation("comments-heading") + "$", I);
    }

    /** Menus and lists of links: bullet items and numbered items of a few words. */
    public boolean isNavigation(String line) {
        return (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) && words(line) <= 7
                && !line.endsWith(".");
    }

    /** A notice, widget label or UI text that is not part of the article. */
    public boolean isNotice(String line) {
        return notice.matcher(line).matches() || words(line) <= 60 && noticeWords.mayMatch(line)
                && noticePhrase.matcher(line).find();
    }

    /** A line after which nothing on the page is article text. */
    public boolean endsArticle(String line) {
        return words(line) <= 40 && end.matcher(line).matches();
    }

    /**
     * A banner or box (paywall, donation appeal, newsletter offer, related links) after which the article
     * is over unless its prose resumes: one such line never throws away the text that follows it.
     */
    public boolean breaksArticle(String line) {
        return words(line) <= 40 && breaks.matcher(line).matches();
    }

    /** Text that addresses the reader or speaks for the outlet outside quotation marks: a banner's appeal, not article prose. */
    public boolean isAppeal(String line) {
        return appeal.matcher(QUOTED.matcher(line).replaceAll(" ")).find();
    }

    /** "Read more:", "See also": a block of links to other articles inside the article; the article goes on after it. */
    public boolean startsLinkBlock(String line) {
        return linkBlock.matcher(line).matches();
    }

    /** A heading over reader comments ("Comments", "12 comments", "Reader comments"). */
    public boolean startsComments(String line) {
        return commentsHeading.matcher(line).matches();
    }

    /** The number of whitespace-separated words: the one word count of the reader's parts. */
    static int words(String s) {
        return TOKENIZER.count(s);
    }
}
