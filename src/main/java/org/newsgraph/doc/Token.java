package org.newsgraph.doc;

/** One word or punctuation mark of the body at [start, end), as the tokenizer found it; the finest span layer. */
public record Token(int start, int end) {

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    /** The token's characters in the text it was found in. */
    public String text(CharSequence body) {
        return body.subSequence(start, end).toString();
    }
}
