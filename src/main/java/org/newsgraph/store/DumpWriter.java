package org.newsgraph.store;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.rdf.SortedTrigWriter;

/**
 * Last step of a build: writes the store's downloadable dumps into the data folder's dumps/, every
 * named graph (the build graph too: it holds no wall-clock time) as gzipped TriG and their union as gzipped Turtle, in canonical
 * order so that the same input gives the same bytes, with a SHA256SUMS file beside them.
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

    /** Folder (with {@link #TEMP_SUFFIX}) of the sorted runs of subject keys, only there while dumps are written. */
    static final String RUNS = "subjects";

    private static final int BUFFER = 1 << 16;

    /** Subject keys sorted in memory per run: about 15 MB of strings, whatever the size of the corpus. */
    static final int RUN_SIZE = 100_000;

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

    private final Iris iris;
    private final SortedTrigWriter writer;
    private final int runSize;

    public DumpWriter(Iris iris) {
        this(iris, RUN_SIZE);
    }

    /** Tests make the runs tiny, so that a small build is sorted through many runs and merges. */
    DumpWriter(Iris iris, int runSize) {
        this.iris = iris;
        this.writer = new SortedTrigWriter(Prefixes.forBase(iris));
        this.runSize = runSize;
    }

    /** Writes the dumps of {@code dsg} into {@code dir}, replacing the old dumps only once every new file is whole. */
    public Dumps write(DatasetGraph dsg, Path dir) {
        List<Path> temps = List.of(temp(dir, TRIG), temp(dir, TURTLE), temp(dir, SUMS));
        // The runs go beside the dumps, on the disk sized for the data: the system temp folder may be in memory.
        SubjectKeys subjects = new SubjectKeys(temp(dir, RUNS), runSize);
        try {
            Files.createDirectories(dir);
            Dumps dumps = Txn.calculateRead(dsg, () -> dump(dsg, dir, subjects));
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
            subjects.delete();
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException e) {
                    // A leftover temp file is overwritten by the next build and never published.
                }
            }
        }
    }

    private Dumps dump(DatasetGraph dsg, Path dir, SubjectKeys subjects) {
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(Comparator.comparing(SortedTrigWriter::key));
        Set<Node> dumped = new HashSet<>(graphs);

        // Subjects in the order the union is written in; blank ones join once they have their labels.
        List<Quad> aroundBlankNodes = new ArrayList<>();
        for (Node g : graphs) {
            Node[] previous = {null};
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                // A graph's quads come subject by subject: the N-Triples form is not free, skip the repeats.
                if (!q.getSubject().isBlank() && !q.getSubject().equals(previous[0])) {
                    subjects.add(SortedTrigWriter.key(q.getSubject()));
                    previous[0] = q.getSubject();
                }
                if (q.getSubject().isBlank() || q.getObject().isBlank()) {
                    aroundBlankNodes.add(q);
                }
            });
        }
        Map<Node, Node> labels = BlankNodeLabels.of(aroundBlankNodes);
        // Blank subjects cannot be found again from their labels: these few are looked up by key instead.
        Map<String, Node> blankSubjects = new HashMap<>();
        aroundBlankNodes.stream().map(Quad::getSubject).filter(Node::isBlank).forEach(b -> {
            String key = SortedTrigWriter.key(labels.get(b));
            blankSubjects.put(key, b);
            subjects.add(key);
        });

        DumpFile trig = gzip(dir, TRIG, "application/trig", out -> {
            writer.writePrefixes(out);
            for (Node g : graphs) {
                writer.writeGraph(out, g, Iter.map(dsg.find(g, Node.ANY, Node.ANY, Node.ANY),
                        q -> relabel(q.asTriple(), labels)));
            }
        });

        // The union is written subject by subject, so only one subject's triples are in memory at a time.
        long[] triples = {0};
        long[] distinct = {0};
        Map<String, Long> entities = new TreeMap<>();
        DumpFile turtle = gzip(dir, TURTLE, "text/turtle", out -> {
            writer.writePrefixes(out);
            writer.startGraph(out, null);
            subjects.forEachSorted(key -> {
                Node s = blankSubjects.get(key);
                if (s == null) {
                    s = subject(key);
                }
                Set<Triple> union = new HashSet<>();
                Iterator<Quad> it = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (dumped.contains(q.getGraph())) {
                        union.add(relabel(q.asTriple(), labels));
                    }
                }
                for (Triple t : union) {
                    if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                        entities.merge(t.getObject().getURI(), 1L, Long::sum);
                    }
                }
                distinct[0]++;
                triples[0] += union.size();
                writer.writeTriples(out, null, union.iterator());
            });
            writer.endGraph(out, null);
        });
        return new Dumps(List.of(trig, turtle), triples[0], distinct[0], entities);
    }

    // A subject the parser reads differently (an IRI with a space, say) would silently drop out of the dump.
    private static Node subject(String key) {
        try {
            Node s = RiotLib.parse(key);
            if (SortedTrigWriter.key(s).equals(key)) {
                return s;
            }
        } catch (RuntimeException e) {
            throw new NewsgraphException(null, -1, "cannot dump the subject " + key + ": " + e.getMessage(), e);
        }
        throw new NewsgraphException(null, -1, "cannot dump the subject " + key + ": it reads back as another term",
                null);
    }

    private static Triple relabel(Triple t, Map<Node, Node> labels) {
        if (labels.isEmpty() || !(t.getSubject().isBlank() || t.getObject().isBlank())) {
            return t;
        }
        return Triple.create(labels.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                labels.getOrDefault(t.getObject(), t.getObject()));
    }

    // GZIPOutputStream writes no file name and a zero modification time, so equal text gives equal bytes.
    private static DumpFile gzip(Path dir, String name, String mediaType, Consumer<PrintWriter> body) {
        Path tmp = temp(dir, name);
        MessageDigest sha = sha256();
        try {
            try (OutputStream file = Files.newOutputStream(tmp);
                 GZIPOutputStream gz = new GZIPOutputStream(
                         new DigestOutputStream(new BufferedOutputStream(file, BUFFER), sha), BUFFER)) {
                PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8),
                        BUFFER));
                body.accept(out);
                out.flush();
                // PrintWriter swallows write errors; a dump cut short by a full disk must not be published.
                if (out.checkError()) {
                    throw new IOException("write error (disk full?)");
                }
            }
            return new DumpFile(name, mediaType, Files.size(tmp), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
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

    /**
     * The distinct subject keys of the union, in {@link SortedTrigWriter#key} order, with memory bounded
     * by the run size: keys are sorted in memory in runs of at most that many, each run is written to a
     * file of the runs folder, one key a line, and the runs are merged, dropping repeats.
     */
    private static final class SubjectKeys {

        /** The next key of one run being merged. */
        private record Head(String key, BufferedReader run) { }

        /** Takes merged keys; may write them to a run. */
        private interface Sink {
            void accept(String key) throws IOException;
        }

        private final Path folder;
        private final int runSize;
        private final TreeSet<String> current = new TreeSet<>();
        private final ArrayDeque<Path> runs = new ArrayDeque<>();
        private int named;

        SubjectKeys(Path folder, int runSize) {
            this.folder = folder;
            this.runSize = runSize;
        }

        void add(String key) {
            // Lines are the runs' only framing; N-Triples escapes line breaks in IRIs and literals alike.
            if (key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) {
                throw new NewsgraphException(folder.toString(), -1, "cannot sort the subject " + key
                        + " on disk: it has a line break", null);
            }
            current.add(key);
            if (current.size() >= runSize) {
                flush();
            }
        }

        /** Calls {@code action} once per distinct key, in order. */
        void forEachSorted(Consumer<String> action) {
            flush();
            try {
                while (runs.size() > FAN_IN) {
                    List<Path> some = new ArrayList<>();
                    for (int i = 0; i < FAN_IN; i++) {
                        some.add(runs.removeFirst());
                    }
                    Path merged = newRun();
                    try (BufferedWriter w = writer(merged)) {
                        merge(some, key -> w.append(key).append('\n'));
                    }
                    runs.addLast(merged);
                    for (Path p : some) {
                        Files.delete(p);
                    }
                }
                merge(List.copyOf(runs), action::accept);
            } catch (IOException e) {
                throw new NewsgraphException(folder.toString(), -1, "cannot merge the sorted subjects: "
                        + e.getMessage(), e);
            }
        }

        /** Removes the runs, whether the dumps were written or not. */
        void delete() {
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

        private void flush() {
            if (current.isEmpty()) {
                return;
            }
            try {
                Files.createDirectories(folder);
                Path run = newRun();
                try (BufferedWriter w = writer(run)) {
                    for (String key : current) {
                        w.append(key).append('\n');
                    }
                }
                runs.addLast(run);
                current.clear();
            } catch (IOException e) {
                throw new NewsgraphException(folder.toString(), -1, "cannot write the sorted subjects: "
                        + e.getMessage(), e);
            }
        }

        private Path newRun() {
            return folder.resolve("run-" + named++);
        }

        // The encoder reports unpaired surrogates instead of writing '?', which would change the key and its place.
        private static BufferedWriter writer(Path run) throws IOException {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(run),
                    StandardCharsets.UTF_8.newEncoder()), BUFFER);
        }

        private static void merge(List<Path> inputs, Sink sink) throws IOException {
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::key));
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
                    if (!h.key().equals(last)) {
                        sink.accept(h.key());
                        last = h.key();
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

    /**
     * Labels for blank nodes taken from their place in the data, not from their store ids, which are
     * new on every load (the OWL lists of the ontology): colour refinement over the quads around each
     * blank node (a hash of its own colour and its neighbours' terms and colours, repeated until no
     * colour class splits), then remaining ties broken one node at a time. Nodes still tied after
     * refinement are interchangeable in all but contrived graphs, so the pick does not change the bytes.
     */
    private static final class BlankNodeLabels {

        private record Edge(String where, Node other) { }

        private BlankNodeLabels() {
        }

        static Map<Node, Node> of(List<Quad> quads) {
            Map<Node, List<Edge>> edges = new HashMap<>();
            for (Quad q : quads) {
                String where = SortedTrigWriter.key(q.getGraph()) + " " + SortedTrigWriter.key(q.getPredicate()) + " ";
                if (q.getSubject().isBlank()) {
                    edges.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(new Edge(">" + where, q.getObject()));
                }
                if (q.getObject().isBlank()) {
                    edges.computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(new Edge("<" + where, q.getSubject()));
                }
            }
            Map<Node, String> colour = new HashMap<>();
            edges.keySet().forEach(b -> colour.put(b, hash("")));
            Map<Node, String> stable = refine(edges, colour);
            while (classes(stable) < stable.size()) {
                stable = refine(edges, individualise(stable));
            }
            Map<Node, Node> labels = new HashMap<>();
            stable.forEach((b, c) -> labels.put(b, NodeFactory.createBlankNode("c" + c.substring(0, 24))));
            return labels;
        }

        private static Map<Node, String> refine(Map<Node, List<Edge>> edges, Map<Node, String> colour) {
            long classes = classes(colour);
            while (true) {
                Map<Node, String> next = new HashMap<>();
                for (Map.Entry<Node, List<Edge>> e : edges.entrySet()) {
                    List<String> around = new ArrayList<>();
                    for (Edge edge : e.getValue()) {
                        Node o = edge.other();
                        around.add(edge.where() + (o.isBlank() ? "_:" + colour.get(o) : SortedTrigWriter.key(o)));
                    }
                    around.sort(null);
                    next.put(e.getKey(), hash(colour.get(e.getKey()) + "\n" + String.join("\n", around)));
                }
                long n = classes(next);
                if (n == classes) {
                    return colour;
                }
                colour = next;
                classes = n;
            }
        }

        // Gives one node of the smallest tied colour a colour of its own.
        private static Map<Node, String> individualise(Map<Node, String> colour) {
            Map<String, Integer> counts = new HashMap<>();
            colour.values().forEach(c -> counts.merge(c, 1, Integer::sum));
            String tied = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .min(Comparator.naturalOrder()).orElseThrow();
            Map<Node, String> out = new HashMap<>(colour);
            Node pick = colour.entrySet().stream().filter(e -> e.getValue().equals(tied)).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
            out.put(pick, hash(tied + "\n*"));
            return out;
        }

        private static long classes(Map<Node, String> colour) {
            return colour.values().stream().distinct().count();
        }

        private static String hash(String s) {
            return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
