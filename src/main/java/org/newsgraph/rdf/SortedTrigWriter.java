package org.newsgraph.rdf;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes quads as TriG in one canonical order (subjects, then rdf:type, then predicates and objects
 * sorted by their N-Triples form; prefixes sorted): the same triples always give the same bytes.
 */
public final class SortedTrigWriter {

    /** A triple with its sort keys. */
    private record Keyed(Triple triple, String subject, boolean notType, String predicate, String object) { }

    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::subject)
            .thenComparing(Keyed::notType)
            .thenComparing(Keyed::predicate)
            .thenComparing(Keyed::object);

    private final PrefixMap prefixes;

    public SortedTrigWriter(PrefixMap prefixes) {
        this.prefixes = prefixes;
    }

    /** Writes the prefix block. */
    public void writePrefixes(PrintWriter out) {
        new TreeMap<>(prefixes.getMapping()).forEach((prefix, uri) ->
                out.append("PREFIX ").append(prefix).append(": <").append(uri).append(">\n"));
    }

    /** Writes one named graph (or the default graph when {@code graph} is null) as a TriG block. */
    public void writeGraph(PrintWriter out, Node graph, Iterator<Triple> triples) {
        startGraph(out, graph);
        writeTriples(out, graph, triples);
        endGraph(out, graph);
    }

    /** Opens the block of a graph whose triples follow in one or more {@link #writeTriples} calls. */
    public void startGraph(PrintWriter out, Node graph) {
        out.append('\n');
        if (isNamed(graph)) {
            out.append(term(graph)).append(" {\n");
        }
    }

    /**
     * Writes triples inside an open graph block, in canonical order. A graph too big to sort whole
     * may come in several calls, each with whole subjects, called in the {@link #key} order of subjects.
     */
    public void writeTriples(PrintWriter out, Node graph, Iterator<Triple> triples) {
        // Keys are computed once per triple, not once per comparison: the N-Triples form is not free.
        List<Keyed> keyed = new ArrayList<>();
        triples.forEachRemaining(t -> keyed.add(new Keyed(t, key(t.getSubject()),
                !t.getPredicate().equals(RDF.type.asNode()), key(t.getPredicate()), key(t.getObject()))));
        keyed.sort(ORDER);
        List<Triple> sorted = keyed.stream().map(Keyed::triple).toList();
        String indent = isNamed(graph) ? "    " : "";
        Node subject = null;
        Node predicate = null;
        for (Triple t : sorted) {
            if (!t.getSubject().equals(subject)) {
                if (subject != null) {
                    out.append(" .\n");
                }
                subject = t.getSubject();
                predicate = t.getPredicate();
                out.append(indent).append(term(subject)).append(' ').append(predicateTerm(predicate))
                        .append(' ').append(term(t.getObject()));
            } else if (!t.getPredicate().equals(predicate)) {
                predicate = t.getPredicate();
                out.append(" ;\n").append(indent).append("    ").append(predicateTerm(predicate)).append(' ')
                        .append(term(t.getObject()));
            } else {
                out.append(" ,\n").append(indent).append("        ").append(term(t.getObject()));
            }
        }
        if (subject != null) {
            out.append(" .\n");
        }
    }

    /** Closes the block opened by {@link #startGraph}. */
    public void endGraph(PrintWriter out, Node graph) {
        if (isNamed(graph)) {
            out.append("}\n");
        }
    }

    /** Convenience: prefixes then each graph, graphs in the given order. */
    public void write(Writer w, List<Pair<Node, Iterator<Triple>>> graphs) {
        PrintWriter out = new PrintWriter(w);
        writePrefixes(out);
        for (Pair<Node, Iterator<Triple>> g : graphs) {
            writeGraph(out, g.getLeft(), g.getRight());
        }
        out.flush();
    }

    private String predicateTerm(Node p) {
        return p.equals(RDF.type.asNode()) ? "a" : term(p);
    }

    private String term(Node n) {
        return NodeFmtLib.str(n, prefixes);
    }

    private static boolean isNamed(Node graph) {
        return graph != null && !Quad.isDefaultGraph(graph);
    }

    /** The sort key of a node in the canonical order: its N-Triples form. */
    public static String key(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
