package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A node shape compiled for a yes/no answer: tests on the focus node itself, then one pass over the
 * focus node's outgoing triples that feeds every property check by predicate.
 */
final class CompiledShape {

    /** What a deactivated shape compiles to: every node conforms, as SHACL skips it. */
    static final CompiledShape DEACTIVATED = new CompiledShape(List.of(), List.of());

    private final ValueTest[] nodeTests;
    private final PropertyCheck[] properties;
    /** The property checks by predicate id; null where this shape has none. */
    private final PropertyCheck[][] byPredicateId;

    CompiledShape(List<ValueTest> nodeTests, List<PropertyCheck> properties) {
        this.nodeTests = nodeTests.toArray(ValueTest[]::new);
        this.properties = properties.toArray(PropertyCheck[]::new);
        int ids = properties.stream().mapToInt(PropertyCheck::predicateId).max().orElse(-1) + 1;
        List<List<PropertyCheck>> grouped = new ArrayList<>();
        for (int id = 0; id < ids; id++) {
            grouped.add(new ArrayList<>());
        }
        properties.forEach(p -> grouped.get(p.predicateId()).add(p));
        byPredicateId = grouped.stream()
                .map(g -> g.isEmpty() ? null : g.toArray(PropertyCheck[]::new)).toArray(PropertyCheck[][]::new);
    }

    /** Whether the node conforms, its triples looked up in the graph. */
    boolean conforms(DataGraph data, Node focus) {
        return conforms(data, focus, visit -> data.graph().find(focus, Node.ANY, Node.ANY).forEachRemaining(visit));
    }

    /** Whether the node conforms, given all its triples. */
    boolean conforms(DataGraph data, Node focus, List<Triple> triplesOfFocus) {
        return conforms(data, focus, triplesOfFocus::forEach);
    }

    private boolean conforms(DataGraph data, Node focus, Consumer<Visit> walkTriplesOfFocus) {
        for (ValueTest test : nodeTests) {
            if (!test.accepts(data, focus)) {
                return false;
            }
        }
        if (properties.length == 0) {
            return true;
        }
        Visit visit = new Visit(data);
        walkTriplesOfFocus.accept(visit);
        if (!visit.valid) {
            return false;
        }
        for (PropertyCheck p : properties) {
            if (!p.fits(data, focus, visit.counts[p.slot()])) {
                return false;
            }
        }
        return true;
    }

    /**
     * One pass over a focus node's triples, counting and testing the values of each property check.
     * Value nodes are counted triple by triple: a GraphMem2 holds each triple once under term
     * equality, so per predicate these are exactly the distinct objects SHACL counts.
     */
    private final class Visit implements Consumer<Triple> {

        private final DataGraph data;
        private final int[] counts = new int[properties.length];
        private boolean valid = true;

        Visit(DataGraph data) {
            this.data = data;
        }

        @Override
        public void accept(Triple t) {
            int id = valid ? data.predicateId(t.getPredicate()) : -1;
            PropertyCheck[] checks = id >= 0 && id < byPredicateId.length ? byPredicateId[id] : null;
            if (checks == null) {
                return;
            }
            for (PropertyCheck p : checks) {
                counts[p.slot()]++;
                if (!p.accepts(data, t.getObject())) {
                    valid = false;
                    return;
                }
            }
        }
    }
}
