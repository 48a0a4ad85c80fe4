package org.newsgraph.web;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.vocab.NG;

/** Finds the human-readable name of a node for the pages: labels, names, headlines, anchors, else a short IRI. */
final class Labels {

    private static final int MAX = 120;
    private static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SchemaDO.name.asNode(), SchemaDO.headline.asNode(), DCTerms.title.asNode(), NG.NIF.anchorOf.asNode(), SchemaDO.text.asNode());

    private final Graph graph;
    private final PrefixMap prefixes;

    Labels(Graph graph, PrefixMap prefixes) {
        this.graph = graph;
        this.prefixes = prefixes;
    }

    Graph graph() {
        return graph;
    }

    /** The label of a node; literals are their own label. */
    String of(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (!n.isURI()) {
            return "(blank node)";
        }
        for (Node p : LABEL_PROPERTIES) {
            String best = null;
            try (Closing it = new Closing(graph.find(n, p, Node.ANY))) {
                while (it.triples.hasNext()) {
                    Node o = it.triples.next().getObject();
                    if (!o.isLiteral()) {
                        continue;
                    }
                    String lang = o.getLiteralLanguage();
                    // English or untagged wins; ties go to the smallest string so the page is stable.
                    if (lang.isEmpty() || lang.startsWith("en")) {
                        String s = o.getLiteralLexicalForm();
                        if (best == null || s.compareTo(best) < 0) {
                            best = s;
                        }
                    }
                }
            }
            if (best != null) {
                return shorten(best);
            }
        }
        return shortIri(n.getURI());
    }

    /** A prefixed name where a prefix fits, else the IRI. */
    String shortIri(String iri) {
        String abbreviated = prefixes.abbreviate(iri);
        return abbreviated != null ? abbreviated : iri;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX ? one : one.substring(0, MAX - 1) + "…";
    }

    /** Closes a graph iterator on every path. */
    private record Closing(ExtendedIterator<Triple> triples) implements AutoCloseable {
        @Override
        public void close() {
            triples.close();
        }
    }
}
