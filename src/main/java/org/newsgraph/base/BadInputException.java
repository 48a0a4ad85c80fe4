package org.newsgraph.base;

/** An input file that cannot be read as an article: empty, binary, not UTF-8, too large. */
public class BadInputException extends NewsgraphException {
    public BadInputException(String source, long offset, String message) {
        super(source, offset, message, null);
    }

    public BadInputException(String source, String message, Throwable cause) {
        super(source, -1, message, cause);
    }
}
