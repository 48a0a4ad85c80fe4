package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.reference.Vocabulary;

/** Every file of rules/ parses: tab-separated entries with a comment column, no blanks, patterns that compile. */
class RulesFilesTest {

    private static final Path RULES = Path.of("src/main/resources/rules");

    @Test
    void everyRulesFileIsLoadedAndEveryLineHasItsColumns() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(RULES)) {
            s.forEach(p -> files.add("rules/" + p.getFileName()));
        }
        Set<String> cueFiles = new HashSet<>(StandardPipeline.READER_CUES);
        cueFiles.addAll(StandardPipeline.STEP_CUES);
        Set<String> loaded = new HashSet<>(cueFiles);
        loaded.addAll(StandardPipeline.READER_WORDS);
        assertEquals(loaded, new HashSet<>(files), "a rules file nobody loads, or a loaded file that is missing");
        for (String f : files) {
            int columns = cueFiles.contains(f) ? 3 : 2;
            List<String> lines = Files.readAllLines(Path.of("src/main/resources").resolve(f), StandardCharsets.UTF_8);
            int entries = 0;
            for (String line : lines) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                assertEquals(columns, fields.length, f + ": " + line);
                for (String field : fields) {
                    assertFalse(field.isBlank(), f + ": blank field in " + line);
                    assertEquals(field.strip(), field, f + ": edge space in " + line);
                }
                if (columns == 3) {
                    Pattern.compile(fields[1]);
                } else {
                    assertTrue(fields[0].matches("[\\p{Ll}]+"), f + ": a word is one lower-case word: " + line);
                }
                entries++;
            }
            assertEquals(entries, ReferenceData.table(f, columns).size(), f);
            assertTrue(entries > 0, f);
        }
    }

    @Test
    void aStepsCuesAreReadInFileOrderAndAMissingCueNamesItsFile() {
        Vocabulary claims = ReferenceData.vocabulary(StandardPipeline.CLAIM_CUES);
        assertEquals("said", claims.entries("reporting-verb").get(0));
        assertTrue(claims.alternation("pronoun").startsWith("(?:he|she|"));
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> claims.alternation("no-such-cue"));
        assertTrue(e.getMessage().contains("no-such-cue"), e.getMessage());
        assertEquals(StandardPipeline.CLAIM_CUES, e.source().orElseThrow());
    }

    @Test
    void countryWordsAndCapitalsComeFromTheReferenceData() {
        assertTrue(ReaderFixture.RULES.countryWords().contains("kazakhstan"));
        assertTrue(ReaderFixture.RULES.countryWords().contains("nigerian"));
        assertTrue(ReaderFixture.RULES.capitalWords().contains("nairobi"));
        assertFalse(ReaderFixture.RULES.countryWords().contains("of"), "only capitalised words of the labels");
    }
}
