package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.cli.Components;
import org.newsgraph.rdf.CanonicalWriter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;

/**
 * Golden files: the TriG of each seed (its article graph and its entities graph, as {@code convert} prints them) is checked in under src/test/resources/golden and must not
 * change by accident. After an intended change, regenerate with {@code mvn test -Dgolden.update=true}
 * and review the diff like code.
 */
class ConverterGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static Components components;

    @BeforeAll
    static void setUp() {
        components = new Components(Iris.DEFAULT_BASE);
    }

    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void trigMatchesGoldenFile(Path seed) throws IOException {
        String source = seed.getFileName().toString().replaceFirst("\\.txt$", "");
        Converter.ArticleGraph g = components.converter.convert(source, Files.readString(seed, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Quad> quads = new ArrayList<>();
        g.model().getGraph().find().forEachRemaining(t -> quads.add(Quad.create(g.graphName().asNode(), t)));
        // What convert prints for one file: the article graph and the entities graph derived from it.
        org.apache.jena.graph.Node entities = components.converter.iris().entitiesGraph().asNode();
        components.converter.entities(List.of(g), components.reference.getGraph()).getGraph().find()
                .forEachRemaining(t -> quads.add(Quad.create(entities, t)));
        new CanonicalWriter(Prefixes.forBase(components.converter.iris())).writeTrig(out, quads);
        String actual = out.toString(StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(source + ".trig");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; run mvn test -Dgolden.update=true and review it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("converter output for " + source + " differs from " + golden + " (sorted line diff):\n"
                    + sortedDiff(expected, actual));
        }
    }

    /** Lines only in the golden file (-) and only in the new output (+), each set sorted. */
    static String sortedDiff(String expected, String actual) {
        Set<String> exp = new LinkedHashSet<>(expected.lines().sorted().toList());
        Set<String> act = new LinkedHashSet<>(actual.lines().sorted().toList());
        List<String> out = new ArrayList<>();
        exp.stream().filter(l -> !act.contains(l)).forEach(l -> out.add("- " + l));
        act.stream().filter(l -> !exp.contains(l)).forEach(l -> out.add("+ " + l));
        if (out.isEmpty()) {
            out.add("(same lines, different order or repetition)");
        }
        return String.join("\n", out);
    }
}
