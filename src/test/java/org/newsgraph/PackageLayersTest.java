package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/** The packages depend one way, as the README's layout table says: jdeps over the compiled classes finds no cycle. */
class PackageLayersTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.newsgraph[\\w.]*)\\s+->\\s+(org\\.newsgraph[\\w.]*)\\s");

    /** Package → the project packages it uses, as jdeps reads them from the class files. */
    private static Map<String, Set<String>> dependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("the JDK has jdeps"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package", "-e",
                "org\\.newsgraph.*", Path.of("target", "classes").toString());
        assertEquals(0, status, out::toString);
        Map<String, Set<String>> deps = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                deps.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return deps;
    }

    @Test
    void noPackageCycles() {
        assertTrue(Files.isDirectory(Path.of("target", "classes", "org", "newsgraph")), "compiled classes");
        Map<String, Set<String>> deps = dependencies();
        assertTrue(deps.containsKey("org.newsgraph.pipeline"), () -> "jdeps read the project: " + deps);
        for (String from : deps.keySet()) {
            List<String> path = cycleFrom(from, from, deps, new ArrayList<>(), new TreeSet<>());
            assertTrue(path == null, () -> "package cycle: " + String.join(" -> ", path));
        }
    }

    @Test
    void theBottomKnowsNothingAbove() {
        Map<String, Set<String>> deps = dependencies();
        assertEquals(Set.of(), deps.getOrDefault("org.newsgraph.base", Set.of()));
        assertEquals(Set.of("org.newsgraph.base"), deps.getOrDefault("org.newsgraph.doc", Set.of()));
        assertEquals(Set.of("org.newsgraph.base", "org.newsgraph.doc", "org.newsgraph.vocab"),
                deps.get("org.newsgraph.rdf"), "the RDF stage reads only the document model");
    }

    // A path from start back to target, or null.
    private static List<String> cycleFrom(String target, String at, Map<String, Set<String>> deps, List<String> path,
                                          Set<String> seen) {
        path.add(at);
        for (String next : deps.getOrDefault(at, Set.of())) {
            if (next.equals(target)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(next);
                return cycle;
            }
            if (seen.add(next)) {
                List<String> found = cycleFrom(target, next, deps, path, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        return null;
    }
}
