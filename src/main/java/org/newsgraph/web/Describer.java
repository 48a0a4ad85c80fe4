package org.newsgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What the server says about one IRI in machine formats: its outgoing and incoming triples over
 * all graphs (a symmetric concise bounded description), or the whole graph when the IRI names one.
 */
final class Describer {

    /** Incoming links are capped: a country may be the object of every mention in the corpus. */
    static final int MAX_INCOMING = 10_000;

    private Describer() {
    }

    /** The description; empty when nothing in the store uses the IRI. Call inside a read transaction. */
    static Graph describe(DatasetGraph dsg, Node iri) {
        Graph out = GraphFactory.createDefaultGraph();
        if (dsg.containsGraph(iri)) {
            dsg.getGraph(iri).find().forEach(out::add);
        }
        Graph union = dsg.getUnionGraph();
        union.find(iri, Node.ANY, Node.ANY).forEach(out::add);
        var incoming = union.find(Node.ANY, Node.ANY, iri);
        try {
            for (int n = 0; n < MAX_INCOMING && incoming.hasNext(); n++) {
                out.add(incoming.next());
            }
        } finally {
            incoming.close();
        }
        return out;
    }
}
