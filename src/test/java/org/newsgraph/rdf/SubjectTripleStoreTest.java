package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.mem2.GraphMem2Fast;
import org.junit.jupiter.api.Test;

/** The subject-grouped store answers every kind of search, add, remove and copy as GraphMem2Fast does. */
class SubjectTripleStoreTest {

    private static final Node[] SUBJECTS = nodes("s", 40);
    private static final Node[] PREDICATES = nodes("p", 6);
    private static final Node[] OBJECTS = objects();

    @Test
    void answersAsGraphMem2FastDoes() {
        Random random = new Random(3);
        for (int round = 0; round < 8; round++) {
            Graph expected = new GraphMem2Fast();
            Graph actual = SubjectTripleStore.newGraph();
            // Skewed subjects give bunches past the scan limit as well as small ones.
            for (int i = random.nextInt(2000); i > 0; i--) {
                Triple t = random(random, true);
                if (random.nextInt(10) == 0) {
                    expected.delete(t);
                    actual.delete(t);
                } else {
                    expected.add(t);
                    actual.add(t);
                }
            }
            assertSame(expected, actual, random);
            GraphMem2 copy = ((GraphMem2) actual).copy();
            assertSame(expected, copy, random);
        }
    }

    @Test
    void keepsSubjectsAndTheirTriplesInTheOrderAdded() {
        Graph g = SubjectTripleStore.newGraph();
        Triple a = Triple.create(SUBJECTS[1], PREDICATES[0], OBJECTS[0]);
        Triple b = Triple.create(SUBJECTS[0], PREDICATES[0], OBJECTS[1]);
        Triple c = Triple.create(SUBJECTS[1], PREDICATES[1], OBJECTS[2]);
        g.add(a);
        g.add(b);
        g.add(c);
        g.add(a);
        assertEquals(List.of(a, c, b), g.find().toList());
    }

    @Test
    void failsWhenChangedDuringIteration() {
        Graph g = SubjectTripleStore.newGraph();
        g.add(Triple.create(SUBJECTS[0], PREDICATES[0], OBJECTS[0]));
        g.add(Triple.create(SUBJECTS[0], PREDICATES[0], OBJECTS[1]));
        Iterator<Triple> it = g.find(Node.ANY, PREDICATES[0], Node.ANY);
        it.next();
        g.add(Triple.create(SUBJECTS[1], PREDICATES[0], OBJECTS[0]));
        assertThrows(ConcurrentModificationException.class, it::hasNext);
    }

    @Test
    void predicateIndexFollowsChanges() {
        Graph g = SubjectTripleStore.newGraph();
        g.add(Triple.create(SUBJECTS[0], PREDICATES[0], OBJECTS[0]));
        assertEquals(1, g.find(Node.ANY, PREDICATES[0], OBJECTS[0]).toList().size());
        g.add(Triple.create(SUBJECTS[1], PREDICATES[0], OBJECTS[0]));
        assertEquals(2, g.find(Node.ANY, PREDICATES[0], OBJECTS[0]).toList().size());
        g.delete(Triple.create(SUBJECTS[0], PREDICATES[0], OBJECTS[0]));
        assertEquals(1, g.find(Node.ANY, PREDICATES[0], Node.ANY).toList().size());
        g.clear();
        assertTrue(g.isEmpty());
        assertFalse(g.contains(Node.ANY, PREDICATES[0], Node.ANY));
    }

    private static void assertSame(Graph expected, Graph actual, Random random) {
        assertEquals(expected.size(), actual.size());
        assertEquals(set(expected.find()), set(actual.find()));
        assertEquals(expected.stream().collect(Collectors.toSet()), actual.stream().collect(Collectors.toSet()));
        for (int i = 0; i < 200; i++) {
            Triple m = random(random, false);
            String why = "pattern " + m;
            List<Triple> found = actual.find(m).toList();
            assertEquals(set(expected.find(m)), new HashSet<>(found), why);
            assertEquals(found.size(), new HashSet<>(found).size(), why);
            assertEquals(expected.contains(m), actual.contains(m), why);
            assertEquals(expected.stream(m.getSubject(), m.getPredicate(), m.getObject()).collect(Collectors.toSet()),
                    actual.stream(m.getSubject(), m.getPredicate(), m.getObject()).collect(Collectors.toSet()), why);
        }
    }

    // A triple, or with random wildcards a search pattern; subjects skewed so a few have many triples.
    private static Triple random(Random random, boolean concrete) {
        int s = Math.min(random.nextInt(SUBJECTS.length), random.nextInt(SUBJECTS.length));
        return Triple.create(
                concrete || random.nextBoolean() ? SUBJECTS[s] : Node.ANY,
                concrete || random.nextBoolean() ? PREDICATES[random.nextInt(PREDICATES.length)] : Node.ANY,
                concrete || random.nextBoolean() ? OBJECTS[random.nextInt(OBJECTS.length)] : Node.ANY);
    }

    private static Set<Triple> set(Iterator<Triple> it) {
        Set<Triple> out = new HashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static Node[] nodes(String prefix, int n) {
        Node[] out = new Node[n];
        for (int i = 0; i < n; i++) {
            // A new string each time: equal nodes need not be the same object.
            out[i] = NodeFactory.createURI(new String("http://example.org/" + prefix + i));
        }
        return out;
    }

    private static Node[] objects() {
        List<Node> out = new ArrayList<>(List.of(nodes("o", 20)));
        out.addAll(List.of(SUBJECTS).subList(0, 5));
        for (int i = 0; i < 10; i++) {
            out.add(NodeFactory.createLiteralString("text " + i));
            out.add(NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger));
        }
        out.add(NodeFactory.createLiteralDT("01", XSDDatatype.XSDnonNegativeInteger));
        out.add(NodeFactory.createLiteralLang("text 1", "en"));
        out.add(NodeFactory.createBlankNode("b"));
        return out.toArray(Node[]::new);
    }
}
