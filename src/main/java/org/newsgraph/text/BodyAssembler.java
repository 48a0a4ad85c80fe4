package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.reference.LayoutRules;

/**
 * Assembles the body's paragraphs from the page's text lines: picture prompts and credits cut out,
 * repeated lines dropped, paragraphs the scraper broke mid-sentence mended.
 */
final class BodyAssembler {

    private static final Pattern WIDE_SPACE = Pattern.compile(" {2,}");

    private final Pattern enlargePrompt;
    /** Words one of which every image prompt holds: a line without them keeps its text as it is. */
    private final LeadingWords enlargeWords;
    private final Pattern captionLabel;
    private final Pattern captionCredit;
    private final Pattern bracketCredit;
    /** Lines that credit people who did not write the article: photographers, contributing reporters. */
    private final Pattern creditLine;
    private final Pattern contributorLine;
    /** The longest credit line: a name or two and an outlet; longer lines are prose and are not tried. */
    private static final int CREDIT_LINE_MAX = 100;

    BodyAssembler(LayoutRules rules) {
        enlargePrompt = Pattern.compile("(?i)\\s*" + rules.alternation("enlarge-prompt") + "\\s*");
        enlargeWords = new LeadingWords(rules.cues().entries("enlarge-prompt"));
        captionLabel = Pattern.compile("^" + rules.alternation("caption-label") + "\\s+");
        captionCredit = Pattern.compile("\\s*" + rules.alternation("caption-credit") + "\\s*[^.!?]{1,80}$");
        bracketCredit = Pattern.compile(rules.alternation("credit-bracket") + "\\s*$");
        creditLine = Pattern.compile(rules.alternation("credit-line"));
        contributorLine = Pattern.compile(rules.alternation("contributor-line") + "\\s*$");
    }

    /** A new, empty body for one article. */
    Paragraphs start() {
        return new Paragraphs();
    }

    /** The paragraphs of one article's body, growing line by line. */
    final class Paragraphs {
        // Appended in place: a paragraph the scraper broke into many lines is mended in linear time.
        private final List<StringBuilder> paragraphs = new ArrayList<>();

        /** Adds one text line of the body, cleaned. */
        void add(String line) {
            String l = clean(line);
            if (l.isEmpty()) {
                return;
            }
            if (!paragraphs.isEmpty()) {
                StringBuilder last = paragraphs.get(paragraphs.size() - 1);
                if (l.contentEquals(last)) {
                    return;
                }
                // A paragraph the scraper broke mid-sentence: "… that he would be" / "robust with Moscow."
                if (Character.isLowerCase(l.charAt(0)) && endsMidSentence(last)) {
                    last.append(' ').append(l);
                    return;
                }
            }
            paragraphs.add(new StringBuilder(l));
        }

        int size() {
            return paragraphs.size();
        }

        boolean isEmpty() {
            return paragraphs.isEmpty();
        }

        List<String> paragraphs() {
            List<String> out = new ArrayList<>(paragraphs.size());
            paragraphs.forEach(p -> out.add(p.toString()));
            return out;
        }

        // It ends in a lower-case letter or a comma.
        private boolean endsMidSentence(StringBuilder p) {
            int c = Character.codePointBefore(p, p.length());
            return c == ',' || Character.getType(c) == Character.LOWERCASE_LETTER;
        }
    }

    private String clean(String line) {
        String c = WIDE_SPACE.matcher(line).replaceAll(" ");
        c = (enlargeWords.mayMatch(c) ? enlargePrompt.matcher(c).replaceAll(" ") : c).strip();
        c = captionLabel.matcher(c).replaceFirst("");
        Matcher credit = captionCredit.matcher(c);
        if (credit.find() && credit.start() > 0) {
            c = c.substring(0, credit.start()).strip();
        }
        if (c.endsWith(")")) {
            // From the last opening bracket only: a credit is the line's last bracket, and trying the
            // pattern at every position of a long line would cost its length squared.
            int open = c.lastIndexOf('(');
            Matcher bracket = bracketCredit.matcher(c).region(Math.max(open, 0), c.length());
            if (open > 0 && bracket.lookingAt()) {
                c = c.substring(0, open).strip();
            }
        }
        // The people a credit line names are metadata, as bylines are, not actors of the article.
        boolean creditOnly = c.length() <= CREDIT_LINE_MAX && creditLine.matcher(c).matches()
                || c.contains("contributed") && contributorLine.matcher(c).find();
        return creditOnly ? "" : c;
    }
}
