package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.doc.Token;

/** Tokens, words among them, and word counts of made-up text. */
class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> tokens(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.text(text)).toList();
    }

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().filter(t -> tokenizer.isWord(text, t)).map(t -> t.text(text)).toList();
    }

    @Test
    void wordsKeepApostrophesHyphensAndAbbreviationDots() {
        assertEquals(List.of("Mr", "O’Neill's", "and", "McDonald’s", "al-Assad"),
                words("Mr O’Neill's and McDonald’s al-Assad"));
        assertEquals(List.of("J.", "R.", "R.", "Tolkien", "Jean-Claude", "Juncker."),
                words("J. R. R. Tolkien, Jean-Claude Juncker."));
        assertEquals(List.of("x", "x", "x", "x", "y", "tis", "s"), words("-x x- x-1 x--y 'tis ’90s"));
        assertEquals(List.of("cafe\u0301", "Öz-Demir"), words("cafe\u0301 Öz-Demir"));
        assertEquals(List.of(), words(""));
    }

    @Test
    void punctuationAndNumbersAreTokensOfTheirOwn() {
        assertEquals(List.of("“", "We", "paid", "1500", "$", "in", "2014", ",", "”", "Mr.", "Lee", "said", "."),
                tokens("“We paid 1500$ in 2014,” Mr. Lee said ."));
        assertEquals(List.of("U.", "S.", "-", "led"), tokens("U.S.-led"));
        assertEquals(List.of("a", "b"), tokens("a\u3000\u2028b"));
    }

    @Test
    void tokensCarryTheirOffsets() {
        String text = "  Talks (in Vienna) ended.";
        List<Token> ts = tokenizer.tokenize(text);
        assertEquals(new Token(2, 7), ts.get(0));
        assertEquals(new Token(8, 9), ts.get(1));
        assertEquals(new Token(20, 26), ts.get(ts.size() - 1));
    }

    @Test
    void wordsAreCountedAsRunsOfTokensBetweenWhitespace() {
        assertEquals(0, tokenizer.count(""));
        assertEquals(0, tokenizer.count(" \n\t "));
        assertEquals(4, tokenizer.count("News | Sport  Weather"));
        assertEquals(5, tokenizer.count("  The U.S.-led talks — ended\n"));
        assertEquals(2, tokenizer.count("a\u3000b"));
    }

    @Test
    void aPageLongHyphenatedWordIsOneWord() {
        String text = "a-".repeat(200_000) + "a";
        assertEquals(List.of(new Token(0, text.length())), tokenizer.tokenize(text));
        assertEquals(1, tokenizer.count(text));
    }
}
