package org.newsgraph.text;

import java.util.regex.Pattern;

/**
 * Recognises the lines of a scraped page that are not article text: site navigation, notices,
 * sharing widgets, and the markers after which the article is over (paywalls, comment forms,
 * related links, disclaimers). Used line by line by the article reader.
 */
public final class Boilerplate {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String BULLETS = "•·▪◦●○■□►▸*";
    private static final Pattern BULLET = Pattern.compile("^[" + BULLETS + "]\\s*\\S.*");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+\\S.*");

    /** Notice forms of at most five words (no whitespace but their single spaces). */
    private static final String SHORT_NOTICES =
            "advertisement|advert|sponsored( content)?|share( this( article| story)?)?( on \\w+)?|tweet|email|print|"
            + "facebook|twitter|linkedin|whatsapp|reddit|pinterest|google\\+?|rss|logo|home|menu|search|close|"
            + "skip to( main)? content|log ?in|sign ?in|sign ?up|register|subscribe( now| today)?|"
            + "read more|more|see more|show more|load more|click to enlarge|enlarge|view gallery|"
            + "\\d+ min(ute)?s? read|getty( images)?|video|watch|listen|audio|gallery|"
            + "(\\d+ )?comments?|go to comments|leave a comment|related( articles| stories| content)?|"
            + "not now,? thanks|remember me|forgotten password\\??|or enter with social networking:?|details|"
            + "×|x|topics?:?|tags?:?";
    /** Notice forms that run on to the end of the line, whatever its length. */
    private static final String OPEN_NOTICES =
            "reading time.*|image (source|copyright).*|photo(graph)?:.*|picture:.*|image:.*|follow us.*";

    /** Widgets and notices anywhere on the page; dropped, reading goes on. */
    private static final Pattern NOTICE =
            Pattern.compile("^(?:" + SHORT_NOTICES + "|" + OPEN_NOTICES + ")[.!:]?$", I);
    /** {@link #NOTICE} for lines of more than five words, which only its open forms can match. */
    private static final Pattern OPEN_NOTICE = Pattern.compile("^(?:" + OPEN_NOTICES + ")[.!:]?$", I);

    /** Phrases that mark a line as a site notice wherever they occur in it. */
    private static final Pattern NOTICE_PHRASE = Pattern.compile(
            "\\b(?:cookies?\\b.*\\b(?:site|website|browser|experience|use)|this (?:site|website) uses|"
            + "privacy (?:policy|notice)|terms (?:and|&) conditions|terms of (?:use|service)|all rights reserved|"
            + "newsletter|sign up (?:to|for)|subscribe to|subscription offers|your inbox|"
            + "personal (?:information|data)|javascript|refresh (?:the|your) (?:page|browser)|"
            + "logged ?in|log ?in to|login to|thank you for registering|your email( address)?|"
            + "click here|tap here|download (?:the|our) app|follow us on|"
            + "you(?:'|’)?ve got full access|free articles|reached your limit|"
            + "trackbacks? and pingbacks?|back to home|get short url|question more)\\b", I);

    /** End markers of at most 22 words: the longest are "more from" with 40 characters, "support the" with 31. */
    private static final String SHORT_ENDS = "(?:\\d+ )?(?:reader )?comments?:?|show comments|view comments|"
            + "related(?: articles| stories| content| coverage)?:?|more (?:on this story|from .{1,40}|stories)|"
            + "more news|support (?:the )?[A-Z][\\w ]{1,30}|"
            + "most (?:popular|read|viewed|shared)|recommended(?: for you)?|"
            + "(?:kaynak/)?source:?|share with friends|share this (?:article|story)|"
            + "about (?:this|the) author";
    /** End markers that run on to the end of the line, whatever its length. */
    private static final String OPEN_ENDS = "you(?:'|’)?ve hit the limit.*|you have (?:now )?reached your limit.*|"
            + "to (?:continue|keep) reading.*|subscribe to (?:continue|read).*|"
            + "join (?:our commenting forum|the (?:discussion|conversation|debate)).*|"
            + "comments are closed.*|since you[’']re here.*|our standards:.*|all quotes delayed.*|"
            + "the (?:statements|views)(?:, views)?(?: and opinions)? expressed .*";

    /** After one of these, the article is over: paywall, comment section, related links, disclaimers. */
    private static final Pattern END = Pattern.compile("^(?:" + SHORT_ENDS + "|" + OPEN_ENDS + ")$", I);
    /** {@link #END} for lines of more than 22 words, which only its open forms can match. */
    private static final Pattern OPEN_END = Pattern.compile("^(?:" + OPEN_ENDS + ")$", I);

    /** A line naming who wrote a disclaimer-style note: "… do not necessarily represent those of RT." */
    static final Pattern DISCLAIMER_OWNER = Pattern.compile(
            "(?:represent|reflect)(?:s)? (?:the (?:views|position|opinions?) of |those of )(?:the )?([^.,;]{2,60}?)\\.?$", I);

    private Boilerplate() {
    }

    // Each test takes the line's word count too: the reader counts a line's words once for all of them.

    /** Menus and lists of links: bullet items and numbered items of a few words. */
    public static boolean isNavigation(String line, int words) {
        // Both forms start with a bullet or a digit: most lines fail on that one character, before any pattern runs.
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        if (BULLETS.indexOf(first) < 0 && (first < '0' || first > '9')) {
            return false;
        }
        return (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) && words <= 7
                && !line.endsWith(".");
    }

    /** A notice, widget label or UI text that is not part of the article. */
    public static boolean isNotice(String line, int words) {
        // A long line is tried against the few open forms only: far cheaper than the full alternation.
        if ((words <= 5 ? NOTICE : OPEN_NOTICE).matcher(line).matches()) {
            return true;
        }
        return words <= 60 && hasNoticeWord(line) && NOTICE_PHRASE.matcher(line).find();
    }

    /** A line after which nothing on the page is article text. */
    public static boolean endsArticle(String line, int words) {
        // As for notices: a line longer than any short form is tried against the open forms only.
        return words <= 40 && (words <= 22 ? END : OPEN_END).matcher(line).matches();
    }

    /** "Read more:", "See also": a block of links to other articles inside the article; the article goes on after it. */
    public static boolean startsLinkBlock(String line) {
        return LINK_BLOCK.matcher(line).matches();
    }

    /** A heading over reader comments ("Comments", "12 comments", "Reader comments"). */
    public static boolean startsComments(String line) {
        return COMMENTS_HEADING.matcher(line).matches();
    }

    private static final Pattern LINK_BLOCK =
            Pattern.compile("(?i)^(?:read more|see also|related|also read|read also|more on this)\\s*:?$");
    private static final Pattern COMMENTS_HEADING =
            Pattern.compile("(?i)^(?:\\d+ )?(?:reader )?comments?:?$|^(?:show|view) comments$");

    /** Words one of which every notice phrase contains: a cheap test before the regular expression. */
    private static final String[] NOTICE_WORDS = {"cookie", "privacy", "terms", "rights", "newsletter", "sign up",
        "subscri", "inbox", "personal", "javascript", "refresh", "log", "registering", "email", "click", "tap here",
        "download", "follow us", "full access", "free articles", "limit", "trackback", "pingback", "back to home",
        "short url", "question more"};

    private static boolean hasNoticeWord(String line) {
        String lc = line.toLowerCase(java.util.Locale.ROOT);
        for (String w : NOTICE_WORDS) {
            if (lc.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
