package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.mem2.store.TripleStore;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * The triples of one article graph, grouped by subject in the order they were added. One index
 * instead of GraphMem2Fast's three makes it several times cheaper to fill; validation searches by
 * subject, which is that index, and by predicate and object ({@code ?s rdf:type C}), answered from an
 * index of that predicate built when first asked. Searches with neither subject nor predicate scan.
 */
final class SubjectTripleStore implements TripleStore {

    // Sized for the subjects of a long article (a few hundred), so filling it seldom rehashes.
    private final Map<Node, Bunch> bySubject = new HashMap<>(256);
    private final List<Bunch> subjects = new ArrayList<>();
    // Readers may share a finished graph, so the lazily built part is a concurrent map.
    private final Map<Node, PredicateIndex> byPredicate = new ConcurrentHashMap<>();
    private int size;
    private int changes;

    /** A new graph over this store. */
    static GraphMem2 newGraph() {
        // GraphMem2's store constructor is protected: an empty subclass reaches it.
        return new GraphMem2(new SubjectTripleStore()) { };
    }

    @Override
    public void add(Triple triple) {
        Bunch bunch = bySubject.get(triple.getSubject());
        if (bunch == null) {
            bunch = new Bunch();
            bySubject.put(triple.getSubject(), bunch);
            subjects.add(bunch);
        }
        if (bunch.add(triple)) {
            size++;
            changed();
        }
    }

    @Override
    public void remove(Triple triple) {
        Bunch bunch = bySubject.get(triple.getSubject());
        if (bunch != null && bunch.remove(triple)) {
            size--;
            changed();
        }
    }

    @Override
    public void clear() {
        bySubject.clear();
        subjects.clear();
        size = 0;
        changed();
    }

    private void changed() {
        changes++;
        if (!byPredicate.isEmpty()) {
            byPredicate.clear();
        }
    }

    @Override
    public int countTriples() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Triple match) {
        if (match.isConcrete()) {
            Bunch bunch = bySubject.get(match.getSubject());
            return bunch != null && bunch.contains(match);
        }
        return find(match).hasNext();
    }

    @Override
    public Stream<Triple> stream() {
        return stream(Triple.ANY);
    }

    @Override
    public Stream<Triple> stream(Triple match) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(find(match),
                Spliterator.DISTINCT | Spliterator.NONNULL), false);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple match) {
        Node s = match.getSubject();
        Node p = match.getPredicate().isConcrete() ? match.getPredicate() : null;
        Node o = match.getObject().isConcrete() ? match.getObject() : null;
        if (s.isConcrete()) {
            Bunch bunch = bySubject.get(s);
            return bunch == null ? NiceIterator.emptyIterator() : new Matches(List.of(bunch), p, o);
        }
        if (p != null) {
            PredicateIndex index = byPredicate.computeIfAbsent(p, this::index);
            Bunch bunch = o == null ? index.all() : index.byObject().get(o);
            return bunch == null ? NiceIterator.emptyIterator() : new Matches(List.of(bunch), null, null);
        }
        return new Matches(subjects, null, o);
    }

    private PredicateIndex index(Node predicate) {
        PredicateIndex index = new PredicateIndex(new Bunch(), new HashMap<>());
        for (Bunch bunch : subjects) {
            for (int i = 0; i < bunch.size; i++) {
                Triple t = bunch.triples[i];
                if (predicate.equals(t.getPredicate())) {
                    index.all().append(t);
                    index.byObject().computeIfAbsent(t.getObject(), o -> new Bunch()).append(t);
                }
            }
        }
        return index;
    }

    @Override
    public SubjectTripleStore copy() {
        SubjectTripleStore copy = new SubjectTripleStore();
        for (Bunch bunch : subjects) {
            for (int i = 0; i < bunch.size; i++) {
                copy.add(bunch.triples[i]);
            }
        }
        return copy;
    }

    /** The triples of one predicate, in the order added, and by object. */
    private record PredicateIndex(Bunch all, Map<Node, Bunch> byObject) { }

    /** Triples in the order added: those of one subject, or of one predicate in an index. */
    private static final class Bunch {
        // Up to this many triples a scan finds a repeat sooner than hashing would.
        private static final int SCAN_LIMIT = 16;

        private Triple[] triples = new Triple[4];
        private int size;
        private Set<Triple> set;

        // Subject bunches only: adds unless already there.
        boolean add(Triple t) {
            if (set != null ? !set.add(t) : indexOf(t) >= 0) {
                return false;
            }
            if (set == null && size == SCAN_LIMIT) {
                set = new HashSet<>(Arrays.asList(triples).subList(0, size));
                set.add(t);
            }
            append(t);
            return true;
        }

        void append(Triple t) {
            if (size == triples.length) {
                triples = Arrays.copyOf(triples, size * 2);
            }
            triples[size++] = t;
        }

        boolean contains(Triple t) {
            return set != null ? set.contains(t) : indexOf(t) >= 0;
        }

        boolean remove(Triple t) {
            int i = indexOf(t);
            if (i < 0) {
                return false;
            }
            System.arraycopy(triples, i + 1, triples, i, size - i - 1);
            triples[--size] = null;
            if (set != null) {
                set.remove(t);
            }
            return true;
        }

        // All triples of a subject bunch share the subject: predicate and object tell them apart.
        private int indexOf(Triple t) {
            for (int i = 0; i < size; i++) {
                Triple u = triples[i];
                if (u.getPredicate().equals(t.getPredicate()) && u.getObject().equals(t.getObject())) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The triples of some bunches matching a predicate and an object (null: any); fails if the store changes. */
    private final class Matches extends NiceIterator<Triple> {
        private final List<Bunch> bunches;
        private final Node predicate;
        private final Node object;
        private final int expectedChanges = changes;
        private int bunch;
        private int next;
        private Triple found;

        Matches(List<Bunch> bunches, Node predicate, Node object) {
            this.bunches = bunches;
            this.predicate = predicate;
            this.object = object;
        }

        @Override
        public boolean hasNext() {
            if (changes != expectedChanges) {
                throw new ConcurrentModificationException();
            }
            while (found == null && bunch < bunches.size()) {
                Bunch b = bunches.get(bunch);
                if (next == b.size) {
                    bunch++;
                    next = 0;
                    continue;
                }
                Triple t = b.triples[next++];
                if ((predicate == null || predicate.equals(t.getPredicate()))
                        && (object == null || object.equals(t.getObject()))) {
                    found = t;
                }
            }
            return found != null;
        }

        @Override
        public Triple next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Triple t = found;
            found = null;
            return t;
        }
    }
}
