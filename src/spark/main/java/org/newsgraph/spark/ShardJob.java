package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.cli.Components;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ReferenceGraph;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.store.ArticleFiles;
import org.newsgraph.store.CorpusBuilder;
import org.newsgraph.store.EventMerger;

/**
 * The conversion of {@code build} as an Apache Spark job, for corpora beyond one machine. Stage one converts
 * each article file on the executors with the same pipeline and reference data (broadcast once, one converter
 * per executor JVM) and keeps its graph and event reports; the driver collects only the reports and plans the
 * event merges with {@link EventMerger}, as a build does. Stage two renames each graph's merged events and
 * writes the article graphs as gzipped N-Quads shards ({@code OUT/articles/part-*.nq.gz}); the driver writes
 * one shard of the ontology, reference and build graphs ({@code OUT/corpus/part-00000.nq.gz}). {@code newsgraph build --from-nquads OUT}
 * loads them and derives the entities and statistics graphs over the whole corpus with the same code as a
 * build, so both give the same dataset.
 */
public final class ShardJob {

    /** What the job did: the articles converted, one message per file that failed, the event IRIs merged. */
    public record Result(List<String> articles, List<String> failures, int mergedEvents) {
        public Result {
            articles = List.copyOf(articles);
            failures = List.copyOf(failures);
        }
    }

    /** What every executor needs to build its converter: sent once per executor by a broadcast. */
    record Settings(String base, long budgetMillis, long maxBytes, String reference) implements Serializable { }

    /** One file after stage one: its graph as converted (N-Triples) and event reports, or why it failed. */
    record Converted(String source, String file, String graph, List<EventMerger.Report> reports, String failure)
            implements Serializable {

        Converted withoutGraph() {
            return new Converted(source, file, null, reports, failure);
        }
    }

    // One converter per executor JVM and broadcast: building one reads the reference data and compiles the rules.
    private static final Map<Long, Converter> CONVERTERS = new ConcurrentHashMap<>();

    private static final String EXTENSION = ".txt";

    private final String base;
    private final Duration budget;
    private final long maxBytes;
    private final int partitions;
    private final Consumer<String> log;

    /** @param partitions how many parts to split the input into at least (0: four per core of the cluster) */
    public ShardJob(String base, Duration budget, long maxBytes, int partitions, Consumer<String> log) {
        this.base = base;
        this.budget = budget;
        this.maxBytes = maxBytes;
        this.partitions = partitions;
        this.log = log;
    }

    /**
     * Converts every *.txt file below {@code input} (sub-folders included) and writes the shards under
     * {@code output}, which must not exist yet; both are paths as Spark takes them (local, hdfs://, s3a://).
     */
    public Result run(JavaSparkContext sc, String input, String output) {
        Iris iris = new Iris(base);
        Model raw = ReferenceData.referenceModel();
        Broadcast<Settings> settings = sc.broadcast(new Settings(base, budget.toMillis(), maxBytes, ntriples(raw)));
        String root = rootPath(sc, input);
        FileSystem out = fileSystem(sc, output);
        refuseExisting(out, output);
        List<String> files = list(sc, input);
        if (files.isEmpty()) {
            throw new NewsgraphException(input, -1, "folder holds no *.txt article files", null);
        }
        int parts = Math.max(1, Math.min(files.size(), partitions > 0 ? partitions : 4 * sc.defaultParallelism()));
        Map<String, String> hadoop = new TreeMap<>();
        sc.hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        Broadcast<Map<String, String>> fsConf = sc.broadcast(hadoop);

        // The driver lists the files and the executors read them: Spark's binaryFiles would list them twice, with
        // a process per file on a local file system without Hadoop's native library (67 s for 10,000 files), and
        // pack small files into one split, converted on one core.
        JavaRDD<Converted> converted = sc.parallelize(files, parts)
                .mapPartitions(part -> convertAll(part, settings, fsConf, root))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long t0 = System.nanoTime();
        List<Converted> outcomes = new ArrayList<>(converted.map(Converted::withoutGraph).collect());
        double converting = (System.nanoTime() - t0) / 1e9;
        outcomes.sort(Comparator.comparing(Converted::source));

        List<String> articles = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<EventMerger.Report> reports = new ArrayList<>();
        for (Converted c : outcomes) {
            if (c.failure() != null) {
                failures.add(c.failure());
                log.accept("skipped " + c.failure());
            } else {
                articles.add(c.source());
                reports.addAll(c.reports());
            }
        }
        Map<String, Map<String, String>> plan = EventMerger.plan(reports);
        int merged = plan.values().stream().mapToInt(Map::size).sum();
        log.accept(String.format(Locale.ROOT, "converted %d article(s) in %.1f s (%.1f articles/s in %d part(s)); "
                + "merging %d event IRI(s) into events reported by several articles", articles.size(), converting,
                articles.size() / converting, converted.getNumPartitions(), merged));

        Broadcast<Map<String, Map<String, String>>> renames = sc.broadcast(plan);
        converted.filter(c -> c.failure() == null)
                .map(c -> articleQuads(c, renames.value(), settings.value().base()))
                .saveAsTextFile(output + "/articles", GzipCodec.class);
        nameAsNquads(out, output + "/articles");
        // The graphs a build loads beside the articles': small, written by the driver as one shard. The driver
        // converts nothing, so it builds no converter: only the two graphs Components gives a build.
        List<Quad> corpus = new ArrayList<>();
        ReferenceData.ontology().getGraph().find()
                .forEachRemaining(t -> corpus.add(Quad.create(iris.ontologyGraph().asNode(), t)));
        new ReferenceGraph(iris).rebase(raw).getGraph().find()
                .forEachRemaining(t -> corpus.add(Quad.create(iris.referenceGraph().asNode(), t)));
        CorpusBuilder.buildGraph(iris, articles, corpus::add);
        writeGzip(out, output + "/corpus/part-00000.nq.gz", nquads(corpus));
        converted.unpersist();
        return new Result(articles, failures, merged);
    }

    private static FileSystem fileSystem(JavaSparkContext sc, String path) {
        try {
            return new org.apache.hadoop.fs.Path(path).getFileSystem(sc.hadoopConfiguration());
        } catch (IOException e) {
            throw new NewsgraphException(path, -1, "no file system for this path: " + e.getMessage(), e);
        }
    }

    // Shards of two runs in one folder would load as one corpus: a folder that exists is refused before any work.
    private static void refuseExisting(FileSystem fs, String output) {
        try {
            if (fs.exists(new org.apache.hadoop.fs.Path(output))) {
                throw new NewsgraphException(output, -1, "the output folder exists already: give a new one", null);
            }
        } catch (IOException e) {
            throw new NewsgraphException(output, -1, "cannot look at the output folder: " + e.getMessage(), e);
        }
    }

    // Hadoop names text parts part-NNNNN.gz: with .nq.gz, riot, tdb2.tdbloader and tdb2.xloader know them too.
    private static void nameAsNquads(FileSystem fs, String folder) {
        try {
            for (FileStatus f : fs.listStatus(new org.apache.hadoop.fs.Path(folder))) {
                String name = f.getPath().getName();
                if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
                    org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(f.getPath().getParent(),
                            name.substring(0, name.length() - 3) + ".nq.gz");
                    if (!fs.rename(f.getPath(), to)) {
                        throw new IOException("rename to " + to + " refused");
                    }
                }
            }
        } catch (IOException e) {
            throw new NewsgraphException(folder, -1, "cannot name the shards: " + e.getMessage(), e);
        }
    }

    private static void writeGzip(FileSystem fs, String file, String text) {
        try (OutputStream out = new GZIPOutputStream(fs.create(new org.apache.hadoop.fs.Path(file), false))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NewsgraphException(file, -1, "cannot write the shard: " + e.getMessage(), e);
        }
    }

    // The input folder's path as the file system names the files below it, so that source ids are relative paths.
    private static String rootPath(JavaSparkContext sc, String input) {
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = fileSystem(sc, input);
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new NewsgraphException(input, -1, "not a folder of article files", null);
            }
            return fs.makeQualified(root).toUri().getPath().replaceAll("/+$", "");
        } catch (IOException e) {
            throw new NewsgraphException(input, -1, "cannot read the input folder: " + e.getMessage(), e);
        }
    }

    /** Every *.txt file below the input folder (sub-folders included), as a path the file system takes. */
    private static List<String> list(JavaSparkContext sc, String input) {
        FileSystem fs = fileSystem(sc, input);
        List<String> files = new ArrayList<>();
        Deque<org.apache.hadoop.fs.Path> folders = new ArrayDeque<>();
        folders.push(new org.apache.hadoop.fs.Path(input));
        try {
            while (!folders.isEmpty()) {
                RemoteIterator<FileStatus> it = fs.listStatusIterator(folders.pop());
                while (it.hasNext()) {
                    FileStatus f = it.next();
                    if (f.isDirectory()) {
                        folders.push(f.getPath());
                    } else if (f.getPath().getName().endsWith(EXTENSION)) {
                        files.add(f.getPath().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new NewsgraphException(input, -1, "cannot list the input folder: " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    private static Iterator<Converted> convertAll(Iterator<String> files, Broadcast<Settings> settings,
                                                  Broadcast<Map<String, String>> fsConf, String root) {
        Settings s = settings.value();
        Converter converter = CONVERTERS.computeIfAbsent(settings.id(), id -> new Components(s.base(),
                Duration.ofMillis(s.budgetMillis()), model(s.reference())).converter);
        ArticleFiles checker = new ArticleFiles(s.maxBytes());
        Configuration conf = new Configuration(false);
        fsConf.value().forEach(conf::set);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Converted next() {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(files.next());
                String file = p.toUri().getPath();
                return convert(converter, checker, file, sourceOf(root, file), () -> p.getFileSystem(conf).open(p));
            }
        };
    }

    /** Opens one input file on an executor. */
    private interface Source {
        InputStream open() throws IOException;
    }

    /** The source id of a file: its path below the input folder, without ".txt", as {@code build} gives it. */
    static String sourceOf(String root, String file) {
        String rel = file.startsWith(root + "/") ? file.substring(root.length() + 1) : file;
        return rel.substring(0, rel.length() - EXTENSION.length());
    }

    private static Converted convert(Converter converter, ArticleFiles checker, String file, String source,
                                     Source data) {
        try {
            String text = read(checker, file, data);
            Converter.ArticleGraph g = converter.convert(source, text);
            Graph graph = g.model().getGraph();
            return new Converted(source, file, ntriples(g.model()),
                    EventMerger.reports(g.graphName().getURI(), graph), null);
        } catch (RuntimeException e) {
            return new Converted(source, file, null, List.of(), CorpusBuilder.failure(file, e));
        }
    }

    private static String read(ArticleFiles checker, String file, Source data) {
        try (InputStream in = data.open()) {
            return checker.check(file, in);
        } catch (IOException e) {
            throw new NewsgraphException(file, -1, "cannot read file (" + e.getMessage() + ")", e);
        }
    }

    private static String articleQuads(Converted c, Map<String, Map<String, String>> plan, String base) {
        Node name = new Iris(base).articleGraph(c.source()).asNode();
        Graph g = GraphFactory.createDefaultGraph();
        // Written by Jena from checked terms in stage one: no need to check each IRI again.
        RDFParser.fromString(c.graph(), Lang.NTRIPLES).checking(false).parse(g);
        Graph merged = EventMerger.renamed(g, plan.getOrDefault(name.getURI(), Map.of()));
        List<Quad> quads = new ArrayList<>();
        merged.find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
        return nquads(quads).stripTrailing();
    }

    private static String nquads(List<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        w.start();
        quads.forEach(w::quad);
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String ntriples(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Model model(String ntriples) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(m);
        return m;
    }
}
