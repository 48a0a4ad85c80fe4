package org.newsgraph.store;

import java.util.Collection;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.EntityDescriptions;
import org.newsgraph.rdf.Iris;

/**
 * Keeps a store's entities graph: the one description of every entity the article graphs name, derived
 * from them by {@link EntityDescriptions} after a build loads them, and re-derived for the entities of
 * the articles an incremental update adds or removes. Each method runs inside the caller's write
 * transaction when one is active, so that an update and its re-derivation commit together (or neither
 * does), else in a write transaction of its own.
 */
public final class EntityGraph implements CorpusBuilder.DerivedGraph {

    private final Node graph;
    private final Node referenceGraph;

    public EntityGraph(Iris iris) {
        this.graph = iris.entitiesGraph().asNode();
        this.referenceGraph = iris.referenceGraph().asNode();
    }

    /** The name of the entities graph. */
    public Node name() {
        return graph;
    }

    /**
     * Derives the whole entities graph anew from the article graphs; returns the number of entities
     * described. One pass over the per-article naming triples; memory in proportion to the entities.
     */
    @Override
    public int rebuild(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            EntityDescriptions descriptions = new EntityDescriptions(dsg.getGraph(referenceGraph));
            // describeAll reads every index entry before it gives the first triple, so writing as they come
            // never changes an index under an open iterator.
            return descriptions.describeAll(dsg, t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /**
     * Re-derives the descriptions of some entities only (those named by articles just added or removed:
     * {@link #namedIn}), at a cost in proportion to them and the articles naming them, not to the corpus.
     */
    @Override
    public void refresh(DatasetGraph dsg, Collection<Node> entities) {
        Txn.executeWrite(dsg, () -> {
            EntityDescriptions descriptions = new EntityDescriptions(dsg.getGraph(referenceGraph));
            for (Node e : entities) {
                dsg.deleteAny(graph, e, Node.ANY, Node.ANY);
                descriptions.describe(dsg, e).forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /** The entities whose descriptions an article graph of the store contributes to; read it before removing the graph. */
    public static Set<Node> namedIn(DatasetGraph dsg, Node articleGraph) {
        return Txn.calculateRead(dsg, () -> EntityDescriptions.namedIn(dsg.getGraph(articleGraph)));
    }
}
