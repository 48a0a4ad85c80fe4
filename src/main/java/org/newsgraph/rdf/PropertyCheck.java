package org.newsgraph.rdf;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A compiled property shape with a single-predicate path: its cardinality, the values it must
 * include (sh:hasValue) and the tests every value must pass. Arrays, not lists: it runs per triple.
 */
final class PropertyCheck {

    private final int slot;
    private final Node predicate;
    private final int predicateId;
    private final int minCount;
    private final int maxCount;
    private final Node[] requiredValues;
    private final ValueTest[] tests;

    /**
     * @param slot        its index among the property checks of its shape, where its values are counted
     * @param predicateId the compiler's id of the predicate, the same for every check on it
     * @param maxCount    -1 when unbounded
     */
    PropertyCheck(int slot, Node predicate, int predicateId, int minCount, int maxCount, List<Node> requiredValues,
                  List<ValueTest> tests) {
        this.slot = slot;
        this.predicate = predicate;
        this.predicateId = predicateId;
        this.minCount = minCount;
        this.maxCount = maxCount;
        this.requiredValues = requiredValues.toArray(Node[]::new);
        this.tests = tests.toArray(ValueTest[]::new);
    }

    int slot() {
        return slot;
    }

    int predicateId() {
        return predicateId;
    }

    boolean accepts(DataGraph data, Node value) {
        for (ValueTest test : tests) {
            if (!test.accepts(data, value)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the focus node's count of values, and the values themselves (sh:hasValue), fit. */
    boolean fits(DataGraph data, Node focus, int count) {
        if (count < minCount || maxCount >= 0 && count > maxCount) {
            return false;
        }
        for (Node required : requiredValues) {
            if (!data.graph().contains(focus, predicate, required)) {
                return false;
            }
        }
        return true;
    }
}
