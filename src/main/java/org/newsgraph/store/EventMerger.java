package org.newsgraph.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.resolve.SameEvent;
import org.newsgraph.vocab.NG;

/**
 * Corpus-level step of a build: makes one event of the reports of the same event in several articles: same
 * type, dates that agree and participants that agree, as {@link SameEvent} decides.
 * The merged event keeps the smallest IRI of its reports, so rebuilding gives the same IRIs. The merge is a
 * plan (per article graph, which event IRIs become which) computed from the reports of the articles as
 * converted, so an update can compute the plans before and after it and rewrite only the graphs whose plan
 * changed; a build keeps the reports in a table of its own for the next update.
 */
public final class EventMerger {

    /** The build folder's table of every article's event reports as converted, before any merge. */
    public static final String TABLE = "events.tsv";

    /** One dated event as one article reported it; serializable, so a cluster job's workers can send it. */
    public record Report(String graph, String iri, String type, String date, SortedSet<String> participants)
            implements java.io.Serializable { }

    /** The dated events with participants one article graph reports, as converted (before any merge). */
    public static List<Report> reports(String graph, Graph g) {
        List<Report> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), SchemaDO.Event.asNode()).forEachRemaining(t -> {
            Node e = t.getSubject();
            if (!e.isURI()) {
                return;
            }
            // The least of several types or dates, so that a report does not depend on the store's order.
            String type = least(g, e, NG.eventType.asNode(), true);
            String date = least(g, e, SchemaDO.startDate.asNode(), false);
            SortedSet<String> participants = new TreeSet<>();
            g.find(e, NG.participant.asNode(), Node.ANY).forEachRemaining(p -> {
                if (p.getObject().isURI()) {
                    participants.add(p.getObject().getURI());
                }
            });
            if (type != null && date != null && date.length() >= 4 && !participants.isEmpty()) {
                out.add(new Report(graph, e.getURI(), type, date, participants));
            }
        });
        return out;
    }

    private static String least(Graph g, Node s, Node p, boolean iri) {
        String best = null;
        for (Triple t : g.find(s, p, Node.ANY).toList()) {
            Node o = t.getObject();
            String v = iri ? (o.isURI() ? o.getURI() : null) : (o.isLiteral() ? o.getLiteralLexicalForm() : null);
            if (v != null && (best == null || v.compareTo(best) < 0)) {
                best = v;
            }
        }
        return best;
    }

    /**
     * Which event IRIs each article graph must rename so that the reports of one event share one IRI: per
     * graph IRI, the map from an IRI as converted to the merged one. Graphs with nothing to rename are absent.
     */
    public static Map<String, Map<String, String>> plan(Collection<Report> reports) {
        Map<String, String> parent = new HashMap<>();
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
        Map<String, Map<String, String>> plan = new TreeMap<>();
        for (Report r : reports) {
            String root = find(parent, r.iri());
            if (!root.equals(r.iri())) {
                plan.computeIfAbsent(r.graph(), k -> new TreeMap<>()).put(r.iri(), root);
            }
        }
        return plan;
    }

    /** A copy of {@code g} with the IRIs of {@code renames} replaced, as subjects and as objects. */
    public static Graph renamed(Graph g, Map<String, String> renames) {
        Graph out = GraphFactory.createDefaultGraph();
        Map<Node, Node> nodes = new HashMap<>();
        renames.forEach((from, to) -> nodes.put(NodeFactory.createURI(from), NodeFactory.createURI(to)));
        g.find().forEachRemaining(t -> out.add(Triple.create(nodes.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(), nodes.getOrDefault(t.getObject(), t.getObject()))));
        return out;
    }

    /**
     * Renames the IRIs of {@code renames}, as subjects and as objects, inside one stored graph that holds them
     * as converted: the same graph as {@link #renamed}, but only the triples naming them are rewritten. Whole
     * graphs rewritten took 811 of a 10,000-article build's 3,044 s, for a few triples per merged event.
     */
    public static void renameInPlace(DatasetGraph dsg, Node graph, Map<String, String> renames) {
        Map<Node, Node> nodes = new HashMap<>();
        renames.forEach((from, to) -> nodes.put(NodeFactory.createURI(from), NodeFactory.createURI(to)));
        List<Quad> naming = new ArrayList<>();
        for (Node from : nodes.keySet()) {
            dsg.find(graph, from, Node.ANY, Node.ANY).forEachRemaining(naming::add);
            dsg.find(graph, Node.ANY, Node.ANY, from).forEachRemaining(naming::add);
        }
        naming.forEach(dsg::delete);
        for (Quad q : naming) {
            dsg.add(graph, nodes.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
                    nodes.getOrDefault(q.getObject(), q.getObject()));
        }
    }

    /**
     * Merges the events of a store whose article graphs are as converted, in place, and returns the number of
     * event IRIs merged into another. Builds apply the plan graph by graph instead; this serves a store loaded
     * whole.
     */
    public int merge(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> {
            List<Report> reports = new ArrayList<>();
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            for (Node g : graphs) {
                if (g.isURI()) {
                    reports.addAll(reports(g.getURI(), dsg.getGraph(g)));
                }
            }
            Map<String, Map<String, String>> plan = plan(reports);
            int merged = 0;
            for (Map.Entry<String, Map<String, String>> e : plan.entrySet()) {
                renameInPlace(dsg, NodeFactory.createURI(e.getKey()), e.getValue());
                merged += e.getValue().size();
            }
            return merged;
        });
    }

    // Reports of one article were merged as it was read; only reports of different articles are compared.
    private static boolean same(Report a, Report b) {
        return !a.graph().equals(b.graph())
                && SameEvent.test(a.type(), a.date(), a.participants(), b.type(), b.date(), b.participants());
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // Path compression, iteratively: a long chain of reports must not overflow the stack.
        for (String y = x; !y.equals(root); ) {
            String next = parent.get(y);
            parent.put(y, root);
            y = next;
        }
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

    /** Writes the reports as a table, one line each: graph, event, type, date and participants, tab-separated. */
    static void save(Collection<Report> reports, Path file) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort((a, b) -> a.graph().equals(b.graph()) ? a.iri().compareTo(b.iri()) : a.graph().compareTo(b.graph()));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Report r : sorted) {
                StringBuilder line = new StringBuilder();
                line.append(field(r.graph())).append('\t').append(field(r.iri())).append('\t').append(field(r.type()))
                        .append('\t').append(field(r.date()));
                for (String p : r.participants()) {
                    line.append('\t').append(field(p));
                }
                w.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new NewsgraphException(file.toString(), -1, "cannot write the event reports: " + e.getMessage(), e);
        }
    }

    /** The reports of a table {@link #save} wrote. */
    static List<Report> load(Path file) {
        List<Report> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 5) {
                    throw new NewsgraphException(file.toString(), -1, "not a line of event reports: " + line, null);
                }
                SortedSet<String> participants = new TreeSet<>(List.of(f).subList(4, f.length));
                out.add(new Report(f[0], f[1], f[2], f[3], participants));
            }
        } catch (IOException e) {
            throw new NewsgraphException(file.toString(), -1, "cannot read the event reports: " + e.getMessage(), e);
        }
        return out;
    }

    // IRIs and dates hold no tabs or line breaks; one that did would shift the columns of the table.
    private static String field(String s) {
        if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw new NewsgraphException(null, -1, "cannot record the event report term \"" + s
                    + "\": it holds a tab or line break", null);
        }
        return s;
    }
}
