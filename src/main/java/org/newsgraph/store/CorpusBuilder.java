package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/**
 * Builds a data folder from an input folder: reads each file, converts it, and loads the article
 * graphs through TDB2's bulk loader into a fresh build folder; a bad file is reported and skipped, and its graph of
 * the previous build is kept. Then merges events reported by several articles, writes the dumps and
 * their VoID description, and switches the data folder to the new build (see {@link DataFolder}).
 */
public final class CorpusBuilder {

    /** What a build did: articles loaded, and one message per file that failed. */
    public record Report(int loaded, List<String> failures, Path dataDir) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    private static final int PROGRESS_FROM = 100;

    private final Converter converter;
    private final ArticleFiles files;
    private final Model ontology;
    private final Model reference;
    private final Consumer<String> log;

    public CorpusBuilder(Converter converter, ArticleFiles files, Model ontology, Model reference,
                         Consumer<String> log) {
        this.converter = converter;
        this.files = files;
        this.ontology = ontology;
        this.reference = reference;
        this.log = log;
    }

    /**
     * Converts every *.txt under {@code input} into a fresh build folder of {@code dataDir} and, once
     * it is whole and synced, makes it the data folder's current build. The graph of a file that
     * fails (or of an unreadable folder's files) is kept from the previous build, read from its TriG
     * dump, as long as that build used the same base.
     */
    public Report build(Path input, Path dataDir) {
        Instant started = Instant.now();
        ArticleFiles.Listing listing = files.scan(input);
        Iris iris = converter.iris();
        List<String> failures = new ArrayList<>();
        List<Resource> loadedGraphs = new ArrayList<>();
        DataFolder folder = new DataFolder(dataDir);
        try (DataFolder.BuildLock lock = folder.lockForBuild()) {
            Optional<Path> previous = folder.current();
            Optional<Path> sameBase = previous.filter(p -> Store.stampedBase(p).map(iris.base()::equals).orElse(false));
            if (previous.isPresent() && sameBase.isEmpty()) {
                log.accept("the data folder was built under " + Store.stampedBase(previous.get()).orElse("another base")
                        + ", now " + iris.base() + ": nothing is kept from that build");
            }
            Path build = folder.newBuild();
            boolean published = false;
            try {
                try (Store store = Store.openBuild(build)) {
                    Keep keep = new Keep(iris);
                    for (ArticleFiles.Skip skip : listing.skipped()) {
                        String msg = ArticleFiles.oneLine(skip.message());
                        failures.add(msg);
                        log.accept("skipped " + msg);
                        skip.unreadable().ifPresent(keep::folderOrFile);
                    }
                    Phases phases = new Phases();
                    try (Store.BulkLoad bulk = store.bulkLoad()) {
                        bulk.add(new Store.NamedGraph(iris.ontologyGraph().asNode(), ontology.getGraph()));
                        bulk.add(new Store.NamedGraph(iris.referenceGraph().asNode(), reference.getGraph()));
                        load(bulk, listing.files(), failures, loadedGraphs, keep);
                        bulk.finish();
                    }
                    phases.end("converting and loading");
                    sameBase.ifPresent(p -> keepFromPrevious(store, p, keep, loadedGraphs));
                    int merged = new EventMerger().merge(store.dataset());
                    log.accept("merged " + merged + " event IRI(s) into events reported by several articles");
                    int described = new EntityGraph(iris).rebuild(store.dataset());
                    log.accept("described " + described + " entities in " + iris.entitiesGraph().getURI());
                    store.replaceGraphs(List.of(new Store.NamedGraph(iris.buildGraph().asNode(),
                            buildGraph(iris, loadedGraphs).getGraph())));
                    phases.end("merging events");
                    DumpWriter.Dumps dumps = new DumpWriter(iris).write(store.dataset(), build.resolve(DumpWriter.DIR));
                    phases.end("dumps");
                    new VoidWriter(iris).write(dumps, build.resolve(VoidWriter.FILE));
                    phases.end("VoID");
                    log.accept("wrote " + dumps.triples() + " triples to " + build.resolve(DumpWriter.DIR) + " and "
                            + VoidWriter.FILE + " (" + phases + ")");
                }
                stamp(build, iris, started);
                folder.publish(build);
                published = true;
            } finally {
                if (!published) {
                    // A failed build is never served; its folder goes now (or with the next build's clean-up).
                    folder.prune(previous.orElse(null));
                }
            }
            for (Path old : folder.prune(build)) {
                log.accept("removed the old build " + old.getFileName());
            }
        }
        return new Report(loadedGraphs.size(), failures, dataDir);
    }

    /** The article graphs a build could not convert: exact graph names, and IRI prefixes for unreadable folders. */
    private static final class Keep {
        private final Iris iris;
        private final Set<Node> graphs = new HashSet<>();
        private final List<String> prefixes = new ArrayList<>();

        Keep(Iris iris) {
            this.iris = iris;
        }

        void file(String source) {
            graphs.add(iris.articleGraph(source).asNode());
        }

        // An unreadable entry may be a file or a folder: keep the graph of either.
        void folderOrFile(String source) {
            file(source);
            prefixes.add(iris.articleGraph(source).getURI() + Iris.FOLDER_SEPARATOR);
        }

        boolean isEmpty() {
            return graphs.isEmpty() && prefixes.isEmpty();
        }

        boolean wants(Node g) {
            if (graphs.contains(g)) {
                return true;
            }
            if (g.isURI()) {
                for (String p : prefixes) {
                    if (g.getURI().startsWith(p)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    // Read from the previous build's TriG dump rather than its database: a running server may hold that open.
    private void keepFromPrevious(Store store, Path previous, Keep keep, List<Resource> loadedGraphs) {
        if (keep.isEmpty()) {
            return;
        }
        Set<Node> converted = new HashSet<>();
        loadedGraphs.forEach(r -> converted.add(r.asNode()));
        Path dump = previous.resolve(DumpWriter.DIR).resolve(DumpWriter.TRIG);
        Map<Node, Graph> kept = new DumpReader().graphs(dump, g -> keep.wants(g) && !converted.contains(g));
        List<Store.NamedGraph> batch = new ArrayList<>();
        kept.forEach((name, graph) -> batch.add(new Store.NamedGraph(name, graph)));
        store.replaceGraphs(batch);
        if (!kept.isEmpty()) {
            log.accept("kept " + kept.size() + " article graph(s) of skipped files from the previous build");
        }
    }

    // The progress bar closes when loading ends, so the speed it reports is not diluted by merge and dumps.
    private void load(Store.BulkLoad bulk, List<ArticleFiles.Entry> entries, List<String> failures, List<Resource> loadedGraphs,
                      Keep keep) {
        try (ProgressBar bar = progress(entries.size())) {
            for (ArticleFiles.Entry p : entries) {
                try {
                    ArticleFile f = files.read(p);
                    Converter.ArticleGraph g = converter.convert(f.source(), f.text());
                    bulk.add(new Store.NamedGraph(g.graphName().asNode(), g.model().getGraph()));
                    loadedGraphs.add(g.graphName());
                } catch (NewsgraphException e) {
                    // Converter errors name the source id: the message starts with the file all the same.
                    String file = p.path().toString();
                    String msg = ArticleFiles.oneLine(e.source().filter(file::equals).isPresent() ? e.describe()
                            : file + ": " + e.describe());
                    failures.add(msg);
                    keep.file(p.source());
                    log.accept("skipped " + msg);
                } catch (RuntimeException e) {
                    // A converter bug on one article must not cost the others.
                    String msg = ArticleFiles.oneLine(p.path() + ": internal error while converting: " + e);
                    failures.add(msg);
                    keep.file(p.source());
                    log.accept("skipped " + msg);
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
    }

    /** Wall-clock seconds of the phases of a build, for its log: where the time of a build goes. */
    private static final class Phases {
        private final StringBuilder done = new StringBuilder();
        private long start = System.nanoTime();

        void end(String phase) {
            long now = System.nanoTime();
            done.append(done.length() == 0 ? "" : ", ").append(phase)
                    .append(String.format(java.util.Locale.ROOT, " %.1f s", (now - start) / 1e9));
            start = now;
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    // No wall-clock time in the store, not even here: then the dumps hold exactly the store's quads and
    // still come out byte-identical; the build's times go to the stamp file.
    private static Model buildGraph(Iris iris, List<Resource> graphs) {
        Model m = ModelFactory.createDefaultModel();
        Resource build = m.createResource(iris.build().getURI())
                .addProperty(RDF.type, NG.PROV.Activity)
                .addProperty(RDFS.label, "newsgraph build");
        for (Resource g : graphs) {
            build.addProperty(NG.PROV.generated, g);
        }
        return m;
    }

    private ProgressBar progress(int total) {
        if (total < PROGRESS_FROM) {
            return null;
        }
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("Converting").setInitialMax(total)
                .setUnit(" articles", 1).showSpeed();
        if (System.console() == null) {
            b.setConsumer(new DelegatingProgressBarConsumer(log::accept)).setUpdateIntervalMillis(5000);
        }
        return b.build();
    }

    // The base goes into the stamp so that serve can tell a folder built under another base.
    private static void stamp(Path build, Iris iris, Instant started) {
        try {
            Files.writeString(build.resolve(Store.STAMP), "newsgraph build finished\n" + Store.BASE_KEY + iris.base()
                    + "\nstarted=" + started + "\nended=" + Instant.now() + "\n");
        } catch (java.io.IOException e) {
            throw new NewsgraphException(build.toString(), -1, "cannot write build stamp: " + e.getMessage(), e);
        }
    }
}
