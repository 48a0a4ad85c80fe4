package org.newsgraph;

import java.nio.file.Path;

/**
 * The test half of the yardstick (src/test/resources/yardstick/manifest.tsv): real articles of many
 * outlets annotated by the guideline, split once before tuning. Scored, never read for errors: its bars hold what was reached (score.py: actors 0.780, countries 0.851, quotes 0.731, events 0.519; the greedy matching here gives events 0.444), a little below, as a guard against falling back.
 */
class TestHalfQualityTest extends QualityTest {
    @Override
    Path input() {
        return Path.of("src/test/resources/yardstick/test/articles");
    }

    @Override
    Path gold() {
        return Path.of("src/test/resources/yardstick/test/gold");
    }

    @Override
    double[] bars() {
        return new double[] {0.75, 0.82, 0.68, 0.42};
    }
}
