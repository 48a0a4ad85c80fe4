package org.newsgraph.web;

import java.time.Duration;

/** The moment by which a page must be built; work checks it between steps and stops with a 503 when it has passed. */
record Deadline(long endNanos, Duration budget) {

    static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /** Milliseconds left, at least 1 so a query given them still gets a timeout that fires. */
    long remainingMillis() {
        return Math.max(1, (endNanos - System.nanoTime()) / 1_000_000);
    }

    void check(String what) {
        if (System.nanoTime() - endNanos > 0) {
            throw new RefusedRequest(what, 503, "This page took longer than " + budget.toSeconds()
                    + " s to build and was stopped");
        }
    }
}
