package org.newsgraph.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A stretch of quoted speech in the body: [start, end) including any quotation marks, made of one
 * or more parts (the words inside the marks), joined across an attribution ("…," he said, "…") or
 * across paragraphs.
 *
 * @param introduced true when the quote was found by its introduction ("X said: …") without marks
 */
public record Quote(int start, int end, List<Part> parts, boolean introduced) {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\n\\s*");
    private static final String MARKS = "“”\"‘’'";
    private static final Pattern MARKS_AT_ENDS = Pattern.compile("^[" + MARKS + "]+|[" + MARKS + "]+$");

    /** The quoted words of one part, [start, end). */
    public record Part(int start, int end) { }

    public Quote {
        parts = List.copyOf(parts);
    }

    public static Quote of(int start, int end, int textStart, int textEnd, boolean introduced) {
        return new Quote(start, end, List.of(new Part(textStart, textEnd)), introduced);
    }

    /**
     * One quote of a run of quotes, each continuing the one before: its parts all in order, marked as
     * the first was. A run is joined once, as a whole: joining two at a time would copy the parts so far
     * on every join, quadratic in a long run.
     */
    public static Quote join(List<Quote> run) {
        Quote first = run.get(0);
        if (run.size() == 1) {
            return first;
        }
        List<Part> all = new ArrayList<>();
        for (Quote q : run) {
            all.addAll(q.parts());
        }
        return new Quote(first.start(), run.get(run.size() - 1).end(), all, first.introduced());
    }

    public int textStart() {
        return parts.get(0).start();
    }

    public int textEnd() {
        return parts.get(parts.size() - 1).end();
    }

    /** The quoted words, parts joined by a space, marks and attribution left out. */
    public String text(String body) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            String t = body.substring(p.start(), p.end()).strip();
            if (!t.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(t);
            }
        }
        // Without "\n\n" the break pattern cannot match, and on a long run of spaces it would backtrack
        // quadratically: it is only run where a break is.
        String joined = sb.indexOf("\n\n") < 0 ? sb.toString() : PARAGRAPH_BREAK.matcher(sb).replaceAll(" ");
        return MARKS_AT_ENDS.matcher(joined).replaceAll("").strip();
    }
}
