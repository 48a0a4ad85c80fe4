package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.Iris;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.vocab.NG;

/**
 * The dumps and the VoID description of real builds of seeds/: the same bytes from two builds, and,
 * read back by an independent parser (RDF4J Rio), exactly what the TDB2 store holds.
 */
class DumpWriterTest {

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final Node BUILD_GRAPH = IRIS.buildGraph().asNode();
    /** Runs of a few lines: the seeds' thousands of quads then need many runs and merges. */
    private static final int TINY_RUNS = 4096;
    private static final List<String> PUBLISHED = List.of(DumpWriter.DIR + "/" + DumpWriter.TRIG,
            DumpWriter.DIR + "/" + DumpWriter.TURTLE, DumpWriter.DIR + "/" + DumpWriter.SUMS, VoidWriter.FILE);

    @TempDir
    static Path tmp;

    /** The data folders built. */
    private static Path firstData;
    private static Path secondData;
    /** Their current build folders, where the dumps and void.ttl are. */
    private static Path first;
    private static Path second;
    /** The first build's graphs, copied out of TDB2 once: several tests compare against them, none changes them. */
    private static Stored firstStored;

    @BeforeAll
    static void buildTwice() {
        firstData = tmp.resolve("a");
        secondData = tmp.resolve("b");
        assertEquals(0, Main.run("build", "--input", "seeds", "--data", firstData.toString()), "first build of seeds/");
        assertEquals(0, Main.run("build", "--input", "seeds", "--data", secondData.toString()), "second build of seeds/");
        first = new DataFolder(firstData).current().orElseThrow();
        second = new DataFolder(secondData).current().orElseThrow();
        firstStored = stored(firstData);
    }

    // ---------------------------------------------------------------- stable bytes

    @Test
    void twoBuildsOfTheSameInputGiveTheSameBytes() throws IOException {
        for (String file : PUBLISHED) {
            assertTrue(Files.size(first.resolve(file)) > 0, file + " is written");
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file + " differs between two builds of the same input");
        }
    }

    @Test
    void gzipHeadersHoldNoTimeAndNoFileName() throws IOException {
        for (String name : List.of(DumpWriter.TRIG, DumpWriter.TURTLE)) {
            byte[] b = Files.readAllBytes(first.resolve(DumpWriter.DIR).resolve(name));
            assertEquals(0x1f, b[0] & 0xff, name + " is gzip");
            assertEquals(0x8b, b[1] & 0xff, name + " is gzip");
            assertEquals(0, b[3], name + ": no flags, so no file name or comment in the header");
            for (int i = 4; i < 8; i++) {
                assertEquals(0, b[i], name + ": modification time is zero");
            }
        }
    }

    @Test
    void nothingHalfWrittenIsLeftBehind() throws IOException {
        try (Stream<Path> files = Files.list(first.resolve(DumpWriter.DIR))) {
            assertEquals(Set.of(DumpWriter.TRIG, DumpWriter.TURTLE, DumpWriter.SUMS),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
        assertFalse(Files.exists(first.resolve(VoidWriter.FILE + DumpWriter.TEMP_SUFFIX)));
    }

    // ---------------------------------------------------------------- complete and exact

    @Test
    void trigDumpHoldsExactlyTheStoredGraphs() throws IOException {
        Stored stored = firstStored;
        assertTrue(stored.graphs().contains(BUILD_GRAPH), "precondition: the store has a build graph");

        Map<Node, List<Statement>> byGraph = new HashMap<>();
        for (Statement st : rio(first.resolve(DumpWriter.DIR).resolve(DumpWriter.TRIG), RDFFormat.TRIG)) {
            assertTrue(st.getContext() != null, () -> "a triple outside any named graph: " + st);
            byGraph.computeIfAbsent(node(st.getContext()), k -> new ArrayList<>()).add(st);
        }
        Set<Node> expectedGraphs = new HashSet<>(stored.graphs());
        assertEquals(uris(expectedGraphs), uris(byGraph.keySet()), "the dump has every stored graph");
        assertTrue(byGraph.values().stream().flatMap(List::stream).noneMatch(st -> st.getObject().isLiteral()
                && ((org.eclipse.rdf4j.model.Literal) st.getObject()).getDatatype().stringValue()
                .endsWith("#dateTime")), "no wall-clock time in the dumped graphs");

        Set<String> expected = new TreeSet<>();
        Set<String> actual = new TreeSet<>();
        for (Node g : expectedGraphs) {
            assertFalse(hasBlankNodes(stored.graph(g)), () -> "graph " + g + " has blank nodes: they would not be stable");
            stored.graph(g).find().forEach(t -> expected.add(line(t) + " " + term(g)));
            byGraph.get(g).forEach(st -> actual.add(line(st) + " " + term(st.getContext())));
        }
        assertSameLines(expected, actual);
        assertEquals(expected.size(), byGraph.values().stream().mapToInt(List::size).sum(), "no quad written twice");
    }

    @Test
    void theOntologysListsHaveFixedIris() {
        Graph ontology = firstStored.graph(IRIS.ontologyGraph().asNode());
        List<Triple> lists = ontology.find(Node.ANY, RDF.first.asNode(), Node.ANY).toList();
        assertFalse(lists.isEmpty(), "precondition: the ontology has OWL lists");
        for (Triple t : lists) {
            assertTrue(t.getSubject().getURI().startsWith(ReferenceData.GENID), () -> "a list cell with a fixed IRI: " + t);
        }
        Graph again = stored(secondData).graph(IRIS.ontologyGraph().asNode());
        assertEquals(ontology.size(), again.size());
        assertTrue(ontology.find().toList().stream().allMatch(again::contains),
                "the second build's ontology graph has the same list IRIs");
    }

    @Test
    void dumpsAreOneGzipMemberPerPieceAndJenaReadsThemWhole() throws IOException {
        Path trig = first.resolve(DumpWriter.DIR).resolve(DumpWriter.TRIG);
        Path turtle = first.resolve(DumpWriter.DIR).resolve(DumpWriter.TURTLE);
        Stored stored = firstStored;
        // A header member and one member per graph: a reader that stopped after the first member would see no triple.
        assertTrue(gzipMembers(trig) > stored.graphs().size(), "a member per graph and one for the prefixes");
        assertTrue(gzipMembers(turtle) > 2, "a member per bucket of subjects");

        org.apache.jena.sparql.core.DatasetGraph read = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.riot.RDFDataMgr.read(read, trig.toString());
        long stores = stored.byName().values().stream().mapToLong(Graph::size).sum();
        assertEquals(stores, Iter.count(read.find()), "Jena reads every quad of every member");
        Graph union = GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFDataMgr.read(union, turtle.toString());
        List<Triple> triples = new ArrayList<>();
        RDFParser.source(new GZIPInputStream(Files.newInputStream(turtle))).lang(Lang.TURTLE).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                triples.add(t);
            }
        });
        assertEquals(union.size(), triples.size(), "each triple of the union is written once");
        assertEquals(voidInteger(first, VOID.triples), triples.size(), "void:triples counts the union");
        assertEquals(voidInteger(first, VOID.distinctSubjects),
                triples.stream().map(Triple::getSubject).distinct().count(), "void:distinctSubjects");
    }

    /** The gzip members of a file: each starts with the magic bytes, deflate and no flags (as Java writes them). */
    private static int gzipMembers(Path file) throws IOException {
        int members = 0;
        try (InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            byte[] all = raw.readAllBytes();
            int at = 0;
            byte[] sink = new byte[1 << 16];
            while (at < all.length) {
                assertEquals(0x1f, all[at] & 0xff, "member " + members + " starts with the gzip magic");
                assertEquals(0x8b, all[at + 1] & 0xff);
                assertEquals(0, all[at + 3], "no flags");
                inflater.reset();
                inflater.setInput(all, at + 10, all.length - at - 10);
                try {
                    while (!inflater.finished()) {
                        inflater.inflate(sink);
                    }
                } catch (java.util.zip.DataFormatException e) {
                    throw new IOException(e);
                }
                at = all.length - inflater.getRemaining() + 8;
                members++;
            }
            inflater.end();
        }
        return members;
    }

    @Test
    void turtleDumpIsTheUnionOfTheStoredGraphs() throws IOException {
        Stored stored = firstStored;
        Set<String> expected = new TreeSet<>();
        for (Node g : stored.graphs()) {
            stored.graph(g).find().forEach(t -> expected.add(line(t)));
        }
        List<Statement> statements = rio(first.resolve(DumpWriter.DIR).resolve(DumpWriter.TURTLE), RDFFormat.TURTLE);
        Set<String> actual = new TreeSet<>();
        for (Statement st : statements) {
            assertFalse(st.getSubject() instanceof BNode || st.getObject() instanceof BNode, () -> "a blank node: " + st);
            assertTrue(actual.add(line(st)), () -> "written twice: " + st);
        }
        assertSameLines(expected, actual);
        assertEquals(statements.size(), voidInteger(first, VOID.triples), "void:triples counts the Turtle dump");
    }

    // ---------------------------------------------------------------- checksums and the VoID description

    @Test
    void checksumsAndSizesMatchTheFiles() throws IOException {
        Path dumps = first.resolve(DumpWriter.DIR);
        List<String> lines = Files.readAllLines(dumps.resolve(DumpWriter.SUMS), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), () -> "one line per dump: " + lines);
        Pattern format = Pattern.compile("([0-9a-f]{64})  (\\S+)");
        List<String> names = new ArrayList<>();
        Model description = voidModel(first);
        for (String line : lines) {
            Matcher m = format.matcher(line);
            assertTrue(m.matches(), () -> "not sha256sum format: '" + line + "'");
            String name = m.group(2);
            names.add(name);
            byte[] bytes = Files.readAllBytes(dumps.resolve(name));
            String sha = HexFormat.of().formatHex(DumpWriter.sha256().digest(bytes));
            assertEquals(sha, m.group(1), name + ": SHA256SUMS has the file's checksum");

            Resource download = description.createResource(IRIS.base() + "dumps/" + name);
            Resource distribution = description.listSubjectsWithProperty(DCAT.downloadURL, download).next();
            assertEquals(bytes.length, distribution.getProperty(DCAT.byteSize).getLong(), name + ": dcat:byteSize");
            Resource checksum = distribution.getPropertyResourceValue(NG.SPDX.checksum);
            assertEquals(NG.SPDX.checksumAlgorithm_sha256, checksum.getPropertyResourceValue(NG.SPDX.algorithm));
            assertEquals(sha, checksum.getProperty(NG.SPDX.checksumValue).getLiteral().getLexicalForm(), name + ": spdx:checksumValue");
        }
        assertEquals(List.of(DumpWriter.TRIG, DumpWriter.TURTLE), names, "sorted by file name");
    }

    @Test
    void voidDescribesTheDatasetAndItsClasses() throws IOException {
        List<Statement> statements = rio(first.resolve(VoidWriter.FILE), RDFFormat.TURTLE);
        assertTrue(statements.stream().noneMatch(st -> st.getSubject() instanceof BNode || st.getObject() instanceof BNode),
                "no blank nodes in the description");
        Model m = voidModel(first);
        Resource dataset = m.createResource(new VoidWriter(IRIS).datasetIri());
        assertTrue(dataset.hasProperty(RDF.type, VOID.Dataset));
        assertTrue(dataset.hasProperty(RDF.type, DCAT.Dataset));
        assertEquals(IRIS.base() + "sparql", dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(IRIS.base(), dataset.getProperty(VOID.uriSpace).getString());
        assertEquals(2, m.listObjectsOfProperty(dataset, VOID.dataDump).toList().size());
        assertEquals(2, m.listObjectsOfProperty(dataset, DCAT.distribution).toList().size());
        assertEquals(5, entities(m, SchemaDO.NewsArticle), "five seed articles");
        for (Resource c : VoidWriter.CLASSES) {
            assertTrue(entities(m, c) > 0, () -> "a partition with entities for " + c);
        }
    }

    // ---------------------------------------------------------------- a failure keeps the old dumps

    @Test
    void aFailedDumpLeavesThePublishedDumpsUntouched() throws IOException {
        Path dir = tmp.resolve("failing").resolve(DumpWriter.DIR);
        try (Store store = Store.open(firstData)) {
            DumpWriter writer = new DumpWriter(IRIS);
            writer.write(store.dataset(), dir);
            byte[] trig = Files.readAllBytes(dir.resolve(DumpWriter.TRIG));
            byte[] sums = Files.readAllBytes(dir.resolve(DumpWriter.SUMS));
            // The Turtle dump cannot be written where a folder stands: the TriG one is already done by then.
            Files.createDirectories(DumpWriter.temp(dir, DumpWriter.TURTLE));
            assertThrows(NewsgraphException.class, () -> writer.write(store.dataset(), dir));
            assertArrayEquals(trig, Files.readAllBytes(dir.resolve(DumpWriter.TRIG)), "old TriG dump kept");
            assertArrayEquals(sums, Files.readAllBytes(dir.resolve(DumpWriter.SUMS)), "old checksums kept");
            assertOnlyTheDumps(dir, "no temp file left");
        }
    }

    // ---------------------------------------------------------------- subjects sorted on disk

    @Test
    void subjectsSortedThroughManyRunsGiveTheSameBytes() throws IOException {
        Path dir = tmp.resolve("runs").resolve(DumpWriter.DIR);
        DumpWriter.Dumps dumps;
        try (Store store = Store.open(firstData)) {
            dumps = new DumpWriter(IRIS, TINY_RUNS).write(store.dataset(), dir);
        }
        assertTrue(dumps.triples() * 40 / TINY_RUNS > DumpWriter.FAN_IN,
                "precondition: more runs than one merge reads, so merged runs are merged again");
        for (String name : List.of(DumpWriter.TURTLE, DumpWriter.TRIG, DumpWriter.SUMS)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(DumpWriter.DIR).resolve(name)),
                    Files.readAllBytes(dir.resolve(name)), name + " differs from the one sorted in a single run");
        }
        assertEquals(voidInteger(first, VOID.distinctSubjects), dumps.distinctSubjects(), "void:distinctSubjects");
        assertEquals(voidInteger(first, VOID.triples), dumps.triples(), "void:triples");
        assertOnlyTheDumps(dir, "the runs are deleted");
    }

    @Test
    void aFailedDumpLeavesNoRuns() throws IOException {
        Path dir = tmp.resolve("failing-runs").resolve(DumpWriter.DIR);
        try (Store store = Store.open(firstData)) {
            // The runs are on disk by the time the Turtle dump fails to open.
            Files.createDirectories(DumpWriter.temp(dir, DumpWriter.TURTLE));
            assertThrows(NewsgraphException.class, () -> new DumpWriter(IRIS, TINY_RUNS).write(store.dataset(), dir));
        }
        assertFalse(Files.exists(DumpWriter.temp(dir, DumpWriter.RUNS)), "runs deleted");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing published, nothing left");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The store's named graphs, copied out of TDB2. */
    private record Stored(Map<Node, Graph> byName) {
        Set<Node> graphs() {
            return byName.keySet();
        }

        Graph graph(Node g) {
            return byName.get(g);
        }
    }

    private static Stored stored(Path data) {
        try (Store store = Store.open(data)) {
            DatasetGraph dsg = store.dataset();
            return Txn.calculateRead(dsg, () -> {
                Map<Node, Graph> out = new HashMap<>();
                dsg.find().forEachRemaining(q -> {
                    assertFalse(q.isDefaultGraph(), () -> "nothing is stored in the default graph: " + q);
                    out.computeIfAbsent(q.getGraph(), k -> GraphFactory.createDefaultGraph()).add(q.asTriple());
                });
                return new Stored(out);
            });
        }
    }

    private static Set<String> uris(Set<Node> nodes) {
        Set<String> out = new TreeSet<>();
        nodes.forEach(n -> out.add(n.getURI()));
        return out;
    }

    private static boolean hasBlankNodes(Graph g) {
        return g.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
    }

    private static List<Statement> rio(Path file, RDFFormat format) throws IOException {
        List<Statement> out = new ArrayList<>();
        org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(format);
        parser.setRDFHandler(new StatementCollector(out));
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            parser.parse(in, "");
        }
        return out;
    }

    private static Model voidModel(Path data) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(data.resolve(VoidWriter.FILE)).lang(Lang.TURTLE).parse(m);
        return m;
    }

    private static long voidInteger(Path data, Property p) {
        Model m = voidModel(data);
        return m.createResource(new VoidWriter(IRIS).datasetIri()).getProperty(p).getLong();
    }

    private static long entities(Model m, Resource c) {
        Resource partition = m.listSubjectsWithProperty(VOID._class, c).next();
        return partition.getProperty(VOID.entities).getLong();
    }

    private static void assertSameLines(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> "missing from the dump (" + missing.size() + "): "
                + missing.stream().limit(5).toList() + "\nnot in the store (" + extra.size() + "): "
                + extra.stream().limit(5).toList());
        assertFalse(expected.isEmpty(), "compared something");
    }

    // Both sides as N-Quads-like lines with the datatype always spelt out (xsd:string included).

    private static String line(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject());
    }

    private static String line(Statement st) {
        return term(st.getSubject()) + " " + term(st.getPredicate()) + " " + term(st.getObject());
    }

    private static String term(Node n) {
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        String lang = n.getLiteralLanguage();
        return quoted(n.getLiteralLexicalForm()) + (lang.isEmpty() ? "^^<" + n.getLiteralDatatypeURI() + ">"
                : "@" + lang.toLowerCase(Locale.ROOT));
    }

    private static String term(Value v) {
        if (v instanceof IRI iri) {
            return "<" + iri.stringValue() + ">";
        }
        if (v instanceof BNode b) {
            return "_:" + b.getID();
        }
        Literal l = (Literal) v;
        return quoted(l.getLabel()) + l.getLanguage().map(lang -> "@" + lang.toLowerCase(Locale.ROOT))
                .orElse("^^<" + l.getDatatype().stringValue() + ">");
    }

    private static String quoted(String lexical) {
        return "\"" + lexical.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    private static Triple triple(Statement st) {
        return Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }

    private static Node node(Value v) {
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal l = (Literal) v;
        return l.getLanguage().isPresent() ? NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get())
                : NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance()
                        .getSafeTypeByName(l.getDatatype().stringValue()));
    }

    private static void assertOnlyTheDumps(Path dir, String message) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of(DumpWriter.TRIG, DumpWriter.TURTLE, DumpWriter.SUMS),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()), message);
        }
    }
}
