package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name patterns: Arabic articles, names with titles and organisations. */
class NameFinderTest {

    @Test
    void arabicArticleBeforeACapital() {
        for (String w : List.of("al-Assad", "ash-Shabaab", "as-Sisi", "el-Sisi", "az-Zarqawi")) {
            assertTrue(NameFinder.arabicArticle(w), w);
        }
        for (String w : List.of("al-assad", "Al-Assad", "al-", "al", "ax-Y", "alx-Y")) {
            assertFalse(NameFinder.arabicArticle(w), w);
        }
    }

    @Test
    void namesTitlesAndOrganisations() {
        NameFinder f = new NameFinder(org.newsgraph.pipeline.StandardPipeline.lexicon(),
                org.newsgraph.reference.ReferenceData.vocabulary(org.newsgraph.pipeline.StandardPipeline.ENTITY_CUES));
        String text = "Labour MP Tomas Ekberg said. The Foreign Secretary met the Joint Intelligence Committee. "
                + "Mr Fenwick’s aide, Gen. Marta Quiroga-Lenz, said so.";
        List<String> found = f.find(text, new boolean[text.length() + 1]).stream()
                .map(c -> c.shape() + ":" + c.name() + (c.title() == null ? "" : "/" + c.title())).toList();
        assertEquals(List.of("PERSON:Tomas Ekberg/MP", "ORGANIZATION:Joint Intelligence Committee",
                "TITLED_SURNAME:Fenwick/Mr", "PERSON:Marta Quiroga-Lenz/Gen"), found);
    }
}
