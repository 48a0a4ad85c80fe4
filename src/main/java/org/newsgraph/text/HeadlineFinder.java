package org.newsgraph.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.base.Deadline;
import org.newsgraph.reference.LayoutRules;

/**
 * Finds an article's headline among the page's top lines, and tells running text (sentences) from
 * headlines and menu rows.
 */
final class HeadlineFinder {

    private static final Pattern WIDE_SPACE = Pattern.compile(" {2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!][”\"’)]?$");
    private static final Pattern ENDS_QUESTION = Pattern.compile(".*\\?[”\"’)]?$");
    private static final Pattern ENDS_STOP_OR_COLON = Pattern.compile(".*[.:]$");
    private static final Pattern HAS_HEADLINE_PUNCTUATION = Pattern.compile(".*[?!:,'’].*");
    private static final Pattern HAS_LOWERCASE_WORD = Pattern.compile(".*\\s\\p{Ll}.*");
    private static final Pattern HAS_SENTENCE_PUNCTUATION = Pattern.compile(".*[,.:;?!'’\"“”].*");
    private static final Pattern WORD_OF_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}{2,}(?![\\p{L}\\p{N}])");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\"'“‘(\\[]+");
    private static final Pattern CAPTION_CREDIT = Pattern.compile("\\([^()]{2,60}/[^()]{2,60}\\)$");
    private static final Pattern PLACE_LINE = Pattern.compile("\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2}");
    private static final Pattern SPACED_BAR = Pattern.compile("\\s[|•]\\s");

    private final Boilerplate boilerplate;
    private final DateReader dates;
    private final BylineReader bylines;
    private final MetadataLines metadata;
    private final OutletFinder outlets;
    private final LayoutRules rules;

    HeadlineFinder(Boilerplate boilerplate, DateReader dates, BylineReader bylines, MetadataLines metadata,
                   OutletFinder outlets, LayoutRules rules) {
        this.outlets = outlets;
        this.boilerplate = boilerplate;
        this.dates = dates;
        this.bylines = bylines;
        this.metadata = metadata;
        this.rules = rules;
    }

    /**
     * The index of the headline, or -1. It sits just above the byline or date block (or the first paragraph)
     * that opens the article, at the top of the run of text lines there; site menus, section labels and
     * slogans above it are cut off by the labels and menus between them.
     */
    int find(List<String> lines, Deadline deadline) {
        int paragraph = -1;
        for (int i = 0; i < lines.size() && paragraph < 0; i++) {
            deadline.check();
            String l = lines.get(i);
            if (!l.isEmpty() && !boilerplate.isNavigation(l) && !boilerplate.isNotice(l) && isRunningText(l)
                    && !isMenuRow(l)) {
                paragraph = i;
            }
        }
        int limit = paragraph < 0 ? lines.size() : paragraph;
        int anchor = limit;
        for (int i = 0; i < limit; i++) {
            deadline.check();
            String l = lines.get(i);
            if (!l.isEmpty() && !boilerplate.isNavigation(l) && metadata.isMetadata(lines, i)) {
                anchor = i;
                break;
            }
        }
        int found = -1;
        for (int i = anchor - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.isEmpty() || isPassedOver(l) || outlets.isPictureCredit(l)) {
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
        return found;
    }

    /** The headline's text with wide gaps closed. */
    static String text(String line) {
        return WIDE_SPACE.matcher(line).replaceAll(" ");
    }

    // Sentences that end like sentences: a long headline with a colon is not yet the article.
    boolean isRunningText(String l) {
        return isSentence(l);
    }

    /** A line of running text, whose ending is a sentence's and whose words are not in title case. */
    static boolean isSentence(String l) {
        int w = Boilerplate.words(l);
        if (w < 25 && isTitleCase(l)) {
            return false; // "Storms Close Schools Across the U.S.": a headline ending in an abbreviation
        }
        // A question of a few words is a headline ("How should Britain engage with Russia?").
        return w >= 10 && ENDS_SENTENCE.matcher(l).matches() || w >= 20 && ENDS_QUESTION.matcher(l).matches();
    }

    private static int wordsOfLetters(String l) {
        int n = 0;
        Matcher m = WORD_OF_LETTERS.matcher(l);
        while (m.find()) {
            n++;
        }
        return n;
    }

    // Most words of four letters or more capitalised: how headlines are set, and sentences are not.
    private static boolean isTitleCase(String l) {
        int longWords = 0;
        int capitalised = 0;
        for (String x : SPACES.split(l.strip())) {
            String word = LEADING_MARKS.matcher(x).replaceFirst("");
            if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                longWords++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 4 && capitalised * 5 >= longWords * 4;
    }

    // A picture caption ending in its credit "(Name/Agency)", or a place in capitals on its own line: text
    // between a headline and what follows it that is neither.
    private static boolean isPassedOver(String l) {
        return CAPTION_CREDIT.matcher(l).find() || PLACE_LINE.matcher(l).matches();
    }

    private boolean isShortHeadline(String l) {
        return !boilerplate.isNavigation(l) && !boilerplate.isNotice(l) && !dates.isDateOnly(l)
                && !isMenuRow(l) && !bylines.isByline(l) && !isSiteFurniture(l) && Boilerplate.words(l) >= 1
                && !ENDS_STOP_OR_COLON.matcher(l).matches();
    }

    private boolean isHeadline(String l) {
        if (l.isEmpty() || boilerplate.isNavigation(l) || boilerplate.isNotice(l) || dates.isDateOnly(l)
                || bylines.isByline(l) || isMenuRow(l) || SPACED_BAR.split(l).length > 2 || isSiteFurniture(l)) {
            return false;
        }
        int w = Boilerplate.words(l);
        if (wordsOfLetters(l) < 2) {
            return false; // "RELEASE : 12-164": a label and a code
        }
        return w >= 4 || w >= 3
                && (HAS_HEADLINE_PUNCTUATION.matcher(l).matches() || HAS_LOWERCASE_WORD.matcher(l).matches());
    }

    // The site's name (alone or beside a section label) or a web address: never the article's headline.
    private boolean isSiteFurniture(String l) {
        return outlets.siteName(l).isPresent() || outlets.isLink(l);
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
        for (String x : SPACES.split(l.strip())) {
            if (!x.isEmpty() && (Character.isLowerCase(x.charAt(0)) && !x.equals("&")
                    || rules.functionWords().contains(x.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }
}
