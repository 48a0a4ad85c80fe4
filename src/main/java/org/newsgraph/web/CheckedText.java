package org.newsgraph.web;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * The text a query's regular expression runs over. java.util.regex never looks at interrupts or
 * deadlines, but it reads its input through {@link #charAt}: counting those reads lets a
 * backtracking pattern be stopped when the query is cancelled (its timeout fired) or when one
 * match has taken more steps than any sane pattern needs.
 */
final class CheckedText implements CharSequence {

    /**
     * Reads one match may make: a fixed allowance plus a multiple of the text's length. Sane patterns
     * read each char a few times (a scan trying a handful of alternatives at each position), so they
     * stay far below it on any text; a backtracking pattern hits it within milliseconds on a short
     * text instead of holding a query slot until the timeout.
     */
    static final long BASE_STEPS = 1_000_000L;
    static final long STEPS_PER_CHAR = 64;

    // The cancel flag is an AtomicBoolean: looking at it on every read would cost more than the read.
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final AtomicBoolean cancelled;
    private final long maxSteps;
    private long steps;

    private CheckedText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
        this.maxSteps = BASE_STEPS + STEPS_PER_CHAR * text.length();
    }

    /** A matcher of {@code pattern} over {@code text} that stops with the query that runs it. */
    static Matcher matcher(Pattern pattern, String text, FunctionEnv env) {
        Context cxt = env == null ? null : env.getContext();
        return pattern.matcher(new CheckedText(text, Context.getCancelSignal(cxt)));
    }

    @Override
    public char charAt(int index) {
        if ((++steps & (CHECK_EVERY - 1)) == 0) {
            check();
        }
        return text.charAt(index);
    }

    // Both end the query as a timeout: FILTER swallows every other exception as "false", which
    // would turn a stopped match into a silently wrong answer.
    private void check() {
        if (cancelled != null && cancelled.get() || steps > maxSteps) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    // Groups and replacements copy slices: linear, so they need no counting.
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
