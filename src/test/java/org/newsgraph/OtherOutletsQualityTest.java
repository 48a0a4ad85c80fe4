package org.newsgraph;

import java.nio.file.Path;

/**
 * Eight annotated articles in the layouts of other outlets (wire datelines, bylines with roles,
 * menus, link blocks, split and multi-paragraph quotes), written for this project after the seeds:
 * the bars the issues set for articles outside the repository (actors 0.86, countries 0.96,
 * quotes 0.70, events 0.50).
 */
class OtherOutletsQualityTest extends QualityTest {
    @Override
    Path input() {
        return Path.of("src/test/resources/devset/articles");
    }

    @Override
    Path gold() {
        return Path.of("src/test/resources/devset/gold");
    }

    @Override
    double[] bars() {
        return new double[] {0.86, 0.96, 0.70, 0.50};
    }
}
