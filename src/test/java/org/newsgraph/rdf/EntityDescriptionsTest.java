package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.NG;

/** One name per entity, chosen by how many articles give it, whatever the order the articles come in. */
class EntityDescriptionsTest {

    static {
        JenaSystem.init();
    }

    private static final Node E = NodeFactory.createURI("http://localhost:3030/actor/resat-volkov");
    private static final Node PERSON = SchemaDO.Person.asNode();
    private static final Node ORGANIZATION = SchemaDO.Organization.asNode();

    @Test
    void theNameMostArticlesGiveWinsInAnyOrder() {
        List<Graph> articles = new ArrayList<>(List.of(article("Resat Volkov", PERSON), article("Reşat Volkov", PERSON),
                article("Reşat Volkov", PERSON)));
        for (int round = 0; round < 3; round++) {
            Collections.rotate(articles, 1);
            Graph g = describe(articles);
            assertEquals(Set.of("Reşat Volkov"), objects(g, SchemaDO.name.asNode()));
            assertEquals(Set.of("Reşat Volkov"), objects(g, RDFS.label.asNode()));
            assertEquals(Set.of("Resat Volkov"), objects(g, SKOS.altLabel.asNode()));
        }
    }

    @Test
    void aTieGoesToTheFirstNameInCodePointOrder() {
        // U+1D400 (a surrogate pair in UTF-16) comes after U+FF21 in code points, before it in UTF-16 units.
        String astral = "\uD835\uDC00 Volkov";
        String wide = "\uFF21 Volkov";
        for (List<Graph> articles : List.of(List.of(article(astral, PERSON), article(wide, PERSON)),
                List.of(article(wide, PERSON), article(astral, PERSON)))) {
            assertEquals(Set.of(wide), objects(describe(articles), SchemaDO.name.asNode()));
        }
    }

    @Test
    void everyKindAnArticleGivesIsAType() {
        Graph g = describe(List.of(article("Volkov", PERSON), article("Volkov", ORGANIZATION)));
        Set<Node> types = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        g.find(E, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
        assertEquals(Set.of(PERSON, ORGANIZATION), types);
        assertTrue(objects(g, SKOS.altLabel.asNode()).isEmpty(), "one spelling: no alias");
    }

    @Test
    void aReferenceEntityGetsOnlySpellingsTheReferenceLacks() {
        Graph reference = GraphFactory.createGraphMem();
        reference.add(Triple.create(E, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Reşat Volkov")));
        reference.add(Triple.create(E, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Volkov")));
        Graph a = GraphFactory.createGraphMem();
        for (String s : List.of("Volkov", "Reşat Volkov", "R. Volkov")) {
            a.add(Triple.create(E, NG.aliasInArticle.asNode(), NodeFactory.createLiteralString(s)));
        }
        Graph g = new EntityDescriptions(reference).describeAll(List.of(a));
        assertEquals(Set.of("R. Volkov"), objects(g, SKOS.altLabel.asNode()));
        assertEquals(1, g.size(), "no type or name: the reference graph has them");
    }

    private static Graph article(String name, Node kind) {
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(E, NG.nameInArticle.asNode(), NodeFactory.createLiteralString(name)));
        g.add(Triple.create(E, NG.kindInArticle.asNode(), kind));
        return g;
    }

    private static Graph describe(List<Graph> articles) {
        return new EntityDescriptions(GraphFactory.createGraphMem()).describeAll(articles);
    }

    private static Set<String> objects(Graph g, Node p) {
        Set<String> s = new TreeSet<>();
        g.find(E, p, Node.ANY).forEachRemaining(t -> s.add(t.getObject().getLiteralLexicalForm()));
        return s;
    }
}
