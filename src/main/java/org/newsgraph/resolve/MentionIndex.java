package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.PositionSearch;

/**
 * Some mentions of one body in order of start, for the claim resolver's questions about a stretch of
 * text (the first speaker in it, the last person before it): a binary search to the stretch instead of
 * a walk over every mention of the article for each quote. Mentions do not overlap, so the walk from
 * there stops within a mention or two of the stretch's end.
 */
final class MentionIndex {

    private final List<Mention> mentions;
    private final int[] starts;

    MentionIndex(List<Mention> all, Predicate<Mention> keep) {
        mentions = new ArrayList<>();
        for (Mention m : all) {
            if (keep.test(m)) {
                mentions.add(m);
            }
        }
        // Stable: mentions come in order of start already, and keep their order among equal starts.
        mentions.sort(Comparator.comparingInt(Mention::start));
        starts = new int[mentions.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = mentions.get(k).start();
        }
    }

    /** The first mention lying within [from, to), or null. */
    Mention first(int from, int to) {
        for (int k = firstStartingAtOrAfter(from); k < starts.length && starts[k] <= to; k++) {
            if (mentions.get(k).end() <= to) {
                return mentions.get(k);
            }
        }
        return null;
    }

    /** The last mention lying within [from, to), or null. */
    Mention last(int from, int to) {
        for (int k = firstStartingAtOrAfter(to + 1) - 1; k >= 0 && starts[k] >= from; k--) {
            if (mentions.get(k).end() <= to) {
                return mentions.get(k);
            }
        }
        return null;
    }

    /** The first mention starting in [from, to], wherever it ends, or null. */
    Mention firstStartingIn(int from, int to) {
        int k = firstStartingAtOrAfter(from);
        return k < starts.length && starts[k] <= to ? mentions.get(k) : null;
    }

    /** The mentions lying within [from, to), in order. */
    List<Mention> within(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (int k = firstStartingAtOrAfter(from); k < starts.length && starts[k] <= to; k++) {
            if (mentions.get(k).end() <= to) {
                out.add(mentions.get(k));
            }
        }
        return out;
    }

    private int firstStartingAtOrAfter(int i) {
        return PositionSearch.countBelow(starts, i);
    }
}
