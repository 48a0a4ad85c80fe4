package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into segments at every span boundary, so the page can mark each piece
 * with the mention, claim and event spans that cover it (spans may nest and overlap).
 */
final class Highlighter {

    /** What is highlighted: kind ("mention", "claim", "event"), [begin, end) in code points, target. */
    record Span(String kind, int begin, int end, String target, String label) { }

    /**
     * One piece of text: {@code css} lists the kinds covering it; {@code href}/{@code title} link the
     * innermost mention; {@code claimStart}/{@code eventStart} are set where a claim or event begins.
     */
    record Segment(String text, String css, String href, String title, String claimStart, String claimTitle,
                   String eventStart, String eventTitle) { }

    private Highlighter() {
    }

    static List<Segment> segments(String text, List<Span> spans) {
        int length = text.codePointCount(0, text.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Span s : spans) {
            if (valid(s, length)) {
                cuts.add(s.begin());
                cuts.add(s.end());
            }
        }
        List<Segment> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            out.add(segment(text, from, to, spans, length));
            from = to;
        }
        return out;
    }

    private static Segment segment(String text, int from, int to, List<Span> spans, int length) {
        Span mention = null;
        Span claimStart = null;
        Span eventStart = null;
        boolean inClaim = false;
        boolean inEvent = false;
        for (Span s : spans) {
            if (!valid(s, length) || s.begin() > from || s.end() < to) {
                continue;
            }
            switch (s.kind()) {
                case "mention" -> {
                    if (mention == null || s.end() - s.begin() < mention.end() - mention.begin()) {
                        mention = s;
                    }
                }
                case "claim" -> {
                    inClaim = true;
                    if (s.begin() == from && claimStart == null) {
                        claimStart = s;
                    }
                }
                default -> {
                    inEvent = true;
                    if (s.begin() == from && eventStart == null) {
                        eventStart = s;
                    }
                }
            }
        }
        String css = String.join(" ", (mention != null ? "mention" : ""), inClaim ? "claim" : "",
                inEvent ? "event" : "").trim().replaceAll("\\s+", " ");
        String piece = text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
        return new Segment(piece, css, mention == null ? "" : mention.target(), mention == null ? "" : mention.label(),
                claimStart == null ? "" : claimStart.target(), claimStart == null ? "" : claimStart.label(),
                eventStart == null ? "" : eventStart.target(), eventStart == null ? "" : eventStart.label());
    }

    private static boolean valid(Span s, int length) {
        return s.begin() >= 0 && s.end() <= length && s.begin() < s.end();
    }
}
