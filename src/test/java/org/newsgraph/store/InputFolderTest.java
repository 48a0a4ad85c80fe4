package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.cli.Components;
import org.newsgraph.rdf.Iris;

/**
 * Input folders handled like a careful tool: no link followed, special and unreadable entries
 * reported by name and skipped, blank files rejected, and one article IRI per file whatever its name.
 */
class InputFolderTest {

    private static final Path SEED = Path.of("seeds", "002_8adf7a70ea6ceb8b.txt");
    // The names are the subject here, not the text: a short article keeps the build of many copies quick.
    private static final String SHORT = """
            Russia and Britain agree to talk

            By Jane Roe

            12 March 2016

            The Foreign Office said on Tuesday that Russia had been warned. "We will talk," Boris Johnson said.
            """;

    private static Components components;

    @BeforeAll
    static void wire() {
        components = new Components(Iris.DEFAULT_BASE);
    }

    private static CorpusBuilder builder(long maxBytes) {
        return new CorpusBuilder(components.converter, new ArticleFiles(maxBytes), components.ontology,
                components.reference, m -> { });
    }

    // ---------------------------------------------------------------- links and special files

    @Test
    void linksAreNotFollowedAndSpecialFilesAreSkipped(@TempDir Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "Secret\n\nroot:SECRET-HASH-1234:19000:0:99999:7:::\n");
        Files.copy(SEED, input.resolve("good.txt"));
        Files.createSymbolicLink(input.resolve("shadow.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(input.resolve("folder"), outside);
        Files.createSymbolicLink(input.resolve("dangling.txt"), tmp.resolve("no-such-file"));
        Files.createSymbolicLink(input.resolve("loop.txt"), input.resolve("loop.txt"));
        Path fifo = input.resolve("fifo.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        Path data = tmp.resolve("data");

        CorpusBuilder.Report r = builder(ArticleFiles.DEFAULT_MAX_BYTES).build(input, data);

        assertEquals(1, r.loaded(), () -> "only good.txt loads: " + r.failures());
        for (String link : List.of("shadow.txt", "folder", "dangling.txt", "loop.txt")) {
            assertOneFailure(r, input.resolve(link), "symbolic link");
        }
        assertOneFailure(r, fifo, "not a regular file");
        assertEquals(5, r.failures().size(), r.failures()::toString);
        assertEquals(Set.of("good"), sources(data));
        try (Store store = Store.open(data)) {
            boolean leaked = Txn.calculateRead(store.dataset(), () -> store.dataset().stream()
                    .anyMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().contains("SECRET")));
            assertFalse(leaked, "nothing of the linked file is in the store");
        }
    }

    @Test
    void anInputFolderThatIsItselfALinkIsRead(@TempDir Path tmp) throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.copy(SEED, real.resolve("a.txt"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        ArticleFiles.Listing l = new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES).scan(link);
        assertEquals(List.of("a"), l.files().stream().map(ArticleFiles.Entry::source).toList());
    }

    // ---------------------------------------------------------------- unreadable entries

    /**
     * As root, permissions do not stop reads: a folder nested deeper than PATH_MAX (4096 bytes) makes
     * the walk fail on a real entry instead, which goes through the same visitFileFailed path as a
     * folder without permission.
     */
    @Test
    void anUnreadableFolderIsReportedAndTheBuildGoesOn(@TempDir Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, input.resolve("good.txt"));
        String name = "d".repeat(250);
        Process mk = new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 1 18); do mkdir \"$2\" && cd \"$2\"; done"
                + " && cp \"$3\" deep.txt", "bash", input.toString(), name, SEED.toAbsolutePath().toString()).start();
        assertTrue(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0, "deep folders made");
        try {
            CorpusBuilder.Report r = builder(ArticleFiles.DEFAULT_MAX_BYTES).build(input, tmp.resolve("data"));
            assertEquals(1, r.loaded(), r.failures()::toString);
            assertEquals(1, r.failures().size(), r.failures()::toString);
            assertTrue(r.failures().get(0).startsWith(input.resolve(name).toString()), r.failures()::toString);
            assertTrue(r.failures().get(0).contains("cannot read (file name too long)"), r.failures()::toString);
            assertEquals(Set.of("good"), sources(tmp.resolve("data")));
        } finally {
            // rm works below PATH_MAX where Java's delete cannot.
            new ProcessBuilder("rm", "-rf", input.resolve(name).toString()).start().waitFor();
        }
    }

    @Test
    void aFolderWithoutPermissionIsReportedByTheVisitor(@TempDir Path tmp) throws IOException {
        // The failure a non-root user gets for a folder of mode 000, given to the visitor as the JDK gives it.
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, input.resolve("good.txt"));
        Files.createDirectories(input.resolve("locked"));
        List<ArticleFiles.Skip> skipped = new ArrayList<>();
        ArticleFiles.Visitor v = new ArticleFiles.Visitor(input, new ArrayList<>(), skipped);
        v.visitFileFailed(input.resolve("locked"), new AccessDeniedException(input.resolve("locked").toString()));
        assertEquals(1, skipped.size());
        assertEquals(input.resolve("locked") + ": cannot read (permission denied), skipped", skipped.get(0).message());
        assertEquals("locked", skipped.get(0).unreadable().orElseThrow(), "its graphs may be kept from the last build");
    }

    // ---------------------------------------------------------------- blank and over-size files

    @Test
    void filesOfOnlyInvisibleCharactersAreEmpty(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, input.resolve("good.txt"));
        List<String> blanks = List.of(" \n\t\r\n", "\u00A0\u00A0\n", "\u3000\u3000", "\u200B\u200B\u200B", "\uFEFF",
                "\uFEFF\n\u2028\u2029\u200E\u200F\u2060\u180E\u3164\u2800 ");
        for (int i = 0; i < blanks.size(); i++) {
            Files.writeString(input.resolve("blank" + i + ".txt"), blanks.get(i), StandardCharsets.UTF_8);
        }
        CorpusBuilder.Report r = builder(ArticleFiles.DEFAULT_MAX_BYTES).build(input, tmp.resolve("data"));
        assertEquals(1, r.loaded());
        for (int i = 0; i < blanks.size(); i++) {
            assertOneFailure(r, input.resolve("blank" + i + ".txt"), "empty");
        }
    }

    @Test
    void aFileOverTheCapIsRejectedByNameWithoutReadingItAll(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, input.resolve("good.txt"));
        Files.writeString(input.resolve("big.txt"), "word ".repeat(5000));
        CorpusBuilder.Report r = builder(20_000).build(input, tmp.resolve("data"));
        assertEquals(1, r.loaded());
        assertOneFailure(r, input.resolve("big.txt"), "over the limit of 20000 bytes");
    }

    // ---------------------------------------------------------------- names that used to clash

    @Test
    void everyFileGetsItsOwnGraph(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        List<String> names = List.of("with space", "with_space", "café", "cafe\u0301", "caf_", "quote'", "quote\"",
                "quote_", "中", "文", "😀", "_", "a/x", "b/x", "a_x", "a!x", ".", "", "100%", "100%25", "x?y", "x#y",
                "\u202Eevil", "\u00A0nbsp");
        for (String n : names) {
            Path f = input.resolve(n + ".txt");
            Files.createDirectories(f.getParent());
            Files.writeString(f, SHORT);
        }
        CorpusBuilder.Report r = builder(ArticleFiles.DEFAULT_MAX_BYTES).build(input, tmp.resolve("data"));
        assertTrue(r.ok(), r.failures()::toString);
        assertEquals(names.size(), r.loaded());
        assertEquals(new TreeSet<>(names), sources(tmp.resolve("data")), "each file's own id");
        try (Store store = Store.open(tmp.resolve("data"))) {
            long graphs = Txn.calculateRead(store.dataset(), () -> {
                List<String> g = new ArrayList<>();
                store.dataset().listGraphNodes().forEachRemaining(n -> g.add(n.getURI()));
                return g.stream().filter(u -> u.startsWith(Iris.DEFAULT_BASE + "graph/article/")).count();
            });
            assertEquals(names.size(), graphs, "one graph per file");
        }
    }

    @Test
    void theSameIdFromTwoInputsIsAnErrorNamingBoth(@TempDir Path tmp) throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.copy(SEED, a.resolve("x.txt"));
        Files.copy(SEED, b.resolve("x.txt"));
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES).scan(List.of(a.resolve("x.txt"), b.resolve("x.txt"))));
        assertTrue(e.describe().contains(a.resolve("x.txt").toString()) && e.describe().contains(b.resolve("x.txt").toString()),
                e::describe);
    }

    // ---------------------------------------------------------------- helpers

    static void assertOneFailure(CorpusBuilder.Report r, Path file, String says) {
        List<String> m = r.failures().stream().filter(f -> f.startsWith(file + ":") || f.startsWith(file + " at offset"))
                .toList();
        assertEquals(1, m.size(), () -> "one failure naming " + file + ": " + r.failures());
        assertTrue(m.get(0).contains(says), () -> "the failure of " + file + " should say '" + says + "': " + m.get(0));
        assertFalse(m.get(0).contains("\n"), m.get(0));
    }

    static Set<String> sources(Path data) {
        try (Store store = Store.open(data)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                store.dataset().find(null, null, org.apache.jena.vocabulary.DCTerms.identifier.asNode(), null)
                        .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
                return out;
            });
        }
    }
}
