package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.ReferenceData;

/** The pre-check rules a line out only when the cue pattern could not match it. */
class LeadingWordsTest {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void aLineWithoutAnyLeadingWordIsRuledOut() {
        LeadingWords w = new LeadingWords(List.of("sign up (?:to|for)", "cookies?\\b.*\\bsite"));
        assertTrue(w.mayMatch("Please SIGN UP for our letters"));
        assertTrue(w.mayMatch("This cookie is for the site"));
        assertFalse(w.mayMatch("The minister signed the treaty in Geneva"));
    }

    @Test
    void lettersThatFoldOntoAsciiLetThePatternDecide() {
        LeadingWords w = new LeadingWords(List.of("subscribe"));
        assertTrue(w.mayMatch("ſubscribe now"));
        assertTrue(Pattern.compile("subscribe", I).matcher("ſubscribe now").find());
    }

    @Test
    void anEntryWithoutLiteralStartOrWithTopLevelBranchesRulesNothingOut() {
        assertTrue(new LeadingWords(List.of("login", "(?:a|b)c")).mayMatch("nothing here"));
        assertTrue(new LeadingWords(List.of("login", "foo|bar")).mayMatch("a bar"));
        assertTrue(new LeadingWords(List.of("x?yz")).mayMatch("yz"));
    }

    @Test
    void noticePhrasesOnRealPagesAgreeWithThePattern() throws IOException {
        var rules = StandardPipeline.readerRules(ReferenceData.referenceModel());
        List<String> entries = rules.cues().entries("notice-phrase");
        Pattern p = Pattern.compile("\\b" + rules.alternation("notice-phrase") + "\\b", I);
        LeadingWords w = new LeadingWords(entries);
        int lines = 0;
        int ruledOut = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/devset"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    lines++;
                    if (!w.mayMatch(line)) {
                        ruledOut++;
                        assertFalse(p.matcher(line).find(), line);
                    }
                }
            }
        }
        assertTrue(lines > 100, "devset pages read: " + lines);
        assertTrue(ruledOut > lines / 2, "most lines are ruled out: " + ruledOut + " of " + lines);
    }
}
