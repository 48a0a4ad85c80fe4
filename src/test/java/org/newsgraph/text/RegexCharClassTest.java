package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each character class answers as java.util.regex does, for every char. */
class RegexCharClassTest {

    @Test
    void everyCharAsTheRegexReadsIt() {
        Pattern space = Pattern.compile("\\s");
        Pattern word = Pattern.compile("\\w");
        Pattern notTerminator = Pattern.compile(".");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertEquals(space.matcher(s).matches(), RegexCharClass.isSpace((char) c), "\\s " + c);
            assertEquals(word.matcher(s).matches(), RegexCharClass.isWord((char) c), "\\w " + c);
            assertEquals(!notTerminator.matcher(s).matches(), RegexCharClass.isLineTerminator((char) c), ". " + c);
        }
    }
}
