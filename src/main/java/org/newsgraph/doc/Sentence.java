package org.newsgraph.doc;

/** One sentence of the body at [start, end), as the sentence splitter found it; later layers are read sentence by sentence. */
public record Sentence(int start, int end) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
    }

    /** The sentence's characters in the text it was found in. */
    public String text(CharSequence body) {
        return body.subSequence(start, end).toString();
    }
}
