package org.newsgraph.text;

import java.util.Map;
import java.util.TreeMap;

/**
 * Non-overlapping [start, end) spans of a text, for the finders that keep the first of overlapping
 * readings (dates, time expressions): whether a new reading is free is one look-up of the span that
 * starts last before its end, instead of a comparison with every reading kept so far.
 */
public final class DisjointSpans {

    private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();

    /** Whether [start, end) overlaps none of the spans. */
    public boolean isFree(int start, int end) {
        // The spans are disjoint: only the last one starting before end can reach past start.
        Map.Entry<Integer, Integer> before = endByStart.lowerEntry(end);
        return before == null || before.getValue() <= start;
    }

    /** Keeps [start, end), which must not be empty, if it overlaps none of the spans; says whether it did. */
    public boolean claim(int start, int end) {
        if (start >= end) {
            throw new IllegalArgumentException("an empty span: " + start);
        }
        if (!isFree(start, end)) {
            return false;
        }
        endByStart.put(start, end);
        return true;
    }
}
