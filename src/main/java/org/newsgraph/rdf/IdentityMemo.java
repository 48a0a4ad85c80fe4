package org.newsgraph.rdf;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * A shared, immutable node-keyed map read through a memo by node instance, for one data graph only.
 * The graph's predicates and classes are a few node instances met again and again, and finding an
 * instance by identity is cheaper than hashing and comparing its IRI each time.
 */
final class IdentityMemo<V> {

    private final Map<Node, V> shared;
    private final V absent;
    private final Map<Node, V> seen = new IdentityHashMap<>();

    /** @param absent what {@link #get} returns for a node the shared map lacks; not null */
    IdentityMemo(Map<Node, V> shared, V absent) {
        this.shared = shared;
        this.absent = absent;
    }

    V get(Node key) {
        V value = seen.get(key);
        if (value == null) {
            value = shared.getOrDefault(key, absent);
            seen.put(key, value);
        }
        return value;
    }
}
