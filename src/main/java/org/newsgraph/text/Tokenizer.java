package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.doc.Token;

/**
 * Splits text into tokens with their offsets, the finest layer every later stage reads words from:
 * a word, a number, or any other single character that is no whitespace. Words are counted here too,
 * the same way for every stage. Pure.
 */
public final class Tokenizer {

    /**
     * A word: letters, marks and apostrophes, hyphenated parts, an abbreviation's dot. Possessive, so a
     * page-long "a-a-a-…" is one flat match instead of a recursion per part that overflows the stack.
     */
    private static final String WORD = "\\p{L}[\\p{L}\\p{M}'’]*+(?:-\\p{L}[\\p{L}\\p{M}'’]*+)*+\\.?";
    /** Words first, so that no other token takes a letter: a word starts at every letter no word holds. */
    private static final Pattern TOKEN = Pattern.compile(WORD + "|\\p{N}++|[^\\p{javaWhitespace}]");

    /** The tokens of a text in order; whitespace separates them and belongs to none. */
    public List<Token> tokenize(CharSequence text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Token(m.start(), m.end()));
        }
        return out;
    }

    /**
     * Whether a token is a word: it starts with a letter. A full stop right after a word stays in it, as
     * it may be an abbreviation's ("Gen.", "J."); the reader that knows its abbreviations decides.
     */
    public boolean isWord(CharSequence text, Token token) {
        return Character.isLetter(Character.codePointAt(text, token.start()));
    }

    /**
     * How many words a text has, as a reader counts them: runs of tokens between whitespace, so
     * "U.S.-led" and "—" are one each.
     */
    public int count(CharSequence text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            // No token holds whitespace and every other character is in one: a run of tokens is a run of these.
            boolean token = !Character.isWhitespace(text.charAt(i));
            if (token && !inWord) {
                n++;
            }
            inWord = token;
        }
        return n;
    }
}
