package org.newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.resolve.SameEvent;

/**
 * After a build, makes one event of the reports of the same event in several articles: same
 * type, dates that agree and participants that agree, as {@link SameEvent} decides.
 * The merged event keeps the smallest IRI of its reports, so rebuilding gives the same IRIs.
 */
public final class EventMerger {

    /** One dated event as one article reported it. */
    private record Report(String iri, String graph, String type, String date, Set<String> participants) { }

    /** Rewrites the store and returns the number of event IRIs merged into another. */
    public int merge(DatasetGraph dsg) {
        List<Report> reports = Txn.calculateRead(dsg, () -> read(dsg));
        Map<String, String> parent = new TreeMap<>();
        Map<String, List<Report>> blocks = new HashMap<>();
        for (Report r : reports) {
            parent.put(r.iri(), r.iri());
            for (String p : r.participants()) {
                blocks.computeIfAbsent(r.type() + "|" + r.date().substring(0, 4) + "|" + p, k -> new ArrayList<>())
                        .add(r);
            }
        }
        for (List<Report> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Report a = block.get(i);
                    Report b = block.get(j);
                    if (!a.iri().equals(b.iri()) && same(a, b)) {
                        union(parent, a.iri(), b.iri());
                    }
                }
            }
        }
        Map<String, Set<String>> graphsOf = new HashMap<>();
        reports.forEach(r -> graphsOf.computeIfAbsent(r.iri(), k -> new TreeSet<>()).add(r.graph()));
        int merged = 0;
        for (String iri : parent.keySet()) {
            String root = find(parent, iri);
            if (!root.equals(iri)) {
                merged++;
                String from = iri;
                Txn.executeWrite(dsg, () -> rename(dsg, graphsOf.get(from), from, root));
            }
        }
        return merged;
    }

    private static List<Report> read(DatasetGraph dsg) {
        Map<String, Report> byKey = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.create(Queries.load("sparql/events-for-merge.rq"),
                DatasetFactory.wrap(dsg))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String iri = s.getResource("event").getURI();
                String graph = s.getResource("g").getURI();
                Report r = byKey.computeIfAbsent(iri + " " + graph, k -> new Report(iri, graph,
                        s.getResource("type").getURI(), s.getLiteral("date").getLexicalForm(), new TreeSet<>()));
                r.participants().add(s.getResource("participant").getURI());
            }
        }
        return new ArrayList<>(byKey.values());
    }

    // Reports of one article were merged as it was read; only reports of different articles are compared.
    private static boolean same(Report a, Report b) {
        return !a.graph().equals(b.graph())
                && SameEvent.test(a.type(), a.date(), a.participants(), b.type(), b.date(), b.participants());
    }

    private static void rename(DatasetGraph dsg, Set<String> graphs, String from, String to) {
        Node old = NodeFactory.createURI(from);
        Node neu = NodeFactory.createURI(to);
        for (String g : graphs) {
            Node gn = NodeFactory.createURI(g);
            List<Quad> quads = new ArrayList<>();
            dsg.find(gn, old, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            dsg.find(gn, Node.ANY, Node.ANY, old).forEachRemaining(quads::add);
            for (Quad q : quads) {
                dsg.delete(q);
                dsg.add(gn, q.getSubject().equals(old) ? neu : q.getSubject(), q.getPredicate(),
                        q.getObject().equals(old) ? neu : q.getObject());
            }
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.get(x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    // The smaller IRI becomes the root, so the result does not depend on the order of comparison.
    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
