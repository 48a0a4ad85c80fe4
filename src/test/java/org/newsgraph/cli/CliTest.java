package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Store;

/** The command line as a user runs it: {@link Main#run} with real files, capturing stdout and stderr. */
class CliTest {

    private static final String SEED = "seeds/002_8adf7a70ea6ceb8b.txt";

    /** A data folder built once from seeds/ for the query tests. */
    @TempDir
    static Path built;

    @BeforeAll
    static void build() {
        Run r = run("build", "--input", "seeds", "--data", built.toString());
        assertEquals(0, r.code, () -> "build of seeds/ failed:\n" + r.err);
    }

    /** Exit code and everything printed while running one command. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            code = Main.run(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void buildFromNquadsLoadsShardsAndAddIsThenRefused(@TempDir Path tmp) throws IOException {
        Path shards = org.newsgraph.store.QuadShardsTest.shardsOf(new org.newsgraph.rdf.Iris(org.newsgraph.rdf.Iris.DEFAULT_BASE), built, tmp.resolve("shards"));
        Path data = tmp.resolve("data");
        Run both = run("build", "--from-nquads", shards.toString(), "--input", "seeds", "--data", data.toString());
        assertEquals(2, both.code, both.err);
        assertTrue(both.err.contains("give one of the two"), both.err);

        Run r = run("build", "--from-nquads", shards.toString(), "--data", data.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.err.contains("loaded 5 article(s) from " + shards), r.err);
        Run add = run("add", SEED, "--data", data.toString());
        assertEquals(2, add.code, add.err);
        assertTrue(add.err.contains("loaded from N-Quads shards"), add.err);
    }

    // ---------------------------------------------------------------- usage

    static List<Object[]> subcommands() {
        return List.of(
                new Object[] {"build", List.of("--input", "--data", "--base", "--max-bytes", "--full", "--heap")},
                new Object[] {"add", List.of("--data", "--base", "FILE")},
                new Object[] {"remove", List.of("--data", "--base", "SOURCE")},
                new Object[] {"serve", List.of("--data", "--input", "--port", "--base", "--timeout")},
                new Object[] {"query", List.of("--data", "--format", "FILE.rq")},
                new Object[] {"convert", List.of("--output", "-o", "--base", "FILE|DIR")},
                new Object[] {"generate", List.of("--articles", "--out", "--seed", "--first")});
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("subcommands")
    void helpOnEachSubcommand(String command, List<String> options) {
        Run r = run(command, "--help");
        assertEquals(0, r.code, () -> "exit code; stderr:\n" + r.err);
        assertTrue(r.out.contains("Usage:") && r.out.contains(command), () -> "usage of " + command + ":\n" + r.out);
        for (String o : options) {
            assertTrue(r.out.contains(o), () -> command + " --help should mention " + o + ":\n" + r.out);
        }
    }

    @Test
    void unknownSubcommandFails() {
        Run r = run("frobnicate");
        assertNotEquals(0, r.code);
        assertTrue(r.err.contains("frobnicate"), () -> "stderr should name the unknown command:\n" + r.err);
    }

    // ---------------------------------------------------------------- query

    @Test
    void queryPrintsSparqlCsv() {
        Run r = run("query", "--data", built.toString(), "--format", "csv", "queries/articles.rq");
        assertEquals(0, r.code, () -> "exit code; stderr:\n" + r.err);
        List<String> lines = r.out.lines().filter(l -> !l.isEmpty()).toList();
        assertEquals("source,title,date,publisher,author", lines.get(0), () -> "CSV header:\n" + r.out);
        assertTrue(lines.size() >= 6, () -> "header and at least one row per article:\n" + r.out);
        for (String source : List.of("000_936faa304e8d9cbb", "001_fb2b83773285abeb", "002_8adf7a70ea6ceb8b",
                "003_f4adff472996429f", "004_fb3963665a93ae98")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(source + ",")),
                    () -> "no row for " + source + ":\n" + r.out);
        }
    }

    @Test
    void queryOnAMissingDataFolderFailsWithOneLine(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-data");
        Run r = run("query", "--data", missing.toString(), "queries/articles.rq");
        assertNotEquals(0, r.code);
        assertEquals("", r.out, "nothing on stdout");
        assertEquals(1, r.errLines().size(), () -> "one line on stderr:\n" + r.err);
        assertTrue(r.errLines().get(0).contains(missing.toString()), () -> "names the folder: " + r.err);
        assertFalse(Files.exists(missing), "a query must not create a data folder");
    }

    @Test
    void queryWithAMalformedFileFailsNamingIt(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("broken.rq");
        Files.writeString(bad, "SELECT ?s WHERE { ?s ?p \n");
        Run r = run("query", "--data", built.toString(), bad.toString());
        assertNotEquals(0, r.code);
        assertEquals("", r.out, "nothing on stdout");
        assertFalse(r.errLines().isEmpty(), "a reason on stderr");
        assertTrue(r.errLines().get(0).contains(bad.toString()), () -> "the first line names the file:\n" + r.err);
        assertFalse(r.err.contains("\tat "), () -> "no stack trace:\n" + r.err);
    }

    @Test
    void queryWithAMalformedFileFailsWithOneLine(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("broken.rq");
        Files.writeString(bad, "SELECT ?s WHERE { ?s ?p \n");
        Run r = run("query", "--data", built.toString(), bad.toString());
        assertNotEquals(0, r.code);
        assertEquals(1, r.errLines().size(), () -> "one line on stderr:\n" + r.err);
        assertTrue(r.errLines().get(0).contains(bad.toString()), r::err);
    }

    // ---------------------------------------------------------------- convert

    @Test
    void convertWritesTheArticleAndEntitiesGraphsAsTrigAndIsByteStable(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("out.trig");
        Path second = tmp.resolve("out2.trig");
        Run r1 = run("convert", SEED, "-o", first.toString());
        assertEquals(0, r1.code, () -> "exit code; stderr:\n" + r1.err);
        Run r2 = run("convert", SEED, "-o", second.toString());
        assertEquals(0, r2.code, () -> "exit code; stderr:\n" + r2.err);

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(first).lang(Lang.TRIG).parse(dsg);
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        assertEquals(Set.of(iris.articleGraph("002_8adf7a70ea6ceb8b").asNode(), iris.entitiesGraph().asNode()),
                Set.copyOf(graphs), "the article's graph and the entities graph describing what it names");
        assertTrue(dsg.getDefaultGraph().isEmpty(), "nothing in the default graph");
        for (Node g : graphs) {
            assertFalse(dsg.getGraph(g).isEmpty(), () -> g + " has triples");
        }

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "two runs, same bytes");
    }

    // ---------------------------------------------------------------- add and remove

    @Test
    void addAndRemoveChangeOnlyTheArticlesNamed(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path extra = Files.createDirectories(tmp.resolve("extra"));
        Files.copy(Path.of("seeds", "000_936faa304e8d9cbb.txt"), in.resolve("a.txt"));
        Files.copy(Path.of("seeds", "001_fb2b83773285abeb.txt"), extra.resolve("b.txt"));
        Path data = tmp.resolve("data");
        assertEquals(0, run("build", "--input", in.toString(), "--data", data.toString()).code);

        Run added = run("add", extra.resolve("b.txt").toString(), "--data", data.toString());
        assertEquals(0, added.code, added.err);
        assertTrue(added.err.contains("(1 converted, 0 dropped)"), added.err);
        Run removed = run("remove", "a", "--data", data.toString());
        assertEquals(0, removed.code, removed.err);
        assertTrue(removed.err.contains("(0 converted, 1 dropped)"), removed.err);
        Run unknown = run("remove", "a", "--data", data.toString());
        assertEquals(1, unknown.code, unknown.err);
        assertTrue(unknown.err.contains("a: no article with this source id"), unknown.err);
        Run rebuilt = run("build", "--input", in.toString(), "--data", data.toString());
        assertEquals(0, rebuilt.code, rebuilt.err);
        assertTrue(rebuilt.err.contains("(1 converted, 1 dropped)"), "a is back, b gone: " + rebuilt.err);
    }

    // ---------------------------------------------------------------- build is repeatable

    @Test
    void buildingTwiceGivesTheSameQuads(@TempDir Path tmp) {
        // The first build is the class's: a fresh build of seeds/ as this test would make it.
        Path a = built;
        Path b = tmp.resolve("b");
        Dump first = dump(a);
        assertEquals(0, run("build", "--input", "seeds", "--data", b.toString()).code);
        Dump other = dump(b);
        assertEquals(0, run("build", "--input", "seeds", "--data", a.toString()).code);
        Dump rebuilt = dump(a);

        assertEquals(5, first.articleGraphs().size(), "one graph per seed article");
        assertTrue(first.articleQuads().stream().noneMatch(q -> q.contains("_:")),
                "article graphs have no blank nodes, so their quads compare as text");
        assertEquals(first.articleQuads(), other.articleQuads(), "two fresh builds: same article quads");
        assertEquals(first.articleQuads(), rebuilt.articleQuads(), "rebuilding into the same folder: same article quads");

        // The ontology and reference graphs hold blank nodes (OWL lists): compare them up to blank node labels.
        assertEquals(first.otherGraphs().keySet(), other.otherGraphs().keySet());
        assertEquals(first.otherGraphs().keySet(), rebuilt.otherGraphs().keySet());
        assertFalse(first.otherGraphs().isEmpty(), "ontology and reference graphs are stored");
        for (Node g : first.otherGraphs().keySet()) {
            assertTrue(first.otherGraphs().get(g).isIsomorphicWith(other.otherGraphs().get(g)), () -> "graph " + g);
            assertTrue(first.otherGraphs().get(g).isIsomorphicWith(rebuilt.otherGraphs().get(g)), () -> "graph " + g);
        }
    }

    /** A store's content without the build graph (which lists only what the last build generated). */
    record Dump(Set<Node> articleGraphs, List<String> articleQuads, Map<Node, Graph> otherGraphs) { }

    private static Dump dump(Path data) {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Node buildGraph = iris.buildGraph().asNode();
        String articlePrefix = iris.base() + "graph/article/";
        try (Store store = Store.open(data)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<Node> articleGraphs = new HashSet<>();
                List<String> articleQuads = new ArrayList<>();
                Map<Node, Graph> others = new HashMap<>();
                Iterator<Quad> it = store.dataset().find();
                while (it.hasNext()) {
                    Quad q = it.next();
                    Node g = q.getGraph();
                    if (g.getURI().startsWith(articlePrefix)) {
                        articleGraphs.add(g);
                        articleQuads.add(NodeFmtLib.str(q) + " .");
                    } else if (!g.equals(buildGraph)) {
                        others.computeIfAbsent(g, x -> GraphFactory.createDefaultGraph()).add(q.asTriple());
                    }
                }
                articleQuads.sort(null);
                return new Dump(articleGraphs, articleQuads, others);
            });
        }
    }

    @Test
    void rebuildingUnderAnotherBaseLeavesNoGraphOfTheOldOne(@TempDir Path input, @TempDir Path dir) throws IOException {
        Files.copy(Path.of(SEED), input.resolve("a.txt"));
        assertEquals(0, Main.run("build", "--input", input.toString(), "--data", dir.toString(),
                "--base", "http://old.example/"));
        assertEquals(0, Main.run("build", "--input", input.toString(), "--data", dir.toString(),
                "--base", "http://new.example/"));
        assertEquals("http://new.example/", Store.builtBase(dir).orElseThrow());
        try (Store store = Store.open(dir)) {
            List<String> graphs = Txn.calculateRead(store.dataset(), () -> {
                List<String> names = new ArrayList<>();
                store.dataset().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                return names;
            });
            assertFalse(graphs.isEmpty());
            assertTrue(graphs.stream().allMatch(g -> g.startsWith("http://new.example/")), graphs::toString);
        }
    }
}
