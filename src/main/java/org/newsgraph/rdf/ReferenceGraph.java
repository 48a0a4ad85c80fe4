package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/** The reference data as the dataset serves it: every reference IRI rebased by {@link Iris}, so its entities dereference on the server. */
public final class ReferenceGraph {

    private final Iris iris;

    public ReferenceGraph(Iris iris) {
        this.iris = iris;
    }

    /** A copy of the reference model with its IRIs under the dataset's base. */
    public Model rebase(Model reference) {
        Model m = ModelFactory.createDefaultModel();
        reference.getGraph().find().forEachRemaining(t -> m.getGraph().add(Triple.create(
                rebase(t.getSubject()), t.getPredicate(), rebase(t.getObject()))));
        m.setNsPrefixes(reference.getNsPrefixMap());
        return m;
    }

    private Node rebase(Node n) {
        return n.isURI() && n.getURI().startsWith(Iris.REFERENCE_NS) ? NodeFactory.createURI(iris.rebase(n.getURI())) : n;
    }
}
