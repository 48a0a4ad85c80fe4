package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.cli.Components;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.Iris;

/**
 * Bad input files are reported by name, with what is wrong with them, and skipped; good files
 * still load, and the store keeps what it had for a file that turned bad.
 */
class BadInputTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String GOOD_1 = "000_936faa304e8d9cbb";
    private static final String GOOD_2 = "002_8adf7a70ea6ceb8b";

    private static Components components;

    @BeforeAll
    static void wire() {
        components = Builders.components();
    }

    /** The production builder, wired as cli/BuildCommand wires it; log lines go to {@code log}. */
    private static CorpusBuilder builder(List<String> log) {
        return Builders.builder(log);
    }

    private static Iris iris() {
        return components.converter.iris();
    }

    // ---------------------------------------------------------------- bad files among good ones

    @Test
    void badFilesAreReportedByNameAndSkipped(@TempDir Path input, @TempDir Path data) throws IOException {
        Files.copy(SEEDS.resolve(GOOD_1 + ".txt"), input.resolve(GOOD_1 + ".txt"));
        Files.copy(SEEDS.resolve(GOOD_2 + ".txt"), input.resolve(GOOD_2 + ".txt"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.txt"), binaryBytes());
        Files.write(input.resolve("latin1.txt"), latin1Bytes());
        writeHuge(input.resolve("huge.txt"), 50L * 1024 * 1024);
        Files.writeString(input.resolve("notes.md"), "not an article: only *.txt files are read\n");

        List<String> log = new ArrayList<>();
        CorpusBuilder.Report report = builder(log).build(input, data);

        assertFalse(report.ok());
        assertEquals(2, report.loaded(), () -> "loaded; failures: " + report.failures());
        assertEquals(4, report.failures().size(), () -> "one failure per bad file: " + report.failures());
        assertFailure(report, "empty.txt", "empty");
        assertFailure(report, "binary.txt", "binary");
        assertFailure(report, "latin1.txt", "UTF-8");
        assertFailure(report, "huge.txt", "bytes", "limit");
        assertTrue(report.failures().stream().noneMatch(f -> f.contains("notes.md")),
                () -> "notes.md is not an article file and must be ignored: " + report.failures());
        // Every failure is also logged, so a person sees it.
        assertEquals(4, log.stream().filter(l -> l.startsWith("skipped ")).count(), () -> "log: " + log);

        assertEquals(Set.of(GOOD_1, GOOD_2), storedSources(data));
        assertTrue(Store.isBuilt(data), "a build with skipped files still finishes and stamps the folder");
    }

    private static void assertFailure(CorpusBuilder.Report report, String file, String... says) {
        List<String> matching = report.failures().stream().filter(f -> f.contains(file)).toList();
        assertEquals(1, matching.size(), () -> "exactly one failure should name " + file + ": " + report.failures());
        String msg = matching.get(0);
        for (String s : says) {
            assertTrue(msg.toLowerCase().contains(s.toLowerCase()),
                    () -> "the failure of " + file + " should say '" + s + "': " + msg);
        }
        assertFalse(msg.contains("\n"), () -> "one line per failure: " + msg);
    }

    /** Random bytes with NULs in them: not text. */
    private static byte[] binaryBytes() {
        byte[] b = new byte[4096];
        new Random(42).nextBytes(b);
        for (int i = 0; i < b.length; i += 97) {
            b[i] = 0;
        }
        return b;
    }

    /** Valid ISO-8859-1 text (é = E9, ü = FC) that is invalid as UTF-8. */
    private static byte[] latin1Bytes() {
        byte[] b = "Caf\u00e9 in Z\u00fcrich\n\nThe minister said the talks in M\u00fcnchen went well.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)),
                "precondition: the bytes are not valid UTF-8");
        return b;
    }

    /** Writes about {@code size} bytes of plain text without holding it in memory. */
    private static void writeHuge(Path file, long size) throws IOException {
        String line = "This line is part of a file far too large to be one news article. ".repeat(4) + "\n";
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < size) {
                w.write(line);
                written += line.length();
            }
        }
        assertTrue(Files.size(file) >= size, "precondition: huge.txt is at least 50 MB");
    }

    // ---------------------------------------------------------------- nothing lost on a bad rebuild

    @Test
    void aFileTurnedBadKeepsItsGraphFromTheLastBuild(@TempDir Path input, @TempDir Path data) throws IOException {
        Path a = input.resolve("a.txt");
        Files.copy(SEEDS.resolve(GOOD_2 + ".txt"), a);
        CorpusBuilder.Report first = builder(new ArrayList<>()).build(input, data);
        assertTrue(first.ok(), () -> "first build: " + first.failures());
        assertEquals(1, first.loaded());
        Node graphA = iris().articleGraph("a").asNode();
        List<String> before = graphQuads(data, graphA);
        assertFalse(before.isEmpty(), "the first build stored the graph of a");

        Files.write(a, latin1Bytes());
        CorpusBuilder.Report second = builder(new ArrayList<>()).build(input, data);
        assertEquals(0, second.loaded());
        assertEquals(1, second.failures().size(), () -> "second build: " + second.failures());
        assertTrue(second.failures().get(0).contains("a.txt"), second.failures()::toString);

        assertEquals(before, graphQuads(data, graphA), "the graph of a from the first build is kept unchanged");
        assertEquals(Set.of("a"), storedSources(data));
    }

    // ---------------------------------------------------------------- no article files at all

    @Test
    void aFolderWithoutTxtFilesIsAnErrorNamingIt(@TempDir Path input, @TempDir Path data) throws IOException {
        Files.writeString(input.resolve("notes.md"), "no articles here\n");
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> builder(new ArrayList<>()).build(input, data.resolve("d")));
        assertEquals(input.toString(), e.source().orElse(null), "the exception's source is the folder");
        assertTrue(e.describe().contains(input.toString()), e::describe);
        assertTrue(e.describe().contains(".txt"), () -> "should say what it looked for: " + e.describe());
        assertFalse(Files.exists(data.resolve("d")), "nothing is created for a build that cannot start");
    }

    @Test
    void cliBuildOfAFolderWithoutTxtFilesFailsWithOneLine(@TempDir Path input, @TempDir Path data)
            throws IOException {
        Files.writeString(input.resolve("notes.md"), "no articles here\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int code;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            code = Main.run("build", "--input", input.toString(), "--data", data.resolve("d").toString());
        } finally {
            System.setErr(oldErr);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertNotEquals(0, code, "exit code");
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), () -> "one line on stderr, got:\n" + stderr);
        assertTrue(lines.get(0).contains(input.toString()), () -> "the line names the folder: " + lines.get(0));
    }

    // ---------------------------------------------------------------- reading the store

    /** The dcterms:identifier of every article in the store (union default graph), read directly from TDB2. */
    private static Set<String> storedSources(Path data) {
        try (Store store = Store.open(data)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                try (QueryExecution qe = QueryExecution.create("PREFIX schema: <https://schema.org/> "
                        + "PREFIX dcterms: <http://purl.org/dc/terms/> "
                        + "SELECT ?s WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?s }",
                        DatasetFactory.wrap(store.dataset()))) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        out.add(row.getLiteral("s").getLexicalForm());
                    }
                }
                return out;
            });
        }
    }

    /** The triples of one named graph as sorted N-Triples lines. */
    private static List<String> graphQuads(Path data, Node graph) {
        try (Store store = Store.open(data)) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                store.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> out.add(NodeFmtLib.str(q.asTriple())));
                out.sort(null);
                return out;
            });
        }
    }
}
