package org.newsgraph.store;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;

/**
 * Last step of a build: writes the store's downloadable dumps into the data folder's dumps/, every
 * named graph (the build graph too: it holds no wall-clock time) as gzipped TriG and their union as
 * gzipped Turtle, with a SHA256SUMS file beside them. The quads are written as N-Quads lines, sorted
 * on disk with a plain external sort of lines, and streamed through RIOT's block writers, so the same
 * store gives the same bytes whatever the order TDB2 returns them in.
 */
public final class DumpWriter {

    /** Folder of the dumps inside the data folder. */
    public static final String DIR = "dumps";
    public static final String TRIG = "newsgraph.trig.gz";
    public static final String TURTLE = "newsgraph.ttl.gz";
    /** Checksums in the format of {@code sha256sum}, so {@code sha256sum -c SHA256SUMS} checks a download. */
    public static final String SUMS = "SHA256SUMS";

    /** Dumps are written under this suffix and renamed once whole. */
    static final String TEMP_SUFFIX = ".tmp";

    /** Folder (with {@link #TEMP_SUFFIX}) of the sorted runs of lines, only there while dumps are written. */
    static final String RUNS = "runs";

    private static final int BUFFER = 1 << 16;

    /** Characters of lines sorted in memory per run, for each of the two sorts: some 30 MB whatever the size of the corpus. */
    static final int RUN_CHARS = 8 << 20;

    /** Runs read at once by one merge; more runs are first merged into bigger ones, so open files stay few. */
    static final int FAN_IN = 64;

    /** One published dump file: its name in dumps/, the media type of its content, its size and SHA-256. */
    public record DumpFile(String name, String mediaType, long bytes, String sha256) { }

    /**
     * What was dumped: the files (sorted by name) and, over the union of the dumped graphs, the
     * number of distinct triples and subjects and, per class IRI, of subjects typed with it.
     */
    public record Dumps(List<DumpFile> files, long triples, long distinctSubjects, Map<String, Long> entities) {
        public Dumps {
            files = List.copyOf(files);
            entities = Map.copyOf(entities);
        }
    }

    /** Writes one dump file's content into a stream. */
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final PrefixMap prefixes;
    private final int runChars;

    public DumpWriter(Iris iris) {
        this(iris, RUN_CHARS);
    }

    /** Tests make the runs tiny, so that a small build is sorted through many runs and merges. */
    DumpWriter(Iris iris, int runChars) {
        this.prefixes = Prefixes.forBase(iris);
        this.runChars = runChars;
    }

    /** Writes the dumps of {@code dsg} into {@code dir}, replacing the old dumps only once every new file is whole. */
    public Dumps write(DatasetGraph dsg, Path dir) {
        List<Path> temps = List.of(temp(dir, TRIG), temp(dir, TURTLE), temp(dir, SUMS));
        // The runs go beside the dumps, on the disk sized for the data: the system temp folder may be in memory.
        Path runs = temp(dir, RUNS);
        try {
            Files.createDirectories(dir);
            Dumps dumps = dump(dsg, dir, runs);
            StringBuilder sums = new StringBuilder();
            for (DumpFile f : dumps.files()) {
                sums.append(f.sha256()).append("  ").append(f.name()).append('\n');
            }
            Files.writeString(temp(dir, SUMS), sums, StandardCharsets.UTF_8);
            // The checksums go last, so at no moment do they vouch for a file that is not yet in place.
            for (String name : List.of(TRIG, TURTLE, SUMS)) {
                Files.move(temp(dir, name), dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return dumps;
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot write the dumps: " + e.getMessage(), e);
        } finally {
            deleteFolder(runs);
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException e) {
                    // A leftover temp file is overwritten by the next build and never published.
                }
            }
        }
    }

    private Dumps dump(DatasetGraph dsg, Path dir, Path runs) throws IOException {
        Files.createDirectories(runs);
        // Graph-first lines give the TriG order, plain N-Triples lines the union's (merging drops its repeats).
        LineSort byGraph = new LineSort(runs.resolve("graph-"), runChars);
        LineSort bySubject = new LineSort(runs.resolve("subject-"), runChars);
        Terms terms = new Terms();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            if (q.isDefaultGraph()) {
                return;
            }
            String triple = terms.line(q.getSubject(), q.getPredicate(), q.getObject());
            byGraph.add(terms.graph(q.getGraph()) + " " + triple);
            bySubject.add(triple);
        }));

        Path quads = runs.resolve("sorted.nq");
        byGraph.mergeInto(quads, line -> {
            // The graph key ends at the first space: graph names are IRIs, and N-Triples IRIs hold none.
            int space = line.indexOf(' ');
            String triple = line.substring(space + 1);
            return triple.substring(0, triple.length() - 1) + line.substring(0, space) + " .";
        });
        DumpFile trig = gzip(dir, TRIG, "application/trig", out -> stream(quads, Lang.NQUADS,
                StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS)));

        Path triples = runs.resolve("sorted.nt");
        bySubject.mergeInto(triples, line -> line);
        Counter counter = new Counter();
        DumpFile turtle = gzip(dir, TURTLE, "text/turtle", out -> stream(triples, Lang.NTRIPLES,
                counter.around(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS))));
        return new Dumps(List.of(trig, turtle), counter.triples, counter.subjects, counter.entities);
    }

    private void stream(Path sorted, Lang lang, StreamRDF writer) {
        writer.start();
        prefixes.forEach(writer::prefix);
        try {
            // The lines were written from stored terms: no need to check each IRI again, only to tokenise it.
            RDFParser.source(sorted).lang(lang).checking(false).parse(new StreamRDFWrapper(writer) {
                @Override
                public void start() {
                }

                @Override
                public void finish() {
                }
            });
        } catch (RiotException e) {
            throw new NewsgraphException(sorted.toString(), -1, "a stored term does not read back: " + e.getMessage(), e);
        }
        writer.finish();
    }

    /** Counts the union while it is written; its triples come subject by subject, each once. */
    private static final class Counter {
        long triples;
        long subjects;
        final Map<String, Long> entities = new TreeMap<>();
        private Node previous;

        StreamRDF around(StreamRDF writer) {
            return new StreamRDFWrapper(writer) {
                @Override
                public void triple(Triple t) {
                    triples++;
                    if (!t.getSubject().equals(previous)) {
                        subjects++;
                        previous = t.getSubject();
                    }
                    if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                        entities.merge(t.getObject().getURI(), 1L, Long::sum);
                    }
                    super.triple(t);
                }
            };
        }
    }

    /**
     * N-Triples forms of the stored terms. Formatting is a third of the dump's time, and the store
     * returns a graph's quads subject by subject over a few predicates: the last graph and subject
     * and every predicate are formatted once.
     */
    private static final class Terms {
        private final Map<Node, String> predicates = new HashMap<>();
        private Node lastGraph;
        private String lastGraphKey;
        private Node lastSubject;
        private String lastSubjectKey;

        // Store ids of blank nodes change with every load: a dump with one would differ between two builds.
        String line(Node s, Node p, Node o) {
            if (s.isBlank() || o.isBlank()) {
                throw new NewsgraphException(null, -1, "cannot dump a blank node in a stable form: "
                        + NodeFmtLib.strNT(s) + " " + NodeFmtLib.strNT(p) + " " + NodeFmtLib.strNT(o)
                        + " (give it an IRI when it is loaded)", null);
            }
            if (!s.equals(lastSubject)) {
                lastSubject = s;
                lastSubjectKey = NodeFmtLib.strNT(s);
            }
            return lastSubjectKey + " " + predicates.computeIfAbsent(p, NodeFmtLib::strNT) + " "
                    + NodeFmtLib.strNT(o) + " .";
        }

        String graph(Node g) {
            if (!g.equals(lastGraph)) {
                String key = NodeFmtLib.strNT(g);
                if (!g.isURI() || key.indexOf(' ') >= 0) {
                    throw new NewsgraphException(null, -1, "cannot dump the graph " + key
                            + ": not an IRI without spaces", null);
                }
                lastGraph = g;
                lastGraphKey = key;
            }
            return lastGraphKey;
        }
    }

    // GZIPOutputStream writes no file name and a zero modification time, so equal text gives equal bytes.
    private static DumpFile gzip(Path dir, String name, String mediaType, Body body) {
        Path tmp = temp(dir, name);
        MessageDigest sha = sha256();
        try {
            try (OutputStream file = Files.newOutputStream(tmp);
                 GZIPOutputStream gz = new GZIPOutputStream(
                         new DigestOutputStream(new BufferedOutputStream(file, BUFFER), sha), BUFFER)) {
                body.writeTo(gz);
            }
            return new DumpFile(name, mediaType, Files.size(tmp), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeIOException e) {
            // A dump cut short by a full disk must not be published.
            throw new NewsgraphException(tmp.toString(), -1, "cannot write dump: " + e.getMessage(), e);
        }
    }

    static Path temp(Path dir, String name) {
        return dir.resolve(name + TEMP_SUFFIX);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteFolder(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Runs left over are never published, and the next dump removes them with its own.
        }
    }

    /**
     * A plain external sort of lines with memory bounded by the run size: lines are sorted in memory
     * until they hold that many characters, each run is written to a file, and the runs are merged
     * (at most {@link #FAN_IN} at a time), dropping repeated lines.
     */
    private static final class LineSort {

        /** The next line of one run being merged. */
        private record Head(String line, BufferedReader run) { }

        /** Takes merged lines. */
        private interface Sink {
            void accept(String line) throws IOException;
        }

        private final Path prefix;
        private final int runChars;
        private final List<String> current = new ArrayList<>();
        private final ArrayDeque<Path> runs = new ArrayDeque<>();
        private long chars;
        private int named;

        LineSort(Path prefix, int runChars) {
            this.prefix = prefix;
            this.runChars = runChars;
        }

        void add(String line) {
            // Lines are the runs' only framing; N-Triples escapes line breaks in IRIs and literals alike.
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new NewsgraphException(prefix.toString(), -1, "cannot sort " + line
                        + " on disk: it has a line break", null);
            }
            current.add(line);
            chars += line.length();
            if (chars >= runChars) {
                flush();
            }
        }

        /** Writes every distinct line, in order and changed by {@code form}, to {@code target}. */
        void mergeInto(Path target, UnaryOperator<String> form) {
            flush();
            try {
                while (runs.size() > FAN_IN) {
                    List<Path> some = new ArrayList<>();
                    for (int i = 0; i < FAN_IN; i++) {
                        some.add(runs.removeFirst());
                    }
                    Path merged = newRun();
                    try (BufferedWriter w = writer(merged)) {
                        merge(some, line -> w.append(line).append('\n'));
                    }
                    runs.addLast(merged);
                    for (Path p : some) {
                        Files.delete(p);
                    }
                }
                try (BufferedWriter w = writer(target)) {
                    merge(List.copyOf(runs), line -> w.append(form.apply(line)).append('\n'));
                }
                for (Path p : runs) {
                    Files.delete(p);
                }
                runs.clear();
            } catch (IOException e) {
                throw new NewsgraphException(prefix.toString(), -1, "cannot merge the sorted lines: "
                        + e.getMessage(), e);
            }
        }

        private void flush() {
            if (current.isEmpty()) {
                return;
            }
            current.sort(null);
            Path run = newRun();
            try (BufferedWriter w = writer(run)) {
                for (String line : current) {
                    w.append(line).append('\n');
                }
            } catch (IOException e) {
                throw new NewsgraphException(run.toString(), -1, "cannot write the sorted lines: "
                        + e.getMessage(), e);
            }
            runs.addLast(run);
            current.clear();
            chars = 0;
        }

        private Path newRun() {
            return prefix.resolveSibling(prefix.getFileName() + "run-" + named++);
        }

        // The encoder reports unpaired surrogates instead of writing '?', which would change the line and its place.
        private static BufferedWriter writer(Path file) throws IOException {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8.newEncoder()), BUFFER);
        }

        private static void merge(List<Path> inputs, Sink sink) throws IOException {
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::line));
            List<BufferedReader> open = new ArrayList<>();
            try {
                for (Path p : inputs) {
                    BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
                    open.add(r);
                    String first = r.readLine();
                    if (first != null) {
                        heads.add(new Head(first, r));
                    }
                }
                String last = null;
                while (!heads.isEmpty()) {
                    Head h = heads.poll();
                    if (!h.line().equals(last)) {
                        sink.accept(h.line());
                        last = h.line();
                    }
                    String next = h.run().readLine();
                    if (next != null) {
                        heads.add(new Head(next, h.run()));
                    }
                }
            } finally {
                for (BufferedReader r : open) {
                    r.close();
                }
            }
        }
    }
}
