package org.newsgraph.base;

import java.util.Optional;

/** The one unchecked exception family of newsgraph; caught only at the edges (CLI exit code, HTTP status). */
public class NewsgraphException extends RuntimeException {
    private final String source;
    private final long offset;

    public NewsgraphException(String message) {
        this(null, -1, message, null);
    }

    public NewsgraphException(String source, long offset, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.offset = offset;
    }

    /** The file or article the problem is in, if known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The byte or character offset of the problem inside {@link #source()}, or -1. */
    public long offset() {
        return offset;
    }

    /** One line for a person: where, then what. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (offset >= 0) {
                sb.append(" at offset ").append(offset);
            }
            sb.append(": ");
        }
        return sb.append(getMessage()).toString();
    }
}
