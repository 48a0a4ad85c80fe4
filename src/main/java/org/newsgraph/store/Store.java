package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.base.NewsgraphException;

/**
 * The TDB2 database of one build (see {@link DataFolder}): one named graph per article plus
 * ontology, reference and build graphs; queries see the union of the named graphs as their default
 * graph. Its build folder also holds the build's dumps, VoID description and stamp.
 */
public final class Store implements AutoCloseable {

    /** Folder of the TDB2 database inside a build folder. */
    public static final String TDB_DIR = "tdb2";
    /** Written last into a build folder by a successful build: base and times of the build. */
    public static final String STAMP = "build.stamp";
    /** The line of the stamp that records the base: {@code base=<IRI>}. */
    public static final String BASE_KEY = "base=";
    /** The line of the stamp that records the input folder the build read: {@code input=<absolute path>}. */
    public static final String INPUT_KEY = "input=";
    /** The line of the stamp that names who publishes the dataset: {@code publisher=<name>}. */
    public static final String PUBLISHER_KEY = "publisher=";
    /** The line of the stamp that records when the build finished: {@code ended=<ISO instant>}. */
    public static final String ENDED_KEY = "ended=";

    // Stores open in this process per database folder: the database is released only when the last closes.
    private static final Map<Path, Integer> OPEN = new ConcurrentHashMap<>();

    private final Path dir;
    private final Path tdb;
    private final DatasetGraph dsg;
    private boolean closed;

    private Store(Path dir, Path tdb, DatasetGraph dsg) {
        this.dir = dir;
        this.tdb = tdb;
        this.dsg = dsg;
    }

    /**
     * Opens the current build of a data folder, the one the last finished build switched to. A
     * missing folder, a folder without a finished build, and a database another process holds are
     * each a one-line error naming the folder.
     */
    public static Store open(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new NewsgraphException(dataDir.toString(), -1, Files.exists(dataDir)
                    ? "data folder is not a folder" : "no such data folder: run 'newsgraph build' first", null);
        }
        Path build = new DataFolder(dataDir).current().orElseThrow(() -> new NewsgraphException(dataDir.toString(), -1,
                "the data folder holds no finished build: run 'newsgraph build' first", null));
        Store store = open(build, null);
        synchronized (Store.class) {
            if (!SEARCH.containsKey(store.tdb)) {
                try {
                    Optional<AutoCloseable> text = SearchIndex.attach(store.dsg, build);
                    Optional<AutoCloseable> browse = BrowseIndex.attach(store.dsg, build);
                    if (text.isPresent() || browse.isPresent()) {
                        SEARCH.put(store.tdb, () -> {
                            try (AutoCloseable t = text.orElse(null); AutoCloseable b = browse.orElse(null)) {
                                // Both closed, the browse index first.
                            }
                        });
                    }
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
            }
        }
        return store;
    }

    /** The search and browse indexes attached to each open database, closed with its last store. */
    private static final java.util.Map<Path, AutoCloseable> SEARCH = new java.util.HashMap<>();

    /**
     * TDB2's node caches are sized in entries (by default 1,000,000 from id to node and 200,000 from node to
     * id), and a build's newest nodes include every article's text and quotes: at 10,000 articles they filled
     * most of a 1 GB heap, and the build ran out of heap in a 2 GB memory cgroup. A build caches fewer; its
     * hot nodes (predicates, classes, well-known entities) stay cached all the same.
     */
    private static final StoreParams BUILD_PARAMS = StoreParamsBuilder.create()
            .node2NodeIdCacheSize(100_000).nodeId2NodeCacheSize(200_000).build();

    /** Opens (creating if needed) the database of one build folder, to build it. */
    static Store openBuild(Path build) {
        return open(build, BUILD_PARAMS);
    }

    /** Opens the database of one build folder to read it whole (the dumps), with TDB2's own node caches. */
    static Store openToRead(Path build) {
        return open(build, null);
    }

    // params: the store parameters of a build (null: TDB2's own, to serve or query).
    private static Store open(Path build, StoreParams params) {
        Path tdb = build.resolve(TDB_DIR).toAbsolutePath().normalize();
        if (!OPEN.containsKey(tdb) && DataFolder.inUse(tdb)) {
            String owner = DataFolder.lockOwner(tdb).map(pid -> " (process " + pid + ")").orElse("");
            throw new NewsgraphException(build.toString(), -1, "the database is in use by another process" + owner
                    + ": stop it, or query the server it runs", null);
        }
        if (Files.isDirectory(tdb) && !Files.isWritable(tdb)) {
            // TDB2 writes a lock file and journal even to read: it cannot open a database it may not write.
            throw new NewsgraphException(build.toString(), -1, "the database folder is read-only, and TDB2 must "
                    + "write its lock file and journal even to read: copy the data folder somewhere writable", null);
        }
        try {
            Files.createDirectories(tdb);
            if (params != null && !OPEN.containsKey(tdb) && !Files.exists(tdb.resolve(Names.TDB_CONFIG_FILE))) {
                // TDB2 records the parameters a database is created with, and every later reader would take the
                // build's small caches: create it with TDB2's own, then connect again with the build's.
                TDBInternal.expel(DatabaseMgr.connectDatasetGraph(tdb.toString()));
            }
            DatasetGraph dsg = params == null ? DatabaseMgr.connectDatasetGraph(tdb.toString())
                    : DatabaseMgr.connectDatasetGraph(Location.create(tdb.toString()), params);
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            OPEN.merge(tdb, 1, Integer::sum);
            return new Store(build, tdb, dsg);
        } catch (java.io.IOException e) {
            throw new NewsgraphException(build.toString(), -1, "cannot open the database ("
                    + DataFolder.reason(e) + ")", e);
        } catch (RuntimeException e) {
            throw new NewsgraphException(build.toString(), -1, "cannot open the database: " + e.getMessage(), e);
        }
    }

    /**
     * Copies the database of the build folder {@code from} into the new build folder {@code to}, file by file
     * at disk speed, for an update to change the copy while the original goes on being served. The source is
     * a finished build: no process writes to it, a server only reads, so its files hold its last commit.
     */
    static void copyDatabase(Path from, Path to) {
        Path src = from.resolve(TDB_DIR);
        Path dst = to.resolve(TDB_DIR);
        try (java.util.stream.Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path target = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(DataFolder.TDB_LOCK)) {
                    Files.copy(p, target);
                }
            }
        } catch (java.io.IOException e) {
            throw new NewsgraphException(from.toString(), -1, "cannot copy the database for an update ("
                    + DataFolder.reason(e) + ")", e);
        }
    }

    /**
     * The size of a build's database when it last held no replaced blocks (after a fresh load or a compaction)
     * and the number of articles it held then: an update compares the size of its copy with it.
     */
    public record Compacted(long bytes, int articles) {
        static final String FILE = "compacted.tsv";

        /** What a build folder recorded, if it did. */
        static Optional<Compacted> of(Path build) {
            try {
                String[] cells = Files.readString(build.resolve(FILE)).strip().split("\t");
                return Optional.of(new Compacted(Long.parseLong(cells[0]), Integer.parseInt(cells[1])));
            } catch (java.io.IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        void writeTo(Path build) {
            try {
                Files.writeString(build.resolve(FILE), bytes + "\t" + articles + "\n");
            } catch (java.io.IOException e) {
                throw new NewsgraphException(build.toString(), -1, "cannot record the database's size: "
                        + DataFolder.reason(e), e);
            }
        }

        /**
         * Whether a database of {@code bytes} holding {@code now} articles has grown past {@code factor} times
         * the size this record's would have for as many articles: TDB2 writes a changed block anew and keeps
         * the old one until a compaction.
         */
        boolean outgrownBy(long bytes, int now, double factor) {
            double live = this.bytes * Math.max(1.0, now / (double) Math.max(1, articles));
            return bytes > factor * live;
        }
    }

    /** The bytes the database's files take on disk. */
    public long bytesOnDisk() {
        try (java.util.stream.Stream<Path> s = Files.walk(tdb)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (java.io.IOException e) {
                    return 0;
                }
            }).sum();
        } catch (java.io.IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot measure the database (" + DataFolder.reason(e)
                    + ")", e);
        }
    }

    /**
     * Rewrites the database with its live blocks only and deletes the old generation: a database changed by
     * updates carries every block they replaced, since TDB2 never writes over a committed block.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /** Whether a data folder has a finished build to serve. */
    public static boolean isBuilt(Path dataDir) {
        return Files.isDirectory(dataDir) && new DataFolder(dataDir).current().isPresent();
    }

    /** The IRI base the current build of a data folder used, from its stamp. */
    public static Optional<String> builtBase(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return Optional.empty();
        }
        return new DataFolder(dataDir).current().flatMap(Store::stampedBase);
    }

    static Optional<String> stampedBase(Path build) {
        return stamped(build, BASE_KEY);
    }

    /** A line of a build's stamp, as the build wrote it, without its key (older builds lack some lines). */
    public static Optional<String> stamped(Path build, String key) {
        try {
            List<String> lines = Files.readAllLines(build.resolve(STAMP));
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(key.length())).findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The build folder: the database, and beside it the build's dumps/, void.ttl and stamp. */
    public Path dir() {
        return dir;
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** Sets the timeout of every query run on this store, in milliseconds. */
    public void queryTimeout(long millis) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(millis));
    }

    /** Replaces named graphs in one transaction: all of them land, or none. */
    public void replaceGraphs(Collection<NamedGraph> graphs) {
        Txn.executeWrite(dsg, () -> {
            for (NamedGraph g : graphs) {
                dsg.deleteAny(g.name(), Node.ANY, Node.ANY, Node.ANY);
                g.graph().find().forEach(t -> dsg.add(g.name(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /**
     * Starts loading graphs into a database that holds none of them yet through TDB2's phased bulk
     * loader, in one write transaction that ends with {@link BulkLoad#finish()}. Its own threads build
     * the indexes while the caller converts the next articles: measured side by side on 1,000
     * generated articles, converting and loading took 422 s against 537 s with a write transaction
     * per 200 articles (the whole build 696 s against 842 s, on a machine loaded 7 times over), for
     * about 8% more CPU and twice the peak RSS (4.9 against 2.6 GB); the sequential loader saved nothing.
     */
    public BulkLoad bulkLoad() {
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        return new BulkLoad(loader);
    }

    /** A bulk load under way: graphs go in one by one, and all land at {@link #finish()}, or none. */
    public static final class BulkLoad implements AutoCloseable {
        private final DataLoader loader;
        private final StreamRDF stream;
        private boolean done;

        private BulkLoad(DataLoader loader) {
            this.loader = loader;
            this.stream = loader.stream();
        }

        /** Adds a graph; it must not be in the database yet. */
        public void add(NamedGraph g) {
            g.graph().find().forEach(t -> stream.quad(Quad.create(g.name(), t)));
        }

        /** Adds one quad, of a graph not in the database yet. */
        public void add(Quad q) {
            stream.quad(q);
        }

        /** Commits every graph added. */
        public void finish() {
            done = true;
            loader.finishBulk();
        }

        // Left without finish(), as when a conversion bug escapes: nothing of it is committed.
        @Override
        public void close() {
            if (!done) {
                done = true;
                loader.finishException(new NewsgraphException(null, -1, "bulk load abandoned", null));
            }
        }
    }

    /** A graph and the name to store it under. */
    public record NamedGraph(Node name, Graph graph) { }

    // The last store of a database in this process releases it (files and lock), so that an old
    // build's folder can be deleted and another process can open it.
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Integer left = OPEN.merge(tdb, -1, (a, b) -> a + b <= 0 ? null : a + b);
        if (left == null) {
            AutoCloseable search;
            synchronized (Store.class) {
                search = SEARCH.remove(tdb);
            }
            if (search != null) {
                try {
                    search.close();
                } catch (Exception e) {
                    throw new NewsgraphException(dir.toString(), -1, "cannot close the search index: " + e.getMessage(), e);
                }
            }
            TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }
}
