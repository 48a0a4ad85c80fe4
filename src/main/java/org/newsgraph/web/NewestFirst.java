package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.store.Queries;

/**
 * Finds one page of the items that point at an entity (its articles, claims, events), newest first, for
 * the resource pages: by walking the store's dates from the newest and probing each item dated so, so that
 * a page of an entity with many matches costs about a page's worth of probes, not a sort of every match.
 * Entities with few matches are left to the page query's own sort, which is then the cheaper way.
 */
final class NewestFirst {

    /**
     * When to walk rather than sort: from {@code walkFrom} matches (the statistics graph's count), and while
     * the probes a page is expected to take stay within {@code probesPerMatch} per match a sort would read;
     * {@code waitForDates}: read the dates before the server starts rather than while it answers.
     */
    record Policy(long walkFrom, double probesPerMatch, boolean waitForDates) {
        /** Measured on 10,000 generated articles: a probe costs about what a sorted match does. */
        static final Policy DEFAULT = new Policy(200, 2, false);
        /** Walks whenever it can (tests compare it with {@link #NEVER}). */
        static final Policy ALWAYS = new Policy(1, Double.MAX_VALUE, true);
        static final Policy NEVER = new Policy(Long.MAX_VALUE, 0, true);
    }

    /**
     * How a panel's items are found: the property that dates them, the property by which they point at the
     * entity, and their class (null: any), as the panel's query reads them.
     */
    record Walk(Node date, Node relation, Node type) { }

    /** One item of a page and the date it was found under. */
    record Hit(Node item, Node date) { }

    /** The dates of one property, newest first, and how many items they date in all. */
    private record Dates(List<Node> newestFirst, long items) { }

    private final DatasetGraph dsg;
    private final Policy policy;
    private final Map<Node, CompletableFuture<Dates>> dates = new LinkedHashMap<>();

    /**
     * Starts reading the dates of each walk's property in the background: the server answers at once, and
     * pages sort until the dates are read (a whole-store pass, seconds at 100,000 articles).
     */
    NewestFirst(DatasetGraph dsg, Policy policy, List<Walk> walks) {
        this.dsg = dsg;
        this.policy = policy;
        Query query = Queries.load("sparql/page/dates.rq");
        for (Walk w : walks) {
            dates.computeIfAbsent(w.date(), p -> policy.waitForDates() ? CompletableFuture.completedFuture(read(query, p))
                    : CompletableFuture.supplyAsync(() -> read(query, p)));
        }
    }

    private Dates read(Query query, Node predicate) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            long items = 0;
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).substitution("datePredicate", predicate).build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    out.add(b.get("date"));
                    items += Long.parseLong(b.get("items").getLiteralLexicalForm());
                }
            }
            return new Dates(List.copyOf(out), items);
        });
    }

    /** Whether the dates of every walk are read (or failed to be, which leaves those pages to their sort). */
    boolean ready() {
        return dates.values().stream().allMatch(CompletableFuture::isDone);
    }

    /**
     * The items {@code offset} to {@code offset + limit} (exclusive) pointing at {@code entity}, which
     * {@code matches} items do, in the order of the page queries (date descending, then IRI); empty when
     * sorting is the cheaper way, when the dates are not read yet, or when the page reaches the undated
     * items, which come last and which only the query finds.
     */
    Optional<List<Hit>> page(Walk walk, Node entity, Long matches, long offset, long limit, Deadline deadline) {
        CompletableFuture<Dates> future = dates.get(walk.date());
        Dates d = future == null || !future.isDone() || future.isCompletedExceptionally() ? null : future.join();
        if (d == null || matches == null || matches < policy.walkFrom() || matches == 0) {
            return Optional.empty();
        }
        long need = offset + limit;
        if (need > matches) {
            return Optional.empty();
        }
        double probes = (double) need * d.items() / matches;
        if (probes > policy.probesPerMatch() * matches) {
            return Optional.empty();
        }
        Graph union = dsg.getUnionGraph();
        Node type = RDF.type.asNode();
        Set<Node> seen = new HashSet<>();
        List<Hit> hits = new ArrayList<>();
        for (Node date : d.newestFirst()) {
            List<Node> items = new ArrayList<>();
            var it = union.find(Node.ANY, walk.date(), date);
            try {
                it.forEachRemaining(t -> {
                    if (t.getSubject().isURI()) {
                        items.add(t.getSubject());
                    }
                });
            } finally {
                it.close();
            }
            // Within a date the page queries order by IRI; an item dated twice counts under its newest date.
            items.sort(Comparator.comparing(Node::getURI));
            for (Node item : items) {
                if (seen.add(item) && union.contains(item, walk.relation(), entity)
                        && (walk.type() == null || union.contains(item, type, walk.type()))) {
                    hits.add(new Hit(item, date));
                    if (hits.size() == need) {
                        return Optional.of(List.copyOf(hits.subList((int) Math.min(offset, need), hits.size())));
                    }
                }
            }
            deadline.check(entity.getURI());
        }
        return Optional.empty();
    }
}
