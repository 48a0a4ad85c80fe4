package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes hard wrapping before the article reader looks at a page's lines: text saved with its paragraphs
 * broken at a fixed width (60 to 100 columns) gets each paragraph back as one line, so the headline is
 * not read together with the line under it and a caption stays a block of its own. Pure.
 */
final class HardWrap {

    private static final int NARROWEST = 50;
    private static final int WIDEST = 100;
    private static final int FEWEST_WRAPPED = 4;

    /**
     * The lines with wrapped paragraphs joined. A page counts as wrapped when no line is wider than 100
     * columns and most of its wide lines end mid-sentence; a line is then joined to the next one when the
     * next one's first word would not have fitted after it (how a wrapper breaks), so short lines (menus,
     * lists, headlines) stay as they are. Other pages come back unchanged.
     */
    List<String> unwrap(List<String> lines) {
        int width = width(lines);
        if (width < 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        StringBuilder joined = null;
        String last = "";
        boolean afterStop = false;
        boolean single = false;
        for (String l : lines) {
            boolean capital = !l.isEmpty() && Character.isUpperCase(l.charAt(0));
            // After a full stop a capital starts a new block; and a one-line block that follows a full stop
            // and ends without one before a capital is a line of its own (a caption between paragraphs).
            boolean stands = capital && (endsSentence(last) || single && afterStop);
            if (joined != null && !l.isEmpty() && !stands && wrappedBefore(last, l, width)) {
                joined.append(' ').append(l);
                last = l;
                single = false;
                continue;
            }
            if (joined != null) {
                out.add(joined.toString());
            }
            afterStop = !l.isEmpty() && endsSentence(last);
            joined = new StringBuilder(l);
            last = l;
            single = true;
        }
        if (joined != null) {
            out.add(joined.toString());
        }
        return out;
    }

    // The wrapping width, or -1 if the page is not hard-wrapped.
    private static int width(List<String> lines) {
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, l.length());
        }
        if (width < NARROWEST || width > WIDEST) {
            return -1;
        }
        int wide = 0;
        int midSentence = 0;
        for (String l : lines) {
            if (l.length() >= width * 7 / 10) {
                wide++;
                if (!endsSentence(l)) {
                    midSentence++;
                }
            }
        }
        return midSentence >= FEWEST_WRAPPED && 2 * midSentence >= wide ? width : -1;
    }

    private static boolean wrappedBefore(String line, String next, int width) {
        if (line.isEmpty()) {
            return false;
        }
        int firstWord = next.indexOf(' ');
        return line.length() + 1 + (firstWord < 0 ? next.length() : firstWord) > width;
    }

    private static boolean endsSentence(String l) {
        if (l.isEmpty()) {
            return false;
        }
        char c = l.charAt(l.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == ':';
    }
}
