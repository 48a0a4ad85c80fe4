package org.newsgraph.rdf;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * One data graph under a {@link ConformanceCheck}, with SHACL's notion of class membership: rdf:type
 * followed by rdfs:subClassOf* in the data graph itself. Lives for one check of one graph.
 */
final class DataGraph {

    static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();

    private final Graph graph;
    /** Whether the graph states any rdfs:subClassOf; without one, membership is a single lookup. */
    private final boolean subclassing;
    private final IdentityMemo<Integer> predicateIds;
    private final IdentityMemo<List<CompiledShape>> shapesByClass;
    /** The last membership found: most sh:class checks of a graph ask about one node, its article. */
    private Node lastMember;
    private Node lastClass;

    DataGraph(Graph graph, Map<Node, Integer> predicateIds, Map<Node, List<CompiledShape>> shapesByClass) {
        this.graph = graph;
        this.subclassing = graph.contains(Node.ANY, SUBCLASS_OF, Node.ANY);
        this.predicateIds = new IdentityMemo<>(predicateIds, -1);
        this.shapesByClass = new IdentityMemo<>(shapesByClass, List.of());
    }

    Graph graph() {
        return graph;
    }

    /** The id the compiler gave this predicate, or -1 when no property check uses it. */
    int predicateId(Node predicate) {
        return predicateIds.get(predicate);
    }

    /** The shapes that target this class by sh:targetClass. */
    List<CompiledShape> shapesTargeting(Node type) {
        return shapesByClass.get(type);
    }

    /** Whether the node has the class or one of its subclasses as an rdf:type. */
    boolean isInstance(Node node, Node type) {
        if (node == lastMember && type == lastClass) {
            return true;
        }
        if (!isInstanceInGraph(node, type)) {
            return false;
        }
        lastMember = node;
        lastClass = type;
        return true;
    }

    private boolean isInstanceInGraph(Node node, Node type) {
        if (!subclassing) {
            return graph.contains(node, TYPE, type);
        }
        ExtendedIterator<Triple> types = graph.find(node, TYPE, Node.ANY);
        try {
            while (types.hasNext()) {
                if (superClasses(types.next().getObject()).contains(type)) {
                    return true;
                }
            }
            return false;
        } finally {
            types.close();
        }
    }

    /** The class itself and, when the graph has subclassing, all classes it is an rdfs:subClassOf, transitively. */
    Collection<Node> classesOf(Node type) {
        return subclassing ? superClasses(type) : List.of(type);
    }

    private Set<Node> superClasses(Node type) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        seen.add(type);
        todo.push(type);
        while (!todo.isEmpty()) {
            ExtendedIterator<Triple> up = graph.find(todo.pop(), SUBCLASS_OF, Node.ANY);
            try {
                while (up.hasNext()) {
                    Node parent = up.next().getObject();
                    if (seen.add(parent)) {
                        todo.push(parent);
                    }
                }
            } finally {
                up.close();
            }
        }
        return seen;
    }
}
