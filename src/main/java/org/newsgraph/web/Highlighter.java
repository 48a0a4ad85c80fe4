package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into segments at every span boundary, so the page can mark each piece
 * with the mention, claim and event spans that cover it (spans may nest and overlap). One sweep over
 * the boundaries: time and output grow with the text and the spans, not their product. Every span gets
 * an anchor ({@link #anchor}) where it begins, so other pages link straight to a sentence; claims that
 * do not overlap an earlier claim are also wrapped whole, so the one a link lands on is highlighted.
 */
final class Highlighter {

    /** What is highlighted: kind ("mention", "claim", "event"), [begin, end) in code points, target. */
    record Span(String kind, int begin, int end, String target, String label) { }

    /**
     * One piece of text: {@code css} lists the kinds covering it; {@code href}/{@code title} link the
     * innermost mention; {@code claimStart}/{@code eventStart} are set where a claim or event begins.
     */
    record Segment(String text, String css, String href, String title, String claimStart, String claimTitle,
                   String eventStart, String eventTitle, List<String> anchors, String open, boolean close) {

        Segment(String text, String css, String href, String title, String claimStart, String claimTitle,
                String eventStart, String eventTitle) {
            this(text, css, href, title, claimStart, claimTitle, eventStart, eventTitle, List.of(), "", false);
        }

        /** The same marks with the anchors and the wrapping of this segment. */
        Segment placed(List<String> anchorIds, String openId, boolean closes) {
            return new Segment(text, css, href, title, claimStart, claimTitle, eventStart, eventTitle,
                    List.copyOf(anchorIds), openId, closes);
        }

        /** The marks alone, without anchors and wrapping. */
        Segment marks() {
            return new Segment(text, css, href, title, claimStart, claimTitle, eventStart, eventTitle);
        }
    }

    /** The fragment id of the span [begin, end) of an article's text, as its page carries it. */
    static String anchor(int begin, int end) {
        return "s-" + begin + "-" + end;
    }

    private Highlighter() {
    }

    static List<Segment> segments(String text, List<Span> spans) {
        int length = text.codePointCount(0, text.length());
        TreeSet<Integer> cutSet = new TreeSet<>(List.of(0, length));
        for (Span s : spans) {
            if (valid(s, length)) {
                cutSet.add(s.begin());
                cutSet.add(s.end());
            }
        }
        int[] cuts = cutSet.stream().mapToInt(Integer::intValue).toArray();
        // One sweep over the cuts: each span opens at the cut where it begins and closes where it ends,
        // so each segment sees the spans covering it without a pass over all spans per segment.
        List<List<Integer>> opening = new ArrayList<>();
        List<List<Integer>> closing = new ArrayList<>();
        for (int k = 0; k < cuts.length; k++) {
            opening.add(new ArrayList<>());
            closing.add(new ArrayList<>());
        }
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (valid(s, length)) {
                opening.get(Arrays.binarySearch(cuts, s.begin())).add(i);
                closing.get(Arrays.binarySearch(cuts, s.end())).add(i);
            }
        }
        // Open mentions, shortest first and then in list order: the innermost links the segment.
        TreeSet<Integer> mentions = new TreeSet<>(Comparator.<Integer>comparingInt(
                i -> spans.get(i).end() - spans.get(i).begin()).thenComparingInt(i -> i));
        int claims = 0;
        int events = 0;
        List<Segment> out = new ArrayList<>();
        int charAt = 0;
        for (int k = 0; k + 1 < cuts.length; k++) {
            for (int i : closing.get(k)) {
                switch (spans.get(i).kind()) {
                    case "mention" -> mentions.remove(i);
                    case "claim" -> claims--;
                    default -> events--;
                }
            }
            Span claimStart = null;
            Span eventStart = null;
            // Opening in list order: the first claim and the first event beginning here are the ones marked.
            for (int i : opening.get(k)) {
                Span s = spans.get(i);
                switch (s.kind()) {
                    case "mention" -> mentions.add(i);
                    case "claim" -> {
                        claims++;
                        claimStart = claimStart == null ? s : claimStart;
                    }
                    default -> {
                        events++;
                        eventStart = eventStart == null ? s : eventStart;
                    }
                }
            }
            Span mention = mentions.isEmpty() ? null : spans.get(mentions.first());
            int charTo = text.offsetByCodePoints(charAt, cuts[k + 1] - cuts[k]);
            out.add(segment(text.substring(charAt, charTo), mention, claims > 0, events > 0, claimStart, eventStart));
            charAt = charTo;
        }
        return place(out, cuts, spans, length);
    }

    // Anchors at the cut where each span begins; a claim wraps its segments unless it overlaps a claim
    // wrapped before it (elements cannot overlap), and then has a plain anchor like the rest.
    private static List<Segment> place(List<Segment> segments, int[] cuts, List<Span> spans, int length) {
        List<Span> ordered = spans.stream().filter(s -> valid(s, length))
                .sorted(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end)).toList();
        String[] open = new String[cuts.length];
        boolean[] close = new boolean[cuts.length];
        List<TreeSet<String>> anchors = new ArrayList<>();
        for (int k = 0; k < cuts.length; k++) {
            anchors.add(new TreeSet<>());
        }
        int wrappedTo = -1;
        for (Span s : ordered) {
            int at = Arrays.binarySearch(cuts, s.begin());
            String id = anchor(s.begin(), s.end());
            if (s.kind().equals("claim") && s.begin() >= wrappedTo && open[at] == null) {
                open[at] = id;
                close[Arrays.binarySearch(cuts, s.end()) - 1] = true;
                wrappedTo = s.end();
            } else {
                anchors.get(at).add(id);
            }
        }
        List<Segment> out = new ArrayList<>(segments.size());
        for (int k = 0; k < segments.size(); k++) {
            if (open[k] != null) {
                anchors.get(k).remove(open[k]);
            }
            out.add(segments.get(k).placed(List.copyOf(anchors.get(k)), open[k] == null ? "" : open[k], close[k]));
        }
        return out;
    }

    private static Segment segment(String piece, Span mention, boolean inClaim, boolean inEvent, Span claimStart,
                                   Span eventStart) {
        StringBuilder css = new StringBuilder();
        for (String kind : new String[] {mention != null ? "mention" : null, inClaim ? "claim" : null,
                inEvent ? "event" : null}) {
            if (kind != null) {
                css.append(css.length() > 0 ? " " : "").append(kind);
            }
        }
        return new Segment(piece, css.toString(), mention == null ? "" : mention.target(),
                mention == null ? "" : mention.label(),
                claimStart == null ? "" : claimStart.target(), claimStart == null ? "" : claimStart.label(),
                eventStart == null ? "" : eventStart.target(), eventStart == null ? "" : eventStart.label());
    }

    private static boolean valid(Span s, int length) {
        return s.begin() >= 0 && s.end() <= length && s.begin() < s.end();
    }
}
