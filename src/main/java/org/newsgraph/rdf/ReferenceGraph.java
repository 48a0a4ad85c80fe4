package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

/** The reference data as the dataset serves it: every reference IRI rebased by {@link Iris}, so its entities dereference on the server. */
public final class ReferenceGraph {

    private static final Node NAME = SchemaDO.name.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    private final Iris iris;

    public ReferenceGraph(Iris iris) {
        this.iris = iris;
    }

    /**
     * A copy of the reference model with its IRIs under the dataset's base, and an {@code rdfs:label}
     * (its schema:name) on every entity that has none: pages label entities by rdfs:label, and article
     * graphs no longer repeat one for each reference entity they name.
     */
    public Model rebase(Model reference) {
        Model m = ModelFactory.createDefaultModel();
        Graph g = m.getGraph();
        reference.getGraph().find().forEachRemaining(t -> g.add(Triple.create(
                rebase(t.getSubject()), t.getPredicate(), rebase(t.getObject()))));
        List<Triple> labels = new ArrayList<>();
        g.find(Node.ANY, NAME, Node.ANY).forEachRemaining(t -> {
            if (!g.contains(t.getSubject(), LABEL, Node.ANY)) {
                labels.add(Triple.create(t.getSubject(), LABEL, t.getObject()));
            }
        });
        labels.forEach(g::add);
        m.setNsPrefixes(reference.getNsPrefixMap());
        return m;
    }

    private Node rebase(Node n) {
        return n.isURI() && n.getURI().startsWith(Iris.REFERENCE_NS) ? NodeFactory.createURI(iris.rebase(n.getURI())) : n;
    }
}
