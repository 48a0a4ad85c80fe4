package org.newsgraph.store;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.HashSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
 * gzipped Turtle, with a SHA256SUMS file beside them. Each dump is a multi-member gzip file assembled
 * from pieces kept in {@value #PARTS}/ beside dumps/, so that an update renders again only what it
 * changed and takes every other piece from the previous build by a hard link:
 * <ul>
 * <li>the TriG dump is a header member (the prefixes) and one member per named graph, in the order of
 * the graphs' N-Triples forms, each graph's triples sorted by their N-Triples lines;</li>
 * <li>the union is a header member and one member per bucket of subjects: the subjects an article
 * minted (its article, spans, comments, claims) make its article's bucket, every other subject goes to
 * one of {@value #SHARED_BUCKETS} buckets by the hash of its N-Triples form. A bucket is kept on disk as
 * its sorted triples with the number of graphs holding each, so an update patches it with the triples
 * the changed graphs lost and gained, and each triple is written once.</li>
 * </ul>
 * Every piece is a function of the store's content alone, so a full build and an update of the same
 * input give the same bytes, and the figures of the union (triples, subjects, entities per class)
 * are sums over the buckets, a subject being in one bucket only.
 */
public final class DumpWriter {

    /** Folder of the dumps inside the data folder. */
    public static final String DIR = "dumps";
    public static final String TRIG = "newsgraph.trig.gz";
    public static final String TURTLE = "newsgraph.ttl.gz";
    /** Checksums in the format of {@code sha256sum}, so {@code sha256sum -c SHA256SUMS} checks a download. */
    public static final String SUMS = "SHA256SUMS";
    /** Folder beside dumps/ of the pieces the dumps are assembled from; never served. */
    public static final String PARTS = "dump-parts";

    /** Dumps are written under this suffix and renamed once whole. */
    static final String TEMP_SUFFIX = ".tmp";

    /** Folder (with {@link #TEMP_SUFFIX}) of the sorted runs of lines, only there while dumps are written. */
    static final String RUNS = "runs";

    /**
     * Buckets of the subjects no article minted (entities, events, reference and ontology terms): enough
     * that an update of a hundred articles, whose entities and events are spread over them, re-renders a
     * small share of them; few enough to keep the files of a small build few.
     */
    static final int SHARED_BUCKETS = 4096;

    private static final int BUFFER = 1 << 16;
    /** Threads writing pieces: the machine's cores, up to four. */
    private static final int WORKERS = Math.min(4, Runtime.getRuntime().availableProcessors());
    /** Changed buckets patched at a time. */
    private static final int PATCH_BATCH = 256;

    /** Characters of lines sorted in memory per run, for each of the two sorts: some 30 MB whatever the size of the corpus. */
    static final int RUN_CHARS = 8 << 20;

    /** Runs read at once by one merge; more runs are first merged into bigger ones, so open files stay few. */
    static final int FAN_IN = 64;

    private static final String GRAPHS = "graphs.tsv";
    private static final String UNION = "union.tsv";
    private static final String TYPE = NodeFmtLib.strNT(RDF.type.asNode());

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

    /** What the previous build's pieces may give an update: their folder, and the article graphs changed since. */
    private record Reuse(Path parts, Set<String> changed) { }

    /** The figures of one bucket of the union: its triples, subjects and typed subjects per class IRI. */
    private record Figures(long triples, long subjects, SortedMap<String, Long> entities) {
        String row(String key) {
            StringBuilder b = new StringBuilder(key).append('\t').append(triples).append('\t').append(subjects);
            entities.forEach((c, n) -> b.append('\t').append(c).append('=').append(n));
            return b.toString();
        }

        static Figures of(String[] cells) {
            SortedMap<String, Long> entities = new TreeMap<>();
            for (int i = 3; i < cells.length; i++) {
                int eq = cells[i].lastIndexOf('=');
                entities.put(cells[i].substring(0, eq), Long.parseLong(cells[i].substring(eq + 1)));
            }
            return new Figures(Long.parseLong(cells[1]), Long.parseLong(cells[2]), entities);
        }
    }

    /** Writes one dump file's content into a stream. */
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Iris iris;
    private final PrefixMap prefixes;
    private final int runChars;
    private final byte[] trigHeader;
    private final byte[] turtleHeader;

    public DumpWriter(Iris iris) {
        this(iris, RUN_CHARS);
    }

    /** Tests make the runs tiny, so that a small build is sorted through many runs and merges. */
    DumpWriter(Iris iris, int runChars) {
        this.iris = iris;
        this.prefixes = Prefixes.forBase(iris);
        this.runChars = runChars;
        this.trigHeader = header(RDFFormat.TRIG_BLOCKS);
        this.turtleHeader = header(RDFFormat.TURTLE_BLOCKS);
    }

    /** Writes the dumps of {@code dsg} into {@code dir}, replacing the old dumps only once every new file is whole. */
    public Dumps write(DatasetGraph dsg, Path dir) {
        return write(dsg, dir, null);
    }

    /**
     * Writes the dumps of {@code dsg} into {@code dir} from the pieces of the previous dumps in
     * {@code previousDir}: only the article graphs named in {@code changedArticleGraphs} (changed, added or
     * dropped since) and the graphs that are not article graphs are read from the store again.
     */
    public Dumps update(DatasetGraph dsg, Path dir, Path previousDir, Set<String> changedArticleGraphs) {
        Path parts = previousDir.resolveSibling(PARTS);
        if (!Files.isRegularFile(parts.resolve(GRAPHS)) || !Files.isRegularFile(parts.resolve(UNION))) {
            return write(dsg, dir, null);
        }
        return write(dsg, dir, new Reuse(parts, Set.copyOf(changedArticleGraphs)));
    }

    private Dumps write(DatasetGraph dsg, Path dir, Reuse reuse) {
        List<Path> temps = List.of(temp(dir, TRIG), temp(dir, TURTLE), temp(dir, SUMS));
        // The runs go beside the dumps, on the disk sized for the data: the system temp folder may be in memory.
        Path runs = temp(dir, RUNS);
        Path parts = dir.resolveSibling(PARTS);
        try {
            Files.createDirectories(dir);
            deleteTree(parts);
            Files.createDirectories(parts);
            Files.createDirectories(runs);
            Dumps dumps = Txn.calculateRead(dsg, () -> dump(dsg, dir, parts, runs, reuse));
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
        } catch (UncheckedIOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot write the dumps: " + e.getCause().getMessage(), e);
        } finally {
            deleteTree(runs);
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException e) {
                    // A leftover temp file is overwritten by the next build and never published.
                }
            }
        }
    }

    private Dumps dump(DatasetGraph dsg, Path dir, Path parts, Path runs, Reuse reuse) {
        try {
            // The graphs dumped, by their N-Triples forms, and those read from the store again.
            SortedMap<String, String> graphs = new TreeMap<>();
            Set<String> render = new HashSet<>();
            if (reuse == null) {
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (!Quad.isDefaultGraph(g)) {
                        graphs.put(graphKey(g), g.getURI());
                        render.add(g.getURI());
                    }
                });
            } else {
                for (String g : Files.readAllLines(reuse.parts().resolve(GRAPHS), StandardCharsets.UTF_8)) {
                    graphs.put(graphKey(NodeFactory.createURI(g)), g);
                    if (!iris.isArticleGraph(g) || reuse.changed().contains(g)) {
                        render.add(g);
                    }
                }
                for (String g : reuse.changed()) {
                    graphs.put(graphKey(NodeFactory.createURI(g)), g);
                    render.add(g);
                }
            }

            LineSort delta = new LineSort(runs.resolve("delta-"), runChars, false);
            List<String> order = List.copyOf(graphs.values());
            boolean[] keep = new boolean[order.size()];
            parallel(dsg, order.size(), i -> keep[i] = dumpGraph(dsg, order.get(i), i, render.contains(order.get(i)),
                    parts, runs, reuse, delta));
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < keep.length; i++) {
                if (keep[i]) {
                    kept.add(order.get(i));
                }
            }
            Files.write(parts.resolve(GRAPHS), kept, StandardCharsets.UTF_8);

            Path sortedDelta = runs.resolve("delta.txt");
            delta.mergeInto(sortedDelta, line -> line);
            SortedMap<String, Figures> buckets = buckets(sortedDelta, parts, reuse);

            List<Path> trigParts = new ArrayList<>();
            for (String g : kept) {
                trigParts.add(graphFile(parts, g, ".trig"));
            }
            List<Path> unionParts = new ArrayList<>();
            long triples = 0;
            long subjects = 0;
            Map<String, Long> entities = new TreeMap<>();
            for (Map.Entry<String, Figures> b : buckets.entrySet()) {
                unionParts.add(bucketFile(parts, b.getKey(), ".ttl"));
                triples += b.getValue().triples();
                subjects += b.getValue().subjects();
                b.getValue().entities().forEach((c, k) -> entities.merge(c, k, Long::sum));
            }
            DumpFile trig = gzip(dir, TRIG, "application/trig", trigHeader, trigParts);
            DumpFile turtle = gzip(dir, TURTLE, "text/turtle", turtleHeader, unionParts);
            return new Dumps(List.of(trig, turtle), triples, subjects, entities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work on the item of an index. */
    private interface Job {
        void run(int index) throws IOException;
    }

    /**
     * Runs the job on every index below {@code n}, on {@link #WORKERS} threads at most (the calling one too),
     * each in a read transaction of {@code dsg} when one is given (TDB2's are per thread). The dumps are most of
     * a build's last phase, and a graph's or a bucket's pieces do not depend on any other's.
     */
    private static void parallel(DatasetGraph dsg, int n, Job job) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    job.run(i);
                } catch (IOException e) {
                    failure.compareAndSet(null, new UncheckedIOException(e));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        Runnable inTxn = dsg == null ? work : () -> Txn.executeRead(dsg, work);
        List<Thread> threads = new ArrayList<>();
        for (int w = 1; w < Math.min(WORKERS, n); w++) {
            Thread t = new Thread(inTxn, "dumps-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        inTxn.run();
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException(null, -1, "interrupted while writing the dumps", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /**
     * Writes one graph's pieces (its sorted lines and its TriG member), or takes them from the previous build
     * when it is not to be {@code render}ed again, and adds its changes to {@code delta}; returns whether the
     * graph holds any triple. {@code index} keeps the graph's files on disk apart from other workers'.
     */
    private boolean dumpGraph(DatasetGraph dsg, String g, int index, boolean render, Path parts, Path runs, Reuse reuse,
                              LineSort delta) throws IOException {
        Terms terms = new Terms();
        Path old = reuse == null ? null : graphFile(reuse.parts(), g, ".nt.gz");
        if (!render) {
            link(old, graphFile(parts, g, ".nt.gz"));
            link(graphFile(reuse.parts(), g, ".trig"), graphFile(parts, g, ".trig"));
            return true;
        }
        Node name = NodeFactory.createURI(g);
        Path before = old != null && Files.isRegularFile(old) ? old : null;
        Path cache = graphFile(parts, g, ".nt.gz");
        Path trig = graphFile(parts, g, ".trig");
        List<Line> small = new ArrayList<>();
        long chars = 0;
        LineSort big = null;
        for (var it = dsg.find(name, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            String line = terms.line(q.getSubject(), q.getPredicate(), q.getObject());
            if (big != null) {
                big.add(line);
                continue;
            }
            LineSort.check(runs, line);
            small.add(new Line(line, q.asTriple()));
            chars += line.length();
            if (chars >= runChars) {
                big = new LineSort(runs.resolve("graph-" + index + "-"), runChars, true);
                for (Line l : small) {
                    big.add(l.text());
                }
                small = null;
            }
        }
        if (big == null) {
            // A graph that fits in memory (every article's) is sorted there, and its triples go to the
            // writer as they are: reading its sorted lines back took most of the dumps' time.
            small.sort(Comparator.comparing(Line::text));
            List<Line> lines = new ArrayList<>(small.size());
            for (Line l : small) {
                if (lines.isEmpty() || !lines.get(lines.size() - 1).text().equals(l.text())) {
                    lines.add(l);
                }
            }
            if (!lines.isEmpty()) {
                Files.createDirectories(cache.getParent());
                try (BufferedWriter w = LineSort.writer(new GZIPOutputStream(Files.newOutputStream(cache), BUFFER))) {
                    for (Line l : lines) {
                        w.append(l.text()).append('\n');
                    }
                }
                renderGraph(name, trig, writer -> lines.forEach(l -> writer.quad(Quad.create(name, l.triple()))));
            }
            var next = lines.iterator();
            diff(before, lines.isEmpty() ? null : () -> next.hasNext() ? next.next().text() : null, delta);
            return !lines.isEmpty();
        }
        Path sorted = runs.resolve("graph-" + index + ".nt");
        long n = big.mergeInto(sorted, line -> line);
        if (n > 0) {
            Files.createDirectories(cache.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cache), BUFFER)) {
                Files.copy(sorted, out);
            }
            renderGraph(name, sorted, trig);
            try (BufferedReader after = Files.newBufferedReader(sorted, StandardCharsets.UTF_8)) {
                diff(before, after::readLine, delta);
            }
            Files.delete(sorted);
            return true;
        }
        diff(before, null, delta);
        return false;
    }

    /**
     * The lines one graph lost ({@code -}) and gained ({@code +}) between two sorted line files (either may
     * be missing), each as "bucket line sign", so that sorting them groups a bucket's changes line by line.
     */
    private void diff(Path before, Lines after, LineSort delta) throws IOException {
        try (BufferedReader a = before == null ? null : gzipReader(before)) {
            String x = a == null ? null : a.readLine();
            String y = after == null ? null : after.next();
            while (x != null || y != null) {
                int c = x == null ? 1 : y == null ? -1 : x.compareTo(y);
                if (c == 0) {
                    x = a.readLine();
                    y = after.next();
                } else if (c < 0) {
                    delta.add(bucket(x) + " " + x + " -");
                    x = a.readLine();
                } else {
                    delta.add(bucket(y) + " " + y + " +");
                    y = after.next();
                }
            }
        }
    }

    /** Sorted lines read one by one; null at the end. */
    private interface Lines {
        String next() throws IOException;
    }

    /** A graph's triple and its N-Triples line, by which the dumps order it. */
    private record Line(String text, Triple triple) { }

    /** The bucket of the union a triple goes to, by its subject: the minting article's, or a shared one. */
    private String bucket(String line) {
        String subject = line.substring(0, line.indexOf(' '));
        String iri = subject.startsWith("<") ? subject.substring(1, subject.length() - 1) : subject;
        Optional<String> article = iris.articleGraphOf(iri);
        if (article.isPresent()) {
            return "a" + hex(article.get()).substring(0, 32);
        }
        int h = Integer.parseInt(hex(subject).substring(0, 6), 16) % SHARED_BUCKETS;
        return String.format(Locale.ROOT, "s%04x", h);
    }

    /**
     * Patches the buckets of the union with the sorted changes: a bucket without change is taken as it was,
     * a changed one gets its new counts of graphs per triple, and is rendered again if its set of triples
     * changed. Returns every bucket that holds a triple, with its figures, and writes their table.
     */
    private SortedMap<String, Figures> buckets(Path sortedDelta, Path parts, Reuse reuse) throws IOException {
        SortedMap<String, Figures> before = new TreeMap<>();
        if (reuse != null) {
            for (String row : Files.readAllLines(reuse.parts().resolve(UNION), StandardCharsets.UTF_8)) {
                String[] cells = row.split("\t");
                before.put(cells[0], Figures.of(cells));
            }
        }
        SortedMap<String, Figures> after = java.util.Collections.synchronizedSortedMap(new TreeMap<>());
        // Changed buckets are patched by the workers a batch at a time, so that memory holds a batch's changes only.
        List<Patch> batch = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(sortedDelta, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            while (line != null) {
                String key = line.substring(0, line.indexOf(' '));
                // Buckets before this one that nothing changed stay as they were.
                for (String k : List.copyOf(before.headMap(key).keySet())) {
                    keep(reuse, parts, k, before.remove(k), after);
                }
                SortedMap<String, Integer> changes = new TreeMap<>();
                while (line != null && line.startsWith(key + " ")) {
                    String triple = line.substring(key.length() + 1, line.length() - 2);
                    changes.merge(triple, line.endsWith("+") ? 1 : -1, Integer::sum);
                    line = in.readLine();
                }
                Figures old = before.remove(key);
                batch.add(new Patch(reuse == null || old == null ? null : reuse.parts(), key, changes));
                if (batch.size() == PATCH_BATCH || line == null) {
                    List<Patch> jobs = List.copyOf(batch);
                    batch.clear();
                    parallel(null, jobs.size(), i -> patch(jobs.get(i).oldParts(), parts, jobs.get(i).key(),
                            jobs.get(i).changes(), after));
                }
            }
        }
        for (Map.Entry<String, Figures> e : before.entrySet()) {
            keep(reuse, parts, e.getKey(), e.getValue(), after);
        }
        List<String> rows = new ArrayList<>();
        after.forEach((k, f) -> rows.add(f.row(k)));
        Files.write(parts.resolve(UNION), rows, StandardCharsets.UTF_8);
        return after;
    }

    /** One bucket's changes, to patch onto its piece of {@code oldParts} (null: no piece before). */
    private record Patch(Path oldParts, String key, SortedMap<String, Integer> changes) { }

    private void keep(Reuse reuse, Path parts, String key, Figures figures, SortedMap<String, Figures> after)
            throws IOException {
        link(bucketFile(reuse.parts(), key, ".nt.gz"), bucketFile(parts, key, ".nt.gz"));
        link(bucketFile(reuse.parts(), key, ".ttl"), bucketFile(parts, key, ".ttl"));
        after.put(key, figures);
    }

    /** One bucket's triples with the number of graphs holding each, patched; its member rendered if needed. */
    private void patch(Path oldParts, Path parts, String key, SortedMap<String, Integer> changes,
                       SortedMap<String, Figures> after) throws IOException {
        List<String> kept = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        boolean sameTriples = oldParts != null;
        List<Map.Entry<String, Integer>> todo = new ArrayList<>(changes.entrySet());
        int i = 0;
        try (BufferedReader old = oldParts == null ? null : gzipReader(bucketFile(oldParts, key, ".nt.gz"))) {
            String row = old == null ? null : old.readLine();
            while (row != null || i < todo.size()) {
                String triple = row == null ? null : row.substring(row.indexOf(' ') + 1);
                int c = triple == null ? 1 : i == todo.size() ? -1 : triple.compareTo(todo.get(i).getKey());
                long count;
                String t;
                if (c <= 0) {
                    count = Long.parseLong(row.substring(0, row.indexOf(' ')));
                    t = triple;
                    row = old.readLine();
                    if (c == 0) {
                        count += todo.get(i++).getValue();
                    }
                } else {
                    count = todo.get(i).getValue();
                    t = todo.get(i++).getKey();
                }
                if (count < 0) {
                    throw new NewsgraphException(key, -1, "the dump's pieces do not match the store: " + t
                            + " would be in " + count + " graphs", null);
                }
                if (count > 0) {
                    kept.add(t);
                    counted.add(count + " " + t);
                }
                if ((c <= 0) != (count > 0)) {
                    sameTriples = false;
                }
            }
        }
        if (kept.isEmpty()) {
            return;
        }
        Path cache = bucketFile(parts, key, ".nt.gz");
        Files.createDirectories(cache.getParent());
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(cache), BUFFER), StandardCharsets.UTF_8))) {
            for (String line : counted) {
                w.append(line).append('\n');
            }
        }
        if (sameTriples) {
            // Only the number of graphs holding some triples changed: the member and its figures stand.
            link(bucketFile(oldParts, key, ".ttl"), bucketFile(parts, key, ".ttl"));
            after.put(key, figures(oldParts, key));
            return;
        }
        Counter counter = new Counter();
        try (OutputStream out = member(bucketFile(parts, key, ".ttl"), turtleHeader)) {
            StreamRDF writer = counter.around(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
            writer.start();
            prefixes.forEach(writer::prefix);
            parse(RDFParser.fromString(String.join("\n", kept) + "\n", Lang.NTRIPLES), key, writer);
            writer.finish();
        }
        after.put(key, new Figures(counter.triples, counter.subjects, new TreeMap<>(counter.entities)));
    }

    private Map<String, Figures> rowsCache;
    private Path rowsOf;

    private synchronized Figures figures(Path oldParts, String key) throws IOException {
        if (!oldParts.equals(rowsOf)) {
            rowsCache = new HashMap<>();
            for (String row : Files.readAllLines(oldParts.resolve(UNION), StandardCharsets.UTF_8)) {
                String[] cells = row.split("\t");
                rowsCache.put(cells[0], Figures.of(cells));
            }
            rowsOf = oldParts;
        }
        return rowsCache.get(key);
    }

    /** Renders one graph's sorted lines as a TriG member without the shared header. */
    private void renderGraph(Node name, Path sorted, Path target) throws IOException {
        renderGraph(name, target, writer -> parse(RDFParser.source(sorted), sorted.toString(), new StreamRDFWrapper(writer) {
            @Override
            public void triple(Triple t) {
                super.quad(Quad.create(name, t));
            }
        }));
    }

    /** Renders one graph as a TriG member without the shared header, its quads given in order by {@code quads}. */
    private void renderGraph(Node name, Path target, java.util.function.Consumer<StreamRDF> quads) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = member(target, trigHeader)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            writer.start();
            prefixes.forEach(writer::prefix);
            quads.accept(writer);
            writer.finish();
        }
    }

    // The lines were written from stored terms: no need to check each IRI again, only to tokenise it.
    private static void parse(org.apache.jena.riot.RDFParserBuilder source, String what, StreamRDF writer) {
        try {
            source.lang(Lang.NTRIPLES).checking(false).parse(new StreamRDFWrapper(writer) {
                @Override
                public void start() {
                }

                @Override
                public void finish() {
                }
            });
        } catch (RiotException e) {
            throw new NewsgraphException(what, -1, "a stored term does not read back: " + e.getMessage(), e);
        }
    }

    /** The text a writer puts before any triple: the prefixes, the same for every member. */
    private byte[] header(RDFFormat format) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        prefixes.forEach(writer::prefix);
        writer.finish();
        return out.toByteArray();
    }

    /**
     * A gzip member file that takes a writer's whole output and keeps what follows the header: the header
     * must come first, byte for byte, or the pieces would not join into one document.
     */
    private static OutputStream member(Path file, byte[] header) throws IOException {
        Files.createDirectories(file.getParent());
        OutputStream gz = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER), BUFFER);
        return new java.io.FilterOutputStream(gz) {
            private int seen;

            @Override
            public void write(int b) throws IOException {
                if (seen < header.length) {
                    if ((byte) b != header[seen++]) {
                        throw new IOException("the writer's output does not start with the shared header: " + file);
                    }
                    return;
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int skip = Math.min(len, header.length - seen);
                for (int k = 0; k < skip; k++) {
                    write(b[off + k]);
                }
                if (len > skip) {
                    out.write(b, off + skip, len - skip);
                }
            }
        };
    }

    private String graphKey(Node g) {
        String key = NodeFmtLib.strNT(g);
        if (!g.isURI() || key.indexOf(' ') >= 0) {
            throw new NewsgraphException(null, -1, "cannot dump the graph " + key + ": not an IRI without spaces", null);
        }
        return key;
    }

    private static Path graphFile(Path parts, String graph, String suffix) {
        String h = hex(graph);
        return parts.resolve("g").resolve(h.substring(0, 2)).resolve(h + suffix);
    }

    private static Path bucketFile(Path parts, String key, String suffix) {
        return parts.resolve("u").resolve(key.substring(0, 3)).resolve(key + suffix);
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static BufferedReader gzipReader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), BUFFER),
                StandardCharsets.UTF_8), BUFFER);
    }

    /** A piece of the previous build, never written again, shared by a hard link (or copied where none can be made). */
    private static void link(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
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
     * returns a graph's quads subject by subject over a few predicates: the last subject and every
     * predicate are formatted once.
     */
    private static final class Terms {
        private final Map<Node, String> predicates = new HashMap<>();
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
    }

    /** Joins a header and pieces that are each a whole gzip member into one gzip file, and takes its checksum. */
    private static DumpFile gzip(Path dir, String name, String mediaType, byte[] header, List<Path> pieces) {
        Path tmp = temp(dir, name);
        MessageDigest sha = sha256();
        try {
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), BUFFER), sha)) {
                try (GZIPOutputStream gz = new GZIPOutputStream(new java.io.FilterOutputStream(out) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }
                }, BUFFER)) {
                    gz.write(header);
                }
                for (Path p : pieces) {
                    Files.copy(p, out);
                }
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

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException | UncheckedIOException e) {
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
        private final boolean distinct;
        private final List<String> current = new ArrayList<>();
        private final ArrayDeque<Path> runs = new ArrayDeque<>();
        private long chars;
        private int named;

        // distinct: whether a line added twice is written once.
        LineSort(Path prefix, int runChars, boolean distinct) {
            this.prefix = prefix;
            this.runChars = runChars;
            this.distinct = distinct;
        }

        // Synchronized: the workers dumping graphs add their changes to one sort.
        synchronized void add(String line) {
            check(prefix, line);
            current.add(line);
            chars += line.length();
            if (chars >= runChars) {
                flush();
            }
        }

        /** Writes the lines in order (each once if distinct), changed by {@code form}, to {@code target}; returns how many. */
        long mergeInto(Path target, UnaryOperator<String> form) {
            try {
                if (runs.isEmpty()) {
                    // Everything fits one run: no need to go through a file.
                    current.sort(null);
                    long n = 0;
                    try (BufferedWriter w = writer(target)) {
                        String last = null;
                        for (String line : current) {
                            if (!distinct || !line.equals(last)) {
                                w.append(form.apply(line)).append('\n');
                                n++;
                                last = line;
                            }
                        }
                    }
                    current.clear();
                    chars = 0;
                    return n;
                }
                flush();
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
                long[] n = {0};
                try (BufferedWriter w = writer(target)) {
                    merge(List.copyOf(runs), line -> {
                        w.append(form.apply(line)).append('\n');
                        n[0]++;
                    });
                }
                for (Path p : runs) {
                    Files.delete(p);
                }
                runs.clear();
                return n[0];
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

        // Lines are the runs' only framing; N-Triples escapes line breaks in IRIs and literals alike.
        static void check(Path where, String line) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new NewsgraphException(where.toString(), -1, "cannot sort " + line
                        + " on disk: it has a line break", null);
            }
        }

        private Path newRun() {
            return prefix.resolveSibling(prefix.getFileName() + "run-" + named++);
        }

        // The encoder reports unpaired surrogates instead of writing '?', which would change the line and its place.
        private static BufferedWriter writer(Path file) throws IOException {
            return writer(Files.newOutputStream(file));
        }

        static BufferedWriter writer(OutputStream out) {
            return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), BUFFER);
        }

        private void merge(List<Path> inputs, Sink sink) throws IOException {
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
                    if (!distinct || !h.line().equals(last)) {
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
