package org.newsgraph;

import java.nio.file.Path;

/** The bars of the issues on the five seeds: actors 0.90, countries 0.95, quotes 0.85, events 0.60. */
class SeedQualityTest extends QualityTest {
    @Override
    Path input() {
        return Path.of("seeds");
    }

    @Override
    Path gold() {
        return Path.of("src/test/resources/gold/seeds");
    }

    @Override
    double[] bars() {
        return new double[] {0.90, 0.95, 0.85, 0.60};
    }
}
