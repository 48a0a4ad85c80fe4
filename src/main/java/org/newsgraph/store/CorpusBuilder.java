package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.Converter;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * Builds a data folder from an input folder: reads each file, converts it, and loads the article
 * graphs in batches; a bad file is reported and skipped, and the store keeps what it had for it.
 * Then merges events reported by several articles and writes the dumps and their VoID description.
 */
public final class CorpusBuilder {

    /** What a build did: articles loaded, and one message per file that failed. */
    public record Report(int loaded, List<String> failures, Path dataDir) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    private static final int BATCH = 200;
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

    /** Converts every *.txt under {@code input} into the store of {@code dataDir}. */
    public Report build(Path input, Path dataDir) {
        Instant started = Instant.now();
        List<Path> paths = files.list(input);
        Iris iris = converter.iris();
        List<String> failures = new ArrayList<>();
        List<Resource> loadedGraphs = new ArrayList<>();
        try (Store store = Store.open(dataDir)) {
            Store.builtBase(dataDir).filter(b -> !b.equals(iris.base())).ifPresent(old -> {
                // Graphs named under the old base would never be replaced: start from an empty store.
                log.accept("the data folder was built under " + old + ", now " + iris.base() + ": starting afresh");
                store.clear();
            });
            store.replaceGraphs(List.of(
                    new Store.NamedGraph(iris.ontologyGraph().asNode(), ontology.getGraph()),
                    new Store.NamedGraph(iris.referenceGraph().asNode(), reference.getGraph())));
            load(store, paths, failures, loadedGraphs);
            int merged = new EventMerger().merge(store.dataset());
            log.accept("merged " + merged + " event IRI(s) into events reported by several articles");
            store.replaceGraphs(List.of(new Store.NamedGraph(iris.buildGraph().asNode(),
                    buildGraph(iris, loadedGraphs).getGraph())));
            DumpWriter.Dumps dumps = new DumpWriter(iris).write(store.dataset(), dataDir.resolve(DumpWriter.DIR));
            new VoidWriter(iris).write(dumps, dataDir.resolve(VoidWriter.FILE));
            log.accept("wrote " + dumps.triples() + " triples to " + dataDir.resolve(DumpWriter.DIR) + " and "
                    + VoidWriter.FILE);
        }
        stamp(dataDir, iris, started);
        return new Report(loadedGraphs.size(), failures, dataDir);
    }

    // The progress bar closes when loading ends, so the speed it reports is not diluted by merge and dumps.
    private void load(Store store, List<Path> paths, List<String> failures, List<Resource> loadedGraphs) {
        try (ProgressBar bar = progress(paths.size())) {
            List<Store.NamedGraph> batch = new ArrayList<>();
            for (Path p : paths) {
                try {
                    ArticleFile f = files.read(p);
                    Converter.ArticleGraph g = converter.convert(f.source(), f.text());
                    batch.add(new Store.NamedGraph(g.graphName().asNode(), g.model().getGraph()));
                    loadedGraphs.add(g.graphName());
                } catch (NewsgraphException e) {
                    String msg = e.source().isPresent() ? e.describe() : p + ": " + e.describe();
                    failures.add(msg);
                    log.accept("skipped " + msg);
                } catch (RuntimeException e) {
                    // A converter bug on one article must not cost the others.
                    String msg = p + ": internal error while converting: " + e;
                    failures.add(msg);
                    log.accept("skipped " + msg);
                }
                if (batch.size() >= BATCH) {
                    store.replaceGraphs(batch);
                    batch.clear();
                }
                if (bar != null) {
                    bar.step();
                }
            }
            store.replaceGraphs(batch);
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
    private static void stamp(Path dataDir, Iris iris, Instant started) {
        try {
            Files.writeString(dataDir.resolve(Store.STAMP), "newsgraph build finished\n" + Store.BASE_KEY + iris.base()
                    + "\nstarted=" + started + "\nended=" + Instant.now() + "\n");
            Files.setLastModifiedTime(dataDir.resolve(Store.STAMP),
                    FileTime.from(Instant.now()));
        } catch (java.io.IOException e) {
            throw new NewsgraphException(dataDir.toString(), -1, "cannot write build stamp: " + e.getMessage(), e);
        }
    }
}
