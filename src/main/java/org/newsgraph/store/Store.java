package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.NewsgraphException;

/**
 * The TDB2 database inside a data folder: one named graph per article plus ontology, reference
 * and build graphs; queries see the union of the named graphs as their default graph.
 */
public final class Store implements AutoCloseable {

    /** Folder of the TDB2 database inside the data folder. */
    public static final String TDB_DIR = "tdb2";
    /** Written last by a successful build; its time says how fresh the data is. */
    public static final String STAMP = "build.stamp";

    private final Path dataDir;
    private final DatasetGraph dsg;

    private Store(Path dataDir, DatasetGraph dsg) {
        this.dataDir = dataDir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the database of a data folder. */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir.resolve(TDB_DIR));
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dataDir.resolve(TDB_DIR).toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(dataDir, dsg);
        } catch (java.io.IOException | RuntimeException e) {
            throw new NewsgraphException(dataDir.toString(), -1, "cannot open the database: " + e.getMessage()
                    + " (is another newsgraph process using this data folder?)", e);
        }
    }

    /** Whether a data folder holds a finished build. */
    public static boolean isBuilt(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(STAMP)) && Files.isDirectory(dataDir.resolve(TDB_DIR));
    }

    /** Removes every graph, and the stamp, so the folder counts as unbuilt until the next build ends. */
    public void clear() {
        try {
            Files.deleteIfExists(dataDir.resolve(STAMP));
        } catch (java.io.IOException e) {
            throw new NewsgraphException(dataDir.toString(), -1, "cannot delete the build stamp: " + e.getMessage(), e);
        }
        Txn.executeWrite(dsg, dsg::clear);
    }

    /** The IRI base a finished build of a data folder used, from its stamp. */
    public static Optional<String> builtBase(Path dataDir) {
        try {
            return Files.readAllLines(dataDir.resolve(STAMP)).stream().filter(l -> l.startsWith(BASE_KEY))
                    .map(l -> l.substring(BASE_KEY.length())).findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The line of the stamp that records the base: {@code base=<IRI>}. */
    public static final String BASE_KEY = "base=";

    public Path dataDir() {
        return dataDir;
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

    /** A graph and the name to store it under. */
    public record NamedGraph(Node name, Graph graph) { }

    @Override
    public void close() {
        dsg.close();
    }
}
