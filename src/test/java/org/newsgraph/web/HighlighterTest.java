package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one-sweep highlighter cuts and marks a text as the pass over all spans per segment did, in linear time. */
class HighlighterTest {

    /** The former algorithm: for each segment, every span is asked whether it covers it. */
    private static List<Highlighter.Segment> perSegment(String text, List<Highlighter.Span> spans) {
        int length = text.codePointCount(0, text.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Highlighter.Span s : spans) {
            if (s.begin() >= 0 && s.end() <= length && s.begin() < s.end()) {
                cuts.add(s.begin());
                cuts.add(s.end());
            }
        }
        List<Highlighter.Segment> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            Highlighter.Span mention = null;
            Highlighter.Span claimStart = null;
            Highlighter.Span eventStart = null;
            boolean inClaim = false;
            boolean inEvent = false;
            for (Highlighter.Span s : spans) {
                if (s.begin() < 0 || s.end() > length || s.begin() >= s.end() || s.begin() > from || s.end() < to) {
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
            out.add(new Highlighter.Segment(piece, css, mention == null ? "" : mention.target(),
                    mention == null ? "" : mention.label(), claimStart == null ? "" : claimStart.target(),
                    claimStart == null ? "" : claimStart.label(), eventStart == null ? "" : eventStart.target(),
                    eventStart == null ? "" : eventStart.label()));
            from = to;
        }
        return out;
    }

    @Test
    void marksAsThePerSegmentPassDid() {
        SplittableRandom r = new SplittableRandom(9);
        String[] kinds = {"mention", "claim", "event"};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder t = new StringBuilder();
            int len = r.nextInt(60);
            for (int k = 0; k < len; k++) {
                t.append(r.nextInt(8) == 0 ? "😀" : String.valueOf((char) ('a' + r.nextInt(26))));
            }
            String text = t.toString();
            int points = text.codePointCount(0, text.length());
            List<Highlighter.Span> spans = new ArrayList<>();
            for (int k = r.nextInt(12); k > 0; k--) {
                int b = r.nextInt(points + 3) - 1;
                int e = b + r.nextInt(12) - 1;
                spans.add(new Highlighter.Span(kinds[r.nextInt(3)], b, e, "t" + k, "l" + k));
            }
            assertEquals(perSegment(text, spans), Highlighter.segments(text, spans).stream()
                    .map(Highlighter.Segment::marks).toList(), text + " " + spans);
        }
    }

    @Test
    void everySpanHasOneAnchorAndClaimWrappersNeverOverlap() {
        SplittableRandom r = new SplittableRandom(17);
        String[] kinds = {"mention", "claim", "event"};
        for (int n = 0; n < 2_000; n++) {
            String text = "x".repeat(r.nextInt(40));
            List<Highlighter.Span> spans = new ArrayList<>();
            TreeSet<String> expected = new TreeSet<>();
            for (int k = r.nextInt(10); k > 0; k--) {
                int b = r.nextInt(text.length() + 3) - 1;
                int e = b + r.nextInt(10) - 1;
                spans.add(new Highlighter.Span(kinds[r.nextInt(3)], b, e, "t", "l"));
                if (b >= 0 && e <= text.length() && b < e) {
                    expected.add(Highlighter.anchor(b, e));
                }
            }
            List<String> ids = new ArrayList<>();
            boolean inside = false;
            for (Highlighter.Segment s : Highlighter.segments(text, spans)) {
                ids.addAll(s.anchors());
                if (!s.open().isEmpty()) {
                    assertTrue(!inside, "a wrapper opens inside another: " + spans);
                    ids.add(s.open());
                    inside = true;
                }
                if (s.close()) {
                    assertTrue(inside, "a wrapper closes that was not open: " + spans);
                    inside = false;
                }
            }
            assertTrue(!inside, "a wrapper left open: " + spans);
            assertEquals(expected, new TreeSet<>(ids), spans.toString());
            assertEquals(ids.size(), new TreeSet<>(ids).size(), "an anchor twice: " + spans);
        }
    }

    @Test
    void aMegabyteArticleWithItsSpansIsCutInLinearTime() {
        String text = "Vladimir Putin said the talks failed. 😀 ".repeat(25_000);
        List<Highlighter.Span> spans = new ArrayList<>();
        int sentence = "Vladimir Putin said the talks failed. 😀 ".codePointCount(0, 41);
        for (int k = 0; k < 25_000; k++) {
            int at = k * sentence;
            spans.add(new Highlighter.Span("mention", at, at + 14, "actor", "Putin"));
            spans.add(new Highlighter.Span("claim", at + 20, at + 36, "claim", "c"));
            spans.add(new Highlighter.Span("event", at, at + 37, "event", "e"));
        }
        long t0 = System.nanoTime();
        List<Highlighter.Segment> segments = Highlighter.segments(text, spans);
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder joined = new StringBuilder();
        segments.forEach(s -> joined.append(s.text()));
        assertEquals(text, joined.toString());
        // The pass over every span per segment took minutes here.
        assertTrue(seconds < 5, seconds + " s");
    }
}
