package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Components;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.rdf.Iris;

/**
 * The entities graph of a real TDB2 store: derived once for the whole store, or kept up to date entity
 * by entity while articles come and go, it is the same graph; and each entity has one name in the union.
 */
class EntityGraphTest {

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static Components components;
    private static final List<Converter.ArticleGraph> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void convert() throws IOException {
        components = new Components(Iris.DEFAULT_BASE);
        for (Path folder : List.of(Path.of("seeds"), Path.of("src/test/resources/devset/articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String source = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    ARTICLES.add(components.converter.convert(source, Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
    }

    @Test
    void addingAndRemovingArticlesOneByOneGivesTheGraphOfAFullRebuild(@TempDir Path dir) {
        int half = ARTICLES.size() / 2;
        try (Store full = store(dir.resolve("full"), ARTICLES); Store growing = store(dir.resolve("inc"), ARTICLES.subList(0, half))) {
            EntityGraph entities = new EntityGraph(IRIS);
            int described = entities.rebuild(full.dataset());
            assertTrue(described > 50, "the articles name many entities: " + described);
            entities.rebuild(growing.dataset());
            // The other half arrives one article at a time, in reverse order, each followed by a refresh.
            List<Converter.ArticleGraph> rest = new ArrayList<>(ARTICLES.subList(half, ARTICLES.size()));
            Collections.reverse(rest);
            for (Converter.ArticleGraph a : rest) {
                Node name = a.graphName().asNode();
                Txn.executeWrite(growing.dataset(), () -> {
                    a.model().getGraph().find().forEachRemaining(t -> growing.dataset().add(name, t.getSubject(),
                            t.getPredicate(), t.getObject()));
                    entities.refresh(growing.dataset(), EntityGraph.namedIn(growing.dataset(), name));
                });
            }
            assertTrue(entitiesGraph(full).isIsomorphicWith(entitiesGraph(growing)), "added one by one = full rebuild");

            // Removing articles again: the graph is the one a rebuild of the articles left gives.
            for (Converter.ArticleGraph a : ARTICLES.subList(0, half)) {
                Node name = a.graphName().asNode();
                Txn.executeWrite(growing.dataset(), () -> {
                    Set<Node> named = EntityGraph.namedIn(growing.dataset(), name);
                    growing.dataset().deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                    entities.refresh(growing.dataset(), named);
                });
            }
            Graph afterRemoval = entitiesGraph(growing);
            entities.rebuild(growing.dataset());
            assertTrue(afterRemoval.isIsomorphicWith(entitiesGraph(growing)), "removed one by one = rebuild of the rest");
            assertTrue(entitiesGraph(growing).size() < entitiesGraph(full).size(), "entities of removed articles left");
        }
    }

    @Test
    void everyEntityHasOneNameAndOneLabelInTheUnion(@TempDir Path dir) {
        try (Store store = store(dir, ARTICLES)) {
            new EntityGraph(IRIS).rebuild(store.dataset());
            String q = "SELECT ?e (COUNT(DISTINCT ?n) AS ?names) (COUNT(DISTINCT ?l) AS ?labels) WHERE { "
                    + "?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e . "
                    + "OPTIONAL { ?e <" + SchemaDO.name.getURI() + "> ?n } OPTIONAL { ?e <" + RDFS.label.getURI() + "> ?l } "
                    + "} GROUP BY ?e";
            int entities = Txn.calculateRead(store.dataset(), () -> {
                int n = 0;
                try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(store.dataset()))) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        var s = rs.next();
                        String e = s.getResource("e").getURI();
                        assertEquals(1, s.getLiteral("names").getInt(), () -> "one schema:name for " + e);
                        assertEquals(1, s.getLiteral("labels").getInt(), () -> "one rdfs:label for " + e);
                        n++;
                    }
                }
                return n;
            });
            assertTrue(entities > 50, "entities checked: " + entities);
        }
    }

    @Test
    void anEntityNoArticleNamesAnyMoreLosesItsDescription(@TempDir Path dir) {
        Converter.ArticleGraph one = ARTICLES.get(0);
        try (Store store = store(dir, List.of(one))) {
            EntityGraph entities = new EntityGraph(IRIS);
            entities.rebuild(store.dataset());
            Node name = one.graphName().asNode();
            Set<Node> named = EntityGraph.namedIn(store.dataset(), name);
            assertFalse(named.isEmpty());
            assertFalse(entitiesGraph(store).isEmpty());
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                entities.refresh(store.dataset(), named);
            });
            assertTrue(entitiesGraph(store).isEmpty(), "nothing left to describe");
        }
    }

    // A store holding the reference graph and some article graphs, as a build loads them.
    private static Store store(Path dir, List<Converter.ArticleGraph> articles) {
        Store store = Store.openBuild(dir);
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            Node ref = IRIS.referenceGraph().asNode();
            components.reference.getGraph().find().forEachRemaining(t -> dsg.add(ref, t.getSubject(), t.getPredicate(), t.getObject()));
            for (Converter.ArticleGraph a : articles) {
                Node g = a.graphName().asNode();
                a.model().getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
        return store;
    }

    private static Graph entitiesGraph(Store store) {
        Graph copy = GraphFactory.createGraphMem();
        Node g = NodeFactory.createURI(IRIS.entitiesGraph().getURI());
        Txn.executeRead(store.dataset(), () -> store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> copy.add(q.asTriple())));
        return copy;
    }
}
