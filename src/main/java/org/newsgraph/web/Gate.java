package org.newsgraph.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bounded number of expensive requests (queries, pages) run at once; the rest wait in line
 * for a while, then are told to come back. Cheap requests never pass through a gate, so they keep
 * answering however busy the expensive ones are.
 */
final class Gate {

    /** The right to run, given back on close. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore permits;
    private final Duration wait;
    private final String what;

    Gate(int permits, Duration wait, String what) {
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
        this.what = what;
    }

    /** Waits for a turn; a request that waited too long is refused with 503. */
    Pass enter(String path) {
        boolean in;
        try {
            in = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            in = false;
        }
        if (!in) {
            throw new RefusedRequest(path, 503, "Busy: too many " + what + " are running; try again in a few seconds");
        }
        return permits::release;
    }
}
