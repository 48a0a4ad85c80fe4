package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/**
 * The last step of a build before its dumps: computes the figures over the whole graph that pages show
 * (counts per class, per entity, per outlet and per month, the most-mentioned actors and countries, the
 * newest articles) into the statistics graph, so that serving never aggregates the whole graph.
 *
 * <p>An update refreshes the figures of the entities it touched only, and ranks again the entities and
 * articles it touched together with those ranked before; it ranks everything again only when something
 * ranked before may have dropped out of a list, so that an outsider could take its place.
 */
public final class Statistics implements CorpusBuilder.DerivedGraph {

    private static final String DIR = "sparql/statistics/";
    private static final Var ENTITY = Var.alloc("e");

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
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(stats, Node.ANY, Node.ANY, Node.ANY);
            update(dsg, "entity-counts.ru", null);
            update(dsg, "month-counts.ru", null);
            update(dsg, "class-counts.ru", null);
            for (Rank r : Rank.values()) {
                write(dsg, r, ranked(dsg, r, null));
            }
        });
    }

    @Override
    public int rebuild(DatasetGraph dsg) {
        write(dsg);
        return Txn.calculateRead(dsg, () -> dsg.getGraph(graph()).size());
    }

    /**
     * Brings the figures up to date after the article graphs naming {@code touched} changed: their per-entity
     * figures and the ranks are refreshed at a cost in proportion to them; the months and the counts per class
     * are counted again (one pass over the articles' dates and the class index, no join).
     */
    @Override
    public void refresh(DatasetGraph dsg, Collection<Node> touched) {
        Txn.executeWrite(dsg, () -> {
            Map<Rank, List<Node>> before = new TreeMap<>();
            for (Rank r : Rank.values()) {
                before.put(r, stored(dsg, r));
            }
            List<Node> counted = select(dsg, Queries.load(DIR + "counted.rq"), touched);
            update(dsg, "entity-counts-delete.ru", counted);
            update(dsg, "entity-counts.ru", counted);
            update(dsg, "month-counts-delete.ru", null);
            update(dsg, "month-counts.ru", null);
            update(dsg, "class-counts-delete.ru", null);
            update(dsg, "class-counts.ru", null);
            for (Rank r : Rank.values()) {
                // Articles rank by date, entities by their figures: only the counted ones' figures changed.
                write(dsg, r, reranked(dsg, r, before.get(r), r == Rank.LATEST ? touched : counted));
            }
        });
    }

    /** Whether a store holds a statistics graph (builds before it had none). */
    public boolean present(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.contains(graph(), graph(), Node.ANY, NG.Statistics.asNode()));
    }

    /** The three ranked lists: the query giving each in order, and the property numbering it. */
    private enum Rank {
        ACTORS("top-actors.rq", NG.actorRank.asNode()),
        COUNTRIES("top-countries.rq", NG.countryRank.asNode()),
        LATEST("latest-articles.rq", NG.latestRank.asNode());

        final String query;
        final Node property;

        Rank(String query, Node property) {
            this.query = query;
            this.property = property;
        }
    }

    /*
     * Only a touched resource changes its figures, so a resource not touched and not ranked before still ranks
     * after the last one ranked before. The list ranked from the touched and those ranked before is therefore
     * the whole list when the old list was not full (no outsider qualified), or when its last member was not
     * touched and the new list is full and ends with it or left it out (everything in the new list ranks
     * before it, and every outsider after it).
     */
    private List<Node> reranked(DatasetGraph dsg, Rank r, List<Node> before, Collection<Node> touched) {
        Set<Node> candidates = new LinkedHashSet<>(before);
        candidates.addAll(touched);
        List<Node> fromCandidates = ranked(dsg, r, candidates);
        if (before.size() < limit(r)) {
            return fromCandidates;
        }
        Node last = before.get(before.size() - 1);
        boolean whole = !touched.contains(last) && fromCandidates.size() == before.size()
                && (!fromCandidates.contains(last) || fromCandidates.get(fromCandidates.size() - 1).equals(last));
        return whole ? fromCandidates : ranked(dsg, r, null);
    }

    private static long limit(Rank r) {
        return Queries.load(DIR + r.query).getLimit();
    }

    // The ranked list of a rank query over some resources (null: over every one).
    private List<Node> ranked(DatasetGraph dsg, Rank r, Collection<Node> among) {
        return select(dsg, Queries.load(DIR + r.query), among);
    }

    // The ?e column of a query with its VALUES ?e block filled (null: left undefined).
    private List<Node> select(DatasetGraph dsg, Query query, Collection<Node> among) {
        bind(query.getQueryPattern(), among);
        List<Node> ranked = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).substitution("stats", graph()).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> ranked.add(b.get("e")));
        }
        return ranked;
    }

    // The list as the statistics graph numbers it.
    private List<Node> stored(DatasetGraph dsg, Rank r) {
        Map<Integer, Node> byRank = new TreeMap<>();
        dsg.find(graph(), Node.ANY, r.property, Node.ANY)
                .forEachRemaining(q -> byRank.put(Integer.parseInt(q.getObject().getLiteralLexicalForm()), q.getSubject()));
        return new ArrayList<>(byRank.values());
    }

    // Ranks are numbered here: SPARQL has no row numbers. The lists are short (LIMIT in the query).
    private void write(DatasetGraph dsg, Rank r, List<Node> ranked) {
        Node stats = graph();
        dsg.deleteAny(stats, Node.ANY, r.property, Node.ANY);
        for (int i = 0; i < ranked.size(); i++) {
            dsg.add(stats, ranked.get(i), r.property,
                    NodeFactory.createLiteralDT(Integer.toString(i + 1), XSDDatatype.XSDinteger));
        }
    }

    private void update(DatasetGraph dsg, String resource, Collection<Node> among) {
        UpdateRequest request = UpdateFactory.create(text(DIR + resource));
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateModify modify) {
                bind(modify.getWherePattern(), among);
            }
        }
        UpdateExec.dataset(dsg).update(request).substitution("stats", graph()).execute();
    }

    /*
     * Fills the "VALUES ?e { UNDEF }" blocks of a parsed query with the resources given (null leaves them
     * undefined: every resource). The rows go into the parsed syntax, never into the query's text.
     */
    private static void bind(Element pattern, Collection<Node> among) {
        if (among == null) {
            return;
        }
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                if (data.getVars().equals(List.of(ENTITY))) {
                    data.getRows().clear();
                    among.forEach(n -> data.add(BindingFactory.binding(ENTITY, n)));
                }
            }

            @Override
            public void visit(ElementSubQuery sub) {
                bind(sub.getQuery().getQueryPattern(), among);
            }
        });
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
