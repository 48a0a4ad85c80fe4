package org.newsgraph.text;

/**
 * The character classes of {@code java.util.regex} (default flags) that the hand-written scanners
 * replacing hot-path patterns must read exactly as the patterns did: {@code \s}, {@code \w} and the
 * line terminators before which {@code $} matches.
 */
public final class RegexCharClass {

    private RegexCharClass() { }

    /** {@code \s}: ASCII whitespace only. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code \w}: ASCII letters, digits and underscore only. */
    public static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** A line terminator, which {@code .} does not match and before which {@code $} may match. */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
