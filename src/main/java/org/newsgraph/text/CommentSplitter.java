package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.base.Deadline;
import org.newsgraph.reference.LayoutRules;

/**
 * Splits the lines after an article's end into reader comments, kept apart from the body, and the
 * page's other footer lines (where outlet clues are).
 */
final class CommentSplitter {

    /** The comments, each one text, and the footer lines that are not comments. */
    record Footer(List<String> comments, List<String> rest) {
        Footer {
            comments = List.copyOf(comments);
            rest = List.copyOf(rest);
        }
    }

    private static final Pattern WIDE_SPACE = Pattern.compile(" {2,}");

    private final Boilerplate boilerplate;
    private final DateReader dates;
    private final Pattern timestamp;

    CommentSplitter(Boilerplate boilerplate, DateReader dates, LayoutRules rules) {
        this.boilerplate = boilerplate;
        this.dates = dates;
        timestamp = Pattern.compile(".*\\d{1,2}[:.]\\d{2}.*|.*\\b(?:" + rules.alternation("time-word") + "|"
                + rules.alternation("meridiem") + ")\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    // Under a comments heading, a comment is the text of three words or more right after its time stamp.
    Footer split(List<String> footer, Deadline deadline) {
        List<String> comments = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean inComments = false;
        boolean afterStamp = false;
        for (String l : footer) {
            deadline.check();
            if (boilerplate.startsComments(l)) {
                inComments = true;
                continue;
            }
            if (!inComments) {
                rest.add(l);
                continue;
            }
            int words = Boilerplate.words(l);
            if (words <= 6 && timestamp.matcher(l).matches() && !dates.find(l).isEmpty()) {
                afterStamp = true;
                continue;
            }
            if (afterStamp && words >= 3) {
                comments.add(WIDE_SPACE.matcher(l).replaceAll(" "));
            }
            afterStamp = false;
        }
        return new Footer(comments, rest);
    }
}
