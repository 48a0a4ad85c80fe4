package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A yes/no SHACL conformance test compiled once from the shapes by {@link ShapeCompiler}. "Yes"
 * means Jena's validator would report no result; "no" means it would, or that this check cannot
 * tell, and the caller should ask Jena's validator.
 */
final class ConformanceCheck {

    private final Map<Node, List<CompiledShape>> shapesByTargetClass;
    private final Map<Node, Integer> predicateIds;

    /** @param predicateIds the ids the compiler gave the predicates of the property checks */
    ConformanceCheck(Map<Node, List<CompiledShape>> shapesByTargetClass, Map<Node, Integer> predicateIds) {
        this.shapesByTargetClass = Map.copyOf(shapesByTargetClass);
        this.predicateIds = Map.copyOf(predicateIds);
    }

    boolean conforms(Graph graph) {
        // Only GraphMem2 is known to match terms (not values) and to hold each triple once, which
        // the per-triple counting in CompiledShape relies on; any other graph goes to Jena.
        if (!(graph instanceof GraphMem2)) {
            return false;
        }
        try {
            DataGraph data = new DataGraph(graph, predicateIds, shapesByTargetClass);
            SubjectPass pass = new SubjectPass(data);
            graph.find().forEachRemaining(pass);
            pass.finishSubject();
            return pass.scattered ? everyFocusNodeConforms(data) : !pass.violated;
        } catch (RuntimeException e) {
            // Whatever Jena's validator makes of this graph (a report or the same exception) is the answer.
            return false;
        }
    }

    /**
     * Checks each subject on the triples the walk over the whole graph brings together for it: one
     * pass instead of a lookup per focus node. GraphMem2Fast lists each subject's triples together;
     * should a graph not, the pass notices a subject coming back and calls itself inconclusive.
     */
    private static final class SubjectPass implements Consumer<Triple> {

        private final DataGraph data;
        private final List<Triple> triples = new ArrayList<>();
        private final Set<Node> subjectsDone;
        private Node subject;
        /** A subject's triples did not all come together: the verdict must come from elsewhere. */
        private boolean scattered;
        private boolean violated;

        SubjectPass(DataGraph data) {
            this.data = data;
            // Room for a subject per two triples without growing; article graphs have fewer.
            this.subjectsDone = new HashSet<>(data.graph().size());
        }

        @Override
        public void accept(Triple t) {
            Node s = t.getSubject();
            // Same instance for a subject's triples in practice; a differing hash settles most changes.
            if (s != subject && (subject == null || s.hashCode() != subject.hashCode() || !s.equals(subject))) {
                finishSubject();
                subject = s;
            }
            triples.add(t);
        }

        void finishSubject() {
            if (subject == null) {
                return;
            }
            if (!subjectsDone.add(subject)) {
                scattered = true;
            } else if (!violated && !scattered) {
                violated = !conforms(data, subject, triples);
            }
            triples.clear();
        }
    }

    /** Focus nodes of sh:targetClass C are the subjects of rdf:type C' for every subclass C' of C. */
    private static boolean conforms(DataGraph data, Node focus, List<Triple> triplesOfFocus) {
        for (Triple t : triplesOfFocus) {
            if (DataGraph.TYPE.equals(t.getPredicate())) {
                for (Node type : data.classesOf(t.getObject())) {
                    for (CompiledShape shape : data.shapesTargeting(type)) {
                        if (!shape.conforms(data, focus, triplesOfFocus)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** The same verdict focus node by focus node, each one's triples looked up in the graph. */
    private static boolean everyFocusNodeConforms(DataGraph data) {
        ExtendedIterator<Triple> typings = data.graph().find(Node.ANY, DataGraph.TYPE, Node.ANY);
        try {
            while (typings.hasNext()) {
                Triple typing = typings.next();
                for (Node type : data.classesOf(typing.getObject())) {
                    for (CompiledShape shape : data.shapesTargeting(type)) {
                        if (!shape.conforms(data, typing.getSubject())) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } finally {
            typings.close();
        }
    }
}
