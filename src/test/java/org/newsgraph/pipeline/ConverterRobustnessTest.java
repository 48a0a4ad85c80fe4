package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Components;
import org.newsgraph.rdf.Iris;

/**
 * The converter never fails on text it has not seen: pages cut at random places, lines shuffled,
 * quote marks and apostrophes scattered, odd characters. Every result must still pass the shapes.
 * More cases: {@code mvn test -Dtest=ConverterRobustnessTest -Dfuzz.seed=3 -Dfuzz.n=5000}.
 */
class ConverterRobustnessTest {

    private static Components components;
    private static final List<String> LINES = new ArrayList<>();

    @BeforeAll
    static void setUp() throws IOException {
        components = new Components(Iris.DEFAULT_BASE);
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                LINES.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void randomPagesConvert() {
        SplittableRandom r = new SplittableRandom(Long.getLong("fuzz.seed", 7));
        String marks = "\"'“”‘’«»:;—-()[]/\\.,!?\u00A0\t\u200B";
        for (int n = 0; n < Integer.getInteger("fuzz.n", 300); n++) {
            StringBuilder page = new StringBuilder();
            int lines = 1 + r.nextInt(40);
            for (int k = 0; k < lines; k++) {
                String l = LINES.get(r.nextInt(LINES.size()));
                if (r.nextInt(4) == 0 && !l.isEmpty()) {
                    int cut = r.nextInt(l.length());
                    l = r.nextBoolean() ? l.substring(0, cut) : l.substring(cut);
                }
                if (r.nextInt(5) == 0) {
                    StringBuilder noisy = new StringBuilder(l);
                    for (int m = 0; m < 3; m++) {
                        noisy.insert(r.nextInt(noisy.length() + 1), marks.charAt(r.nextInt(marks.length())));
                    }
                    l = noisy.toString();
                }
                page.append(l).append(r.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            // convert() throws on any bug, and checks the shapes itself
            assertNotNull(components.converter.convert("random_" + n, page.toString()).model());
        }
    }
}
