package org.newsgraph.base;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The time budget of converting one article, asked by each stage of the flow at its boundaries and
 * inside its long loops: a cooperative stop for a runaway rule, so one hostile text costs at most
 * its budget and the build goes on with the next article.
 */
public final class Deadline {

    /** No limit: for callers that convert trusted text or run one stage on its own. */
    public static final Deadline NONE = new Deadline(null, Duration.ZERO, 0, false);

    private final String source;
    private final Duration budget;
    private final long endNanos;
    private final boolean limited;

    private Deadline(String source, Duration budget, long endNanos, boolean limited) {
        this.source = source;
        this.budget = budget;
        this.endNanos = endNanos;
        this.limited = limited;
    }

    /** A deadline {@code budget} from now for converting {@code source}. */
    public static Deadline after(String source, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive: " + budget);
        }
        return new Deadline(source, budget, System.nanoTime() + budget.toNanos(), true);
    }

    /** Throws a {@link BadInputException} naming the article once the budget is spent. */
    public void check() {
        // Differences of nanoTime, not comparisons: the clock may wrap.
        if (limited && System.nanoTime() - endNanos > 0) {
            throw new BadInputException(source, -1, "conversion exceeded the time budget of " + seconds(budget)
                    + " s per article; the article is skipped");
        }
    }

    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
