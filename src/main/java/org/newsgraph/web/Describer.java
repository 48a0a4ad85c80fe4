package org.newsgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

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
    static Graph describe(DatasetGraph dsg, Node iri, Deadline deadline) {
        Graph out = GraphFactory.createDefaultGraph();
        if (dsg.containsGraph(iri)) {
            copy(dsg.getGraph(iri).find(), out, Long.MAX_VALUE, deadline, iri);
        }
        Graph union = dsg.getUnionGraph();
        copy(union.find(iri, Node.ANY, Node.ANY), out, Long.MAX_VALUE, deadline, iri);
        copy(union.find(Node.ANY, Node.ANY, iri), out, MAX_INCOMING, deadline, iri);
        return out;
    }

    private static void copy(ExtendedIterator<Triple> it, Graph out, long max, Deadline deadline, Node iri) {
        try {
            for (long n = 0; n < max && it.hasNext(); n++) {
                out.add(it.next());
                if ((n & 1023) == 1023) {
                    deadline.check(iri.getURI());
                }
            }
        } finally {
            it.close();
        }
    }
}
