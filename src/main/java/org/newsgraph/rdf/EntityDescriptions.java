package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.vocab.NG;

/**
 * Derives the one description of each entity from what the article graphs say of it (the step
 * article graphs → entities graph of the flow): the store's entities graph, and the second graph of
 * {@code convert}. Reads whatever {@link DatasetGraph} it is given (a store inside the caller's
 * transaction, or article graphs held in memory) and writes nothing itself.
 *
 * <p>Why these rules. An entity the reference data does not know gets
 * <ul>
 * <li>as {@code rdf:type} every kind ({@code ng:kindInArticle}) any article gives it: the union of the
 * article graphs typed it so before the split, and the contract queries read the type per article;</li>
 * <li>as its one {@code schema:name} and {@code rdfs:label} the {@code ng:nameInArticle} most article
 * graphs state, a tie going to the first in code point order: a count and an order of strings, so the
 * choice does not depend on the order articles came in, and re-deriving one entity after articles are
 * added or removed gives what a full rebuild gives;</li>
 * <li>as {@code skos:altLabel} every other name and every {@code ng:aliasInArticle}.</li>
 * </ul>
 * An entity the reference graph describes (it has a {@code schema:name} there) already has its types,
 * names, Wikidata link and ISO code there: only spellings the reference graph lacks become aliases.
 * Article graphs are told apart from others by the predicates alone: only article graphs use the three
 * {@code ng:*InArticle} predicates.
 */
public final class EntityDescriptions {

    private static final Node NAME_IN_ARTICLE = NG.nameInArticle.asNode();
    private static final Node ALIAS_IN_ARTICLE = NG.aliasInArticle.asNode();
    private static final Node KIND_IN_ARTICLE = NG.kindInArticle.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node NAME = SchemaDO.name.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final List<Node> REFERENCE_SPELLINGS = List.of(NAME, LABEL, ALT_LABEL, PREF_LABEL);

    /** Strings in code point order (String.compareTo orders UTF-16 units, which differs past U+FFFF). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private final Graph reference;

    /** @param reference the reference graph as the dataset holds it (IRIs rebased) */
    public EntityDescriptions(Graph reference) {
        this.reference = reference;
    }

    /** The entities an article graph says something of: those whose description depends on it. */
    public static Set<Node> namedIn(Graph articleGraph) {
        Set<Node> entities = new HashSet<>();
        articleGraph.find(Node.ANY, NAME_IN_ARTICLE, Node.ANY).forEachRemaining(t -> entities.add(t.getSubject()));
        articleGraph.find(Node.ANY, ALIAS_IN_ARTICLE, Node.ANY).forEachRemaining(t -> entities.add(t.getSubject()));
        return entities;
    }

    /**
     * The description of one entity from every graph of the dataset that names it; empty when none
     * does any more. Costs index lookups on the entity alone, whatever the size of the dataset.
     */
    public List<Triple> describe(DatasetGraph articles, Node entity) {
        Namings n = new Namings();
        for (Node p : List.of(NAME_IN_ARTICLE, KIND_IN_ARTICLE, ALIAS_IN_ARTICLE)) {
            n.addAll(articles.find(Node.ANY, entity, p, Node.ANY));
        }
        List<Triple> out = new ArrayList<>();
        n.describe(entity, out::add);
        return out;
    }

    /**
     * The descriptions of every entity the dataset's graphs name, given triple by triple once every index
     * entry has been read (so the consumer may write to the dataset); returns the number of entities.
     * One pass over the three predicates' index entries, and a tally per entity in memory.
     */
    public int describeAll(DatasetGraph articles, Consumer<Triple> out) {
        Map<Node, Namings> all = new LinkedHashMap<>();
        for (Node p : List.of(NAME_IN_ARTICLE, KIND_IN_ARTICLE, ALIAS_IN_ARTICLE)) {
            Iterator<Quad> it = articles.find(Node.ANY, Node.ANY, p, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                all.computeIfAbsent(q.getSubject(), k -> new Namings()).add(q);
            }
        }
        all.forEach((entity, n) -> n.describe(entity, out));
        return all.size();
    }

    /** Descriptions of the entities of some article graphs alone, as one graph (for {@code convert}). */
    public Graph describeAll(Collection<Graph> articleGraphs) {
        Graph out = GraphFactory.createGraphMem();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        int i = 0;
        for (Graph g : articleGraphs) {
            dsg.addGraph(NodeFactory.createURI("urn:x-newsgraph:article:" + i++), g);
        }
        describeAll(dsg, out::add);
        return out;
    }

    /** What the article graphs say of one entity, tallied. */
    private final class Namings {
        // Name → number of article graphs stating it; a graph states one name per entity.
        private final Map<String, Integer> names = new HashMap<>(4);
        private final Set<Node> kinds = new TreeSet<>(Comparator.comparing(Node::getURI));
        private final Set<String> aliases = new TreeSet<>(CODE_POINT_ORDER);

        void addAll(Iterator<Quad> quads) {
            while (quads.hasNext()) {
                add(quads.next());
            }
        }

        void add(Quad q) {
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (p.equals(KIND_IN_ARTICLE)) {
                if (o.isURI()) {
                    kinds.add(o);
                }
            } else if (o.isLiteral()) {
                if (p.equals(NAME_IN_ARTICLE)) {
                    names.merge(o.getLiteralLexicalForm(), 1, Integer::sum);
                } else {
                    aliases.add(o.getLiteralLexicalForm());
                }
            }
        }

        void describe(Node entity, Consumer<Triple> out) {
            Set<String> alt = new TreeSet<>(CODE_POINT_ORDER);
            alt.addAll(aliases);
            alt.addAll(names.keySet());
            if (reference.contains(entity, NAME, Node.ANY)) {
                for (Node p : REFERENCE_SPELLINGS) {
                    reference.find(entity, p, Node.ANY).forEachRemaining(t -> {
                        if (t.getObject().isLiteral()) {
                            alt.remove(t.getObject().getLiteralLexicalForm());
                        }
                    });
                }
            } else {
                String name = mostStated();
                if (name != null) {
                    alt.remove(name);
                    Node literal = NodeFactory.createLiteralString(name);
                    kinds.forEach(k -> out.accept(Triple.create(entity, TYPE, k)));
                    out.accept(Triple.create(entity, NAME, literal));
                    out.accept(Triple.create(entity, LABEL, literal));
                }
            }
            alt.forEach(a -> out.accept(Triple.create(entity, ALT_LABEL, NodeFactory.createLiteralString(a))));
        }

        private String mostStated() {
            String best = null;
            int count = 0;
            for (Map.Entry<String, Integer> e : names.entrySet()) {
                int c = e.getValue();
                if (c > count || c == count && CODE_POINT_ORDER.compare(e.getKey(), best) < 0) {
                    best = e.getKey();
                    count = c;
                }
            }
            return best;
        }
    }
}
