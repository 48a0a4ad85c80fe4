package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/**
 * The last step of a build before its dumps: computes the figures over the whole graph that pages show
 * (counts per class, per entity, per outlet and per month, the most-mentioned actors and countries, the
 * newest articles) into the statistics graph, so that serving never aggregates the whole graph.
 */
public final class Statistics implements CorpusBuilder.DerivedGraph {

    private static final String DIR = "sparql/statistics/";

    private final Iris iris;

    public Statistics(Iris iris) {
        this.iris = iris;
    }

    /** The graph's name. */
    public Node graph() {
        return iris.statisticsGraph().asNode();
    }

    /** Replaces the statistics graph of a store with one computed from its other graphs, in one transaction. */
    public void write(DatasetGraph dsg) {
        Node stats = graph();
        UpdateRequest counts = UpdateFactory.create(text(DIR + "counts.ru"));
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(stats, Node.ANY, Node.ANY, Node.ANY);
            UpdateExec.dataset(dsg).update(counts).substitution("stats", stats).execute();
            rank(dsg, "top-actors.rq", NG.actorRank.asNode());
            rank(dsg, "top-countries.rq", NG.countryRank.asNode());
            rank(dsg, "latest-articles.rq", NG.latestRank.asNode());
        });
    }

    @Override
    public int rebuild(DatasetGraph dsg) {
        write(dsg);
        return Txn.calculateRead(dsg, () -> dsg.getGraph(graph()).size());
    }

    /** Whether a store holds a statistics graph (builds before it had none). */
    public boolean present(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.contains(graph(), graph(), Node.ANY, NG.Statistics.asNode()));
    }

    // Ranks are numbered here: SPARQL has no row numbers. The lists are short (LIMIT in the query).
    private void rank(DatasetGraph dsg, String query, Node property) {
        Node stats = graph();
        List<Node> ranked = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(Queries.load(DIR + query)).substitution("stats", stats).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> ranked.add(b.get("e")));
        }
        for (int i = 0; i < ranked.size(); i++) {
            dsg.add(stats, ranked.get(i), property,
                    NodeFactory.createLiteralDT(Integer.toString(i + 1), XSDDatatype.XSDinteger));
        }
    }

    private static String text(String resource) {
        try (InputStream in = Statistics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsgraphException(resource, -1, "update missing from the classpath", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsgraphException(resource, -1, "cannot read update: " + e.getMessage(), e);
        }
    }
}
