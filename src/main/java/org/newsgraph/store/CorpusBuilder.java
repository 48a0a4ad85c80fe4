package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/**
 * Builds and updates a data folder: compares the input with what the current build holds (each article's
 * text by its SHA-256), converts only new and changed files, drops the graphs of files that are gone, merges
 * events reported by several articles, refreshes the derived graphs, writes the dumps and their VoID
 * description, and switches the data folder to the new build (see {@link DataFolder}). A big change loads a
 * fresh database through TDB2's bulk loader; a small one copies the current database into the new build
 * folder and changes it in one write transaction, so the served build is never touched. A bad file is
 * reported and skipped, and its graph of the previous build is kept.
 */
public final class CorpusBuilder {

    /**
     * What a build did: articles whose graph is the one of their current text (converted now, or unchanged),
     * one message per file that failed, and of the articles, those converted and those dropped.
     */
    public record Report(int loaded, List<String> failures, Path dataDir, int converted, int removed) {
        public Report {
            failures = List.copyOf(failures);
        }

        public boolean ok() {
            return failures.isEmpty();
        }
    }

    /**
     * A graph computed from the article graphs (entities, statistics): rebuilt whole after a fresh load, and
     * refreshed after an update with the IRIs the changed article graphs named before or after it.
     */
    public interface DerivedGraph {
        /** Computes the graph anew from the article graphs; returns how many resources it describes. */
        int rebuild(DatasetGraph dsg);

        default void refresh(DatasetGraph dsg, Collection<Node> touched) {
            rebuild(dsg);
        }
    }

    private static final int PROGRESS_FROM = 100;

    /**
     * An update changing at most this share of the articles (or at most {@link #SMALL_CHANGE} articles) copies
     * the current database and changes it; a bigger one loads a fresh database, where the bulk loader is faster
     * than a transaction and the database carries no space of replaced blocks.
     */
    private static final double SMALL_SHARE = 0.2;
    private static final int SMALL_CHANGE = 1000;

    /** How many times its live size an updated database may grow to before it is compacted. */
    static final double GROWTH = 2.0;

    private final Converter converter;
    private final ArticleFiles files;
    private final Model ontology;
    private final Model reference;
    private final Consumer<String> log;
    private final List<DerivedGraph> derived;
    private final boolean full;
    private final String publisher;

    /** The publisher of a dataset whose builds never named one. */
    public static final String DEFAULT_PUBLISHER = "newsgraph";

    public CorpusBuilder(Converter converter, ArticleFiles files, Model ontology, Model reference,
                         Consumer<String> log) {
        this(converter, files, ontology, reference, log, List.of(new EntityGraph(converter.iris()), new Statistics(converter.iris())), false,
                null);
    }

    private CorpusBuilder(Converter converter, ArticleFiles files, Model ontology, Model reference,
                          Consumer<String> log, List<DerivedGraph> derived, boolean full, String publisher) {
        this.converter = converter;
        this.files = files;
        this.ontology = ontology;
        this.reference = reference;
        this.log = log;
        this.derived = List.copyOf(derived);
        this.full = full;
        this.publisher = publisher;
    }

    /** The same builder with graphs derived from the article graphs, kept up to date by every build. */
    public CorpusBuilder withDerived(List<DerivedGraph> graphs) {
        return new CorpusBuilder(converter, files, ontology, reference, log, graphs, full, publisher);
    }

    /** The same builder converting every file again, and loading a fresh database, whatever the last build holds. */
    public CorpusBuilder converting(boolean everything) {
        return new CorpusBuilder(converter, files, ontology, reference, log, derived, everything, publisher);
    }

    /**
     * The same builder naming {@code name} as the dataset's publisher in the build's stamp (served as the
     * VoID description's dcterms:publisher); null keeps the current build's, or {@value #DEFAULT_PUBLISHER}.
     */
    public CorpusBuilder publishedBy(String name) {
        if (name != null && (name.isBlank() || name.contains("\n") || name.contains("\r"))) {
            throw new NewsgraphException("--publisher", -1, "must be a non-empty name on one line", null);
        }
        return new CorpusBuilder(converter, files, ontology, reference, log, derived, full, name);
    }

    /**
     * Makes the data folder hold exactly the articles of the *.txt files under {@code input}: new and changed
     * files are converted, the graphs of files that are gone dropped. A file that fails (or an unreadable
     * folder's files) keeps its graph of the previous build, as long as that build used the same base.
     */
    public Report build(Path input, Path dataDir) {
        ArticleFiles.Listing listing = files.scan(input);
        return update(dataDir, listing, true, Set.of(), input.toAbsolutePath().normalize().toString());
    }

    /** Adds the articles of files or folders to the current build, replacing those with the same source id. */
    public Report add(List<Path> inputs, Path dataDir) {
        ArticleFiles.Listing listing = files.scan(inputs);
        return update(requireBuilt(dataDir), listing, false, Set.of(), null);
    }

    /** Drops the articles with these source ids from the current build. */
    public Report remove(Collection<String> sources, Path dataDir) {
        return update(requireBuilt(dataDir), new ArticleFiles.Listing(List.of(), List.of()), false, Set.copyOf(sources), null);
    }

    // add and remove change the current build's articles: without its table of sources they would drop the rest.
    private static Path requireBuilt(Path dataDir) {
        if (!Store.isBuilt(dataDir)) {
            throw new NewsgraphException(dataDir.toString(), -1, "the data folder holds no finished build: "
                    + "run 'newsgraph build' first", null);
        }
        Optional<Path> current = new DataFolder(dataDir).current();
        if (current.isPresent() && SourceTable.of(current.get()).isEmpty()) {
            throw new NewsgraphException(dataDir.toString(), -1, "the current build records no source files (it was "
                    + "loaded from N-Quads shards): make new shards with the articles and load them, or run "
                    + "'newsgraph build --input DIR'", null);
        }
        return dataDir;
    }

    /**
     * Loads N-Quads shards made elsewhere (by the Spark job: article graphs with their events merged, and the
     * ontology, reference and build graphs) into a fresh database through the bulk loader, then derives the
     * entities and statistics graphs and writes dumps, indexes and VoID as a build does. The shards carry no
     * table of source files, so a later {@code build} converts every file, and {@code add} is refused.
     */
    public Report loadShards(Path shards, Path dataDir) {
        Instant started = Instant.now();
        Iris iris = converter.iris();
        List<Path> files = QuadShards.list(shards);
        DataFolder folder = new DataFolder(dataDir);
        try (DataFolder.BuildLock lock = folder.lockForBuild()) {
            Optional<Path> current = folder.current();
            int loaded = inNewBuild(folder, current, build -> {
                Phases phases = new Phases();
                Set<String> articles = new TreeSet<>();
                Node buildGraph = iris.buildGraph().asNode();
                Node generated = NG.PROV.generated.asNode();
                try (Store store = Store.openBuild(build)) {
                    try (Store.BulkLoad bulk = store.bulkLoad()) {
                        for (Path f : files) {
                            QuadShards.read(f, q -> {
                                if (q.getGraph().equals(buildGraph) && q.getPredicate().equals(generated)) {
                                    articles.add(q.getObject().toString());
                                }
                                bulk.add(q);
                            });
                        }
                        if (articles.isEmpty()) {
                            throw new NewsgraphException(shards.toString(), -1, "the shards hold no build graph <"
                                    + buildGraph.getURI() + "> naming articles: not newsgraph shards, or made under "
                                    + "another --base", null);
                        }
                        bulk.finish();
                    }
                    log.accept("loaded " + articles.size() + " article graph(s) from " + files.size() + " shard file(s)");
                    phases.end("loading");
                    for (DerivedGraph d : derived) {
                        timed(d, "rebuilt", () -> d.rebuild(store.dataset()));
                    }
                    phases.end("derived graphs");
                    new Store.Compacted(store.bytesOnDisk(), articles.size()).writeTo(build);
                }
                publish(folder, current, build, phases, null, null, started, shards.toAbsolutePath().normalize()
                        .toString());
                return articles.size();
            });
            return new Report(loaded, List.of(), dataDir, 0, 0);
        }
    }

    /** The previous build, as far as this build may take from it. */
    private record Previous(Path dir, SourceTable table, ArticleShards shards) { }

    /** What becomes of one article of the new build. */
    private enum Fate { UNCHANGED, CONVERT, KEPT }

    // input: the folder a build read, for its stamp; null for add and remove, which keep the current build's.
    private Report update(Path dataDir, ArticleFiles.Listing listing, boolean exactly, Set<String> remove, String input) {
        Instant started = Instant.now();
        Iris iris = converter.iris();
        String fingerprint = fingerprint(iris);
        List<String> failures = new ArrayList<>();
        DataFolder folder = new DataFolder(dataDir);
        try (DataFolder.BuildLock lock = folder.lockForBuild()) {
            Optional<Path> current = folder.current();
            Optional<Previous> previous = previous(current, iris);
            SourceTable before = previous.map(Previous::table).orElse(new SourceTable(fingerprint, new TreeMap<>()));
            boolean sameConversion = !full && previous.isPresent() && before.fingerprint().equals(fingerprint);
            if (previous.isPresent() && !sameConversion && !full) {
                log.accept("the conversion changed since the last build (reference data or program): every file is "
                        + "converted again");
            }

            // Which article goes how: by the hash of its text against the previous build's.
            Keep keep = new Keep();
            for (ArticleFiles.Skip skip : listing.skipped()) {
                String msg = ArticleFiles.oneLine(skip.message());
                failures.add(msg);
                log.accept("skipped " + msg);
                skip.unreadable().ifPresent(keep::folderOrFile);
            }
            SortedMap<String, Fate> fates = new TreeMap<>();
            Map<String, ArticleFiles.Entry> entries = new LinkedHashMap<>();
            for (ArticleFiles.Entry e : listing.files()) {
                entries.put(e.source(), e);
                String hash;
                try {
                    hash = SourceTable.hash(files.read(e).text());
                } catch (NewsgraphException ex) {
                    fail(failures, e, ex);
                    keep.file(e.source());
                    continue;
                }
                boolean unchanged = sameConversion && hash.equals(before.hashes().get(e.source()))
                        && previous.get().shards().has(e.source());
                fates.put(e.source(), unchanged ? Fate.UNCHANGED : Fate.CONVERT);
            }
            for (String s : before.hashes().keySet()) {
                boolean stays = !remove.contains(s) && (!exactly || keep.wants(s));
                if (!fates.containsKey(s) && stays && previous.get().shards().has(s)) {
                    fates.put(s, Fate.KEPT);
                }
            }
            for (String s : new TreeSet<>(remove)) {
                if (!before.hashes().containsKey(s)) {
                    String msg = s + ": no article with this source id in the current build";
                    failures.add(msg);
                    log.accept("skipped " + msg);
                }
            }
            long toConvert = fates.values().stream().filter(Fate.CONVERT::equals).count();
            long gone = before.hashes().keySet().stream().filter(s -> !fates.containsKey(s)).count();
            boolean small = sameConversion && toConvert + gone <= Math.max(SMALL_CHANGE,
                    SMALL_SHARE * before.hashes().size());

            Outcome outcome = inNewBuild(folder, current, build -> {
                Outcome o;
                if (small) {
                    log.accept("updating the current build: " + toConvert + " file(s) to convert, " + gone
                            + " article(s) to drop, " + (fates.size() - toConvert) + " unchanged");
                    o = change(previous.get(), build, fates, entries, failures, iris);
                } else {
                    log.accept("building a fresh database: " + toConvert + " file(s) to convert"
                            + (fates.size() > toConvert ? ", " + (fates.size() - toConvert) + " taken from the last build"
                            : ""));
                    o = load(previous, build, fates, entries, failures, iris);
                }
                new SourceTable(fingerprint, o.table()).writeTo(build);
                EventMerger.save(o.reports(), build.resolve(EventMerger.TABLE));
                o.phases().end("sources and events");
                publish(folder, current, build, o.phases(), o.changedGraphs(),
                        previous.map(Previous::dir).orElse(null), started, input);
                return o;
            });
            int loaded = (int) fates.entrySet().stream().filter(e -> entries.containsKey(e.getKey())
                    && e.getValue() != Fate.KEPT && outcome.table().containsKey(e.getKey())
                    && !outcome.keptAfterFailure().contains(e.getKey())).count();
            int removed = (int) before.hashes().keySet().stream().filter(s -> !outcome.table().containsKey(s)).count();
            return new Report(loaded, failures, dataDir, outcome.converted(), removed);
        }
    }

    /**
     * Writes what a build folder holds beside its database (dumps, search and browse indexes, VoID) and its
     * stamp, and switches the data folder to it. {@code changedGraphs}
     * names the graphs an update changed against {@code previousDir} (null: everything is new).
     */
    private void publish(DataFolder folder, Optional<Path> current, Path build, Phases phases, Set<String> changedGraphs,
                         Path previousDir, Instant started, String input) {
        Iris iris = converter.iris();
        try (Store store = Store.openToRead(build)) {
            DumpWriter writer = new DumpWriter(iris);
            Path dumpsDir = build.resolve(DumpWriter.DIR);
            // An update renders again only the dump pieces of the graphs it changed.
            DumpWriter.Dumps dumps = changedGraphs == null ? writer.write(store.dataset(), dumpsDir)
                    : writer.update(store.dataset(), dumpsDir, previousDir.resolve(DumpWriter.DIR), changedGraphs);
            phases.end("dumps");
            SearchIndex search = new SearchIndex(iris);
            Path text = build.resolve(SearchIndex.DIR);
            long docs = changedGraphs == null ? search.write(store.dataset(), text)
                    : search.update(store.dataset(), text, previousDir.resolve(SearchIndex.DIR), changedGraphs);
            phases.end("search index of " + docs + " new text(s)");
            BrowseIndex browse = new BrowseIndex(iris);
            Path lists = build.resolve(BrowseIndex.DIR);
            long listed = changedGraphs == null ? browse.write(store.dataset(), lists)
                    : browse.update(store.dataset(), lists, previousDir.resolve(BrowseIndex.DIR), changedGraphs);
            phases.end("browse index of " + listed + " new entries");
            new VoidWriter(iris).write(dumps, build.resolve(VoidWriter.FILE));
            phases.end("VoID");
            log.accept("wrote " + dumps.triples() + " triples to " + build.resolve(DumpWriter.DIR) + " and "
                    + VoidWriter.FILE + " (" + phases + ")");
        }
        stamp(build, iris, started, input != null ? input
                : current.flatMap(c -> Store.stamped(c, Store.INPUT_KEY)).orElse(null),
                publisher != null ? publisher : current.flatMap(c -> Store.stamped(c, Store.PUBLISHER_KEY))
                        .orElse(DEFAULT_PUBLISHER));
        folder.publish(build);
    }

    /**
     * Fills a new build folder with {@code fill}, which ends by publishing it ({@link #publish}); then removes the
     * old builds no process holds. A build that fails is never served: its folder goes now (or with the next
     * build's clean-up).
     */
    private <T> T inNewBuild(DataFolder folder, Optional<Path> current, java.util.function.Function<Path, T> fill) {
        Path build = folder.newBuild();
        boolean published = false;
        T result;
        try {
            result = fill.apply(build);
            published = true;
        } finally {
            if (!published) {
                folder.prune(current.orElse(null));
            }
        }
        for (Path old : folder.prune(build)) {
            log.accept("removed the old build " + old.getFileName());
        }
        return result;
    }

    /**
     * What the load or change of a build's database left: its articles, their event reports, the times spent,
     * and for a change, the article graphs it dropped, added or rewrote (null after a fresh load).
     */
    private record Outcome(SortedMap<String, String> table, List<EventMerger.Report> reports, int converted,
                           Set<String> keptAfterFailure, Phases phases, Set<String> changedGraphs) { }

    private Optional<Previous> previous(Optional<Path> current, Iris iris) {
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Path p = current.get();
        if (!Store.stampedBase(p).map(iris.base()::equals).orElse(false)) {
            log.accept("the data folder was built under " + Store.stampedBase(p).orElse("another base")
                    + ", now " + iris.base() + ": nothing is kept from that build");
            return Optional.empty();
        }
        Optional<SourceTable> table = SourceTable.of(p);
        if (table.isEmpty() || !Files.isRegularFile(p.resolve(EventMerger.TABLE))) {
            log.accept("the last build recorded no sources: every file is converted again");
            return Optional.empty();
        }
        return Optional.of(new Previous(p, table.get(), new ArticleShards(p)));
    }

    /**
     * Loads a fresh database: ontology and reference graphs, then every article (converted, or its graph as
     * converted before), through the bulk loader; then rewrites the graphs whose events merge with others.
     */
    private Outcome load(Optional<Previous> previous, Path build, SortedMap<String, Fate> fates,
                         Map<String, ArticleFiles.Entry> entries, List<String> failures, Iris iris) {
        Phases phases = new Phases();
        ArticleShards shards = new ArticleShards(build);
        SortedMap<String, String> table = new TreeMap<>();
        List<EventMerger.Report> reports = new ArrayList<>();
        Set<String> keptAfterFailure = new HashSet<>();
        int converted = 0;
        try (Store store = Store.openBuild(build)) {
            try (Store.BulkLoad bulk = store.bulkLoad(); ProgressBar bar = progress(fates.size())) {
                bulk.add(new Store.NamedGraph(iris.ontologyGraph().asNode(), ontology.getGraph()));
                bulk.add(new Store.NamedGraph(iris.referenceGraph().asNode(), reference.getGraph()));
                for (Map.Entry<String, Fate> f : fates.entrySet()) {
                    String source = f.getKey();
                    Node name = iris.articleGraph(source).asNode();
                    Graph g = null;
                    if (f.getValue() == Fate.CONVERT) {
                        Optional<Converted> c = convert(entries.get(source), failures);
                        if (c.isPresent()) {
                            g = c.get().graph();
                            shards.write(source, g);
                            table.put(source, c.get().hash());
                            converted++;
                        } else if (previous.isPresent() && previous.get().table().hashes().containsKey(source)
                                && previous.get().shards().has(source)) {
                            keptAfterFailure.add(source);
                        }
                    }
                    if (g == null && (f.getValue() != Fate.CONVERT || keptAfterFailure.contains(source))) {
                        shards.takeFrom(previous.orElseThrow().shards(), source);
                        g = shards.read(source);
                        table.put(source, previous.get().table().hashes().get(source));
                    }
                    if (g != null) {
                        bulk.add(new Store.NamedGraph(name, g));
                        reports.addAll(EventMerger.reports(name.getURI(), g));
                    }
                    if (bar != null) {
                        bar.step();
                    }
                }
                buildGraph(iris, table.keySet(), q -> bulk.add(q));
                bulk.finish();
            }
            phases.end("converting and loading");
            Map<String, Map<String, String>> plan = EventMerger.plan(reports);
            Txn.executeWrite(store.dataset(), () -> plan.forEach((graph, renames) ->
                    EventMerger.renameInPlace(store.dataset(), NodeFactory.createURI(graph), renames)));
            log.accept("merged " + plan.values().stream().mapToInt(Map::size).sum()
                    + " event IRI(s) into events reported by several articles");
            phases.end("merging events");
            for (DerivedGraph d : derived) {
                timed(d, "rebuilt", () -> d.rebuild(store.dataset()));
            }
            phases.end("derived graphs");
            new Store.Compacted(store.bytesOnDisk(), table.size()).writeTo(build);
        }
        return new Outcome(table, reports, converted, keptAfterFailure, phases, null);
    }

    /**
     * Copies the previous build's database into the new build folder and changes it in one write transaction:
     * drops the graphs of articles gone or changed, adds the new graphs, and rewrites the unchanged graphs
     * whose merged events changed with them; the derived graphs are refreshed for every IRI those graphs
     * named before or after.
     */
    private Outcome change(Previous previous, Path build, SortedMap<String, Fate> fates,
                           Map<String, ArticleFiles.Entry> entries, List<String> failures, Iris iris) {
        Phases phases = new Phases();
        Store.copyDatabase(previous.dir(), build);
        phases.end("copying the database");
        ArticleShards shards = new ArticleShards(build);
        SortedMap<String, String> table = new TreeMap<>();
        Set<String> keptAfterFailure = new HashSet<>();
        Set<String> changed = new TreeSet<>();
        List<EventMerger.Report> fresh = new ArrayList<>();
        int converted = 0;
        try (ProgressBar bar = progress((int) fates.values().stream().filter(Fate.CONVERT::equals).count())) {
            for (Map.Entry<String, Fate> f : fates.entrySet()) {
                String source = f.getKey();
                if (f.getValue() == Fate.CONVERT) {
                    Optional<Converted> c = convert(entries.get(source), failures);
                    if (bar != null) {
                        bar.step();
                    }
                    if (c.isPresent()) {
                        shards.write(source, c.get().graph());
                        table.put(source, c.get().hash());
                        changed.add(source);
                        fresh.addAll(EventMerger.reports(iris.articleGraph(source).getURI(), c.get().graph()));
                        converted++;
                        continue;
                    }
                    if (!previous.table().hashes().containsKey(source) || !previous.shards().has(source)) {
                        continue;
                    }
                    keptAfterFailure.add(source);
                }
                shards.takeFrom(previous.shards(), source);
                table.put(source, previous.table().hashes().get(source));
            }
        }
        phases.end("converting");

        Set<String> dropped = new TreeSet<>(changed);
        previous.table().hashes().keySet().stream().filter(s -> !table.containsKey(s)).forEach(dropped::add);
        Set<String> droppedGraphs = new HashSet<>();
        dropped.forEach(s -> droppedGraphs.add(iris.articleGraph(s).getURI()));
        List<EventMerger.Report> before = EventMerger.load(previous.dir().resolve(EventMerger.TABLE));
        List<EventMerger.Report> reports = new ArrayList<>();
        before.stream().filter(r -> !droppedGraphs.contains(r.graph())).forEach(reports::add);
        reports.addAll(fresh);
        Map<String, Map<String, String>> planBefore = EventMerger.plan(before);
        Map<String, Map<String, String>> plan = EventMerger.plan(reports);
        Set<String> remerged = new TreeSet<>();
        for (String g : union(planBefore.keySet(), plan.keySet())) {
            if (!droppedGraphs.contains(g) && !Objects.equals(planBefore.get(g), plan.get(g))) {
                remerged.add(g);
            }
        }

        Map<String, String> sourceOf = sources(iris, table.keySet(), remerged);
        Set<Node> touched = new HashSet<>();
        try (Store store = Store.openBuild(build)) {
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                for (String s : dropped) {
                    Node g = iris.articleGraph(s).asNode();
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> note(touched, q.asTriple()));
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
                for (String s : changed) {
                    String g = iris.articleGraph(s).getURI();
                    replace(dsg, NodeFactory.createURI(g),
                            EventMerger.renamed(shards.read(s), plan.getOrDefault(g, Map.of())), touched);
                }
                for (String g : remerged) {
                    Node name = NodeFactory.createURI(g);
                    dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> note(touched, q.asTriple()));
                    replace(dsg, name, EventMerger.renamed(shards.read(sourceOf.get(g)),
                            plan.getOrDefault(g, Map.of())), touched);
                }
                Node buildGraph = iris.buildGraph().asNode();
                dsg.deleteAny(buildGraph, Node.ANY, Node.ANY, Node.ANY);
                buildGraph(iris, table.keySet(), dsg::add);
                for (DerivedGraph d : derived) {
                    timed(d, "refreshed for " + touched.size() + " touched IRI(s)", () -> d.refresh(dsg, touched));
                }
            });
            log.accept("rewrote " + remerged.size() + " unchanged article graph(s) whose events merge differently now");
            phases.end("changing the database");
            compactIfOutgrown(store, previous.dir(), build, table.size(), phases);
        }
        Set<String> changedGraphs = new HashSet<>(droppedGraphs);
        changedGraphs.addAll(remerged);
        return new Outcome(table, reports, converted, keptAfterFailure, phases, changedGraphs);
    }

    /**
     * Compacts an updated database once it holds {@link #GROWTH} times the space its articles would take
     * after a compaction: every update leaves the blocks it replaced behind, and a compaction costs about
     * a rewrite of the live data, so compacting at twice that size spends on it, per update, about twice
     * what the update added, and keeps the database within twice its live size.
     */
    private void compactIfOutgrown(Store store, Path previous, Path build, int articles, Phases phases) {
        long bytes = store.bytesOnDisk();
        Optional<Store.Compacted> last = Store.Compacted.of(previous);
        if (last.isPresent() && !last.get().outgrownBy(bytes, articles, GROWTH)) {
            last.get().writeTo(build);
            return;
        }
        store.compact();
        long after = store.bytesOnDisk();
        new Store.Compacted(after, articles).writeTo(build);
        phases.end("compacting the database");
        log.accept(String.format(Locale.ROOT, "compacted the database from %.0f MB to %.0f MB", bytes / 1e6, after / 1e6));
    }

    // CPU time as well as wall time: builds share their machine, and the derived graphs' cost is what an update
    // adds to converting its articles.
    private void timed(DerivedGraph d, String what, Runnable step) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        step.run();
        log.accept(String.format(Locale.ROOT, "%s %s in %.2f s (%.2f s CPU)", d.getClass().getSimpleName(), what,
                (System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    // Subjects and IRI objects: the entities, events and articles a derived graph may say something about.
    private static void note(Set<Node> touched, org.apache.jena.graph.Triple t) {
        touched.add(t.getSubject());
        if (t.getObject().isURI()) {
            touched.add(t.getObject());
        }
    }

    private static void replace(DatasetGraph dsg, Node name, Graph g, Set<Node> touched) {
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        g.find().forEachRemaining(t -> {
            dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            if (touched != null) {
                note(touched, t);
            }
        });
    }

    // The article graphs' names are minted from the source ids: one pass over the ids finds those of the graphs.
    private static Map<String, String> sources(Iris iris, Collection<String> sources, Set<String> graphs) {
        Map<String, String> out = new java.util.HashMap<>();
        if (!graphs.isEmpty()) {
            for (String s : sources) {
                String g = iris.articleGraph(s).getURI();
                if (graphs.contains(g)) {
                    out.put(g, s);
                }
            }
        }
        if (out.size() < graphs.size()) {
            throw new NewsgraphException(graphs.toString(), -1, "an event report names a graph of no article", null);
        }
        return out;
    }

    /** One article converted: its graph and the hash of the text it was converted from. */
    private record Converted(Graph graph, String hash) { }

    private Optional<Converted> convert(ArticleFiles.Entry p, List<String> failures) {
        try {
            ArticleFile f = files.read(p);
            Converter.ArticleGraph g = converter.convert(f.source(), f.text());
            return Optional.of(new Converted(g.model().getGraph(), SourceTable.hash(f.text())));
        } catch (RuntimeException e) {
            fail(failures, p, e);
        }
        return Optional.empty();
    }

    private void fail(List<String> failures, ArticleFiles.Entry p, RuntimeException e) {
        String msg = failure(p.path().toString(), e);
        failures.add(msg);
        log.accept("skipped " + msg);
    }

    /**
     * Why a file was skipped, on one line starting with the file: converter errors name the source id, and a
     * converter bug (any other exception) on one article is reported like a bad file, so it costs no other.
     */
    public static String failure(String file, RuntimeException e) {
        if (e instanceof NewsgraphException ne) {
            return ArticleFiles.oneLine(ne.source().filter(file::equals).isPresent() ? ne.describe()
                    : file + ": " + ne.describe());
        }
        return ArticleFiles.oneLine(file + ": internal error while converting: " + e);
    }

    /** The source ids a build could not read: exact ids, and prefixes of the ids under an unreadable folder. */
    private static final class Keep {
        private final Set<String> sources = new HashSet<>();
        private final List<String> prefixes = new ArrayList<>();

        void file(String source) {
            sources.add(source);
        }

        // An unreadable entry may be a file or a folder: keep the articles of either.
        void folderOrFile(String source) {
            sources.add(source);
            prefixes.add(source + "/");
        }

        boolean wants(String source) {
            if (sources.contains(source)) {
                return true;
            }
            for (String p : prefixes) {
                if (source.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What the graphs of unchanged files depend on besides their text: the base, the ontology and reference
     * graphs and the program itself (its jar, when it runs from one). A change of any converts every file again.
     */
    private String fingerprint(Iris iris) {
        MessageDigest sha = DumpWriter.sha256();
        sha.update(iris.base().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Model m : List.of(ontology, reference)) {
            List<String> lines = new ArrayList<>();
            m.getGraph().find().forEachRemaining(t -> lines.add(NodeFmtLib.str(t)));
            lines.sort(null);
            lines.forEach(l -> sha.update((l + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        try {
            Path code = Path.of(Converter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(code), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // Without the jar to read, the version stands for the program.
            sha.update(String.valueOf(Converter.class.getPackage().getImplementationVersion())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Wall-clock and CPU seconds of the phases of a build, for its log: where the time of a build goes. The
     * CPU seconds (of the whole process, the loader's threads included) tell the cost on a busy machine.
     */
    private static final class Phases {
        private final StringBuilder done = new StringBuilder();
        private long start = System.nanoTime();
        private long startCpu = cpu();

        void end(String phase) {
            long now = System.nanoTime();
            long nowCpu = cpu();
            done.append(done.length() == 0 ? "" : ", ").append(phase)
                    .append(String.format(Locale.ROOT, " %.1f s", (now - start) / 1e9));
            if (nowCpu >= 0) {
                done.append(String.format(Locale.ROOT, " (CPU %.1f s)", (nowCpu - startCpu) / 1e9));
            }
            start = now;
            startCpu = nowCpu;
        }

        private static long cpu() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    /**
     * The build graph of a corpus of these source ids: which article graphs the build generated. No
     * wall-clock time in the store, not even here: then the dumps hold exactly the store's quads and still
     * come out byte-identical; the build's times go to the stamp file.
     */
    public static void buildGraph(Iris iris, Collection<String> sources, Consumer<Quad> out) {
        Node g = iris.buildGraph().asNode();
        Node build = iris.build().asNode();
        out.accept(Quad.create(g, build, RDF.type.asNode(), NG.PROV.Activity.asNode()));
        out.accept(Quad.create(g, build, RDFS.label.asNode(), NodeFactory.createLiteralString("newsgraph build")));
        for (String s : sources) {
            out.accept(Quad.create(g, build, NG.PROV.generated.asNode(), iris.articleGraph(s).asNode()));
        }
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
    // So are the publisher and the end time, which the served VoID description adds to void.ttl: that file
    // holds no time and stays byte-stable.
    private static void stamp(Path build, Iris iris, Instant started, String input, String publisher) {
        try {
            Files.writeString(build.resolve(Store.STAMP), "newsgraph build finished\n" + Store.BASE_KEY + iris.base()
                    + (input == null ? "" : "\n" + Store.INPUT_KEY + input) + "\n" + Store.PUBLISHER_KEY + publisher
                    + "\nstarted=" + started + "\n" + Store.ENDED_KEY + Instant.now() + "\n");
        } catch (IOException e) {
            throw new NewsgraphException(build.toString(), -1, "cannot write build stamp: " + e.getMessage(), e);
        }
    }
}
