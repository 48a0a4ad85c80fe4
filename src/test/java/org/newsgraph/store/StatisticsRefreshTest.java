package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/**
 * Refreshing the statistics graph for the IRIs an update touched gives the graph a rebuild gives, step after
 * step of random updates to a store larger than the ranked lists (so that entities and articles enter and
 * leave the top lists, counts fall and rise, months appear and empty). The article graphs are written here
 * with the few triples the statistics read, so that hundreds of articles cost no conversion.
 */
class StatisticsRefreshTest {

    static {
        JenaSystem.init();
    }

    private static final String B = Iris.DEFAULT_BASE;
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ARTICLE = SchemaDO.NewsArticle.asNode();
    private static final Node MENTIONS = SchemaDO.mentions.asNode();
    private static final Node ACTORS_GRAPH = NodeFactory.createURI(B + "graph/test-types");
    private static final int ACTORS = 260;
    private static final int COUNTRIES = 140;

    private final Random random = new Random(7);
    private final Statistics statistics = new Statistics(new Iris(B));
    private int next;

    @Test
    void refreshingForTheTouchedGivesWhatARebuildGives(@TempDir Path dir) {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < ACTORS; i++) {
                dsg.add(ACTORS_GRAPH, actor(i), TYPE, (i % 3 == 0 ? SchemaDO.Organization : SchemaDO.Person).asNode());
            }
            for (int i = 0; i < COUNTRIES; i++) {
                dsg.add(ACTORS_GRAPH, country(i), TYPE, SchemaDO.Country.asNode());
            }
            for (int i = 0; i < 400; i++) {
                article(dsg, null);
            }
        });
        statistics.rebuild(dsg);
        Set<String> ranksSeen = new TreeSet<>();
        for (int step = 0; step < 12; step++) {
            Set<Node> touched = new HashSet<>();
            int kind = step % 4;
            Txn.executeWrite(dsg, () -> {
                List<Node> graphs = articleGraphs(dsg);
                if (kind == 0) {
                    // Articles about the least mentioned: they climb into the lists; new dates lead the latest.
                    for (int i = 0; i < 30; i++) {
                        article(dsg, touched);
                    }
                } else if (kind == 1) {
                    // The articles mentioning the most mentioned actor go: counts at the top fall.
                    Node top = ranked(dsg, NG.actorRank.asNode()).get(0);
                    for (Node g : graphs) {
                        if (dsg.contains(g, Node.ANY, MENTIONS, top)) {
                            drop(dsg, g, touched);
                        }
                    }
                } else if (kind == 2) {
                    // The newest articles go, and the last ranked country loses its articles.
                    for (Node a : ranked(dsg, NG.latestRank.asNode()).subList(0, 10)) {
                        graphs.stream().filter(g -> dsg.contains(g, a, TYPE, ARTICLE)).forEach(g -> drop(dsg, g, touched));
                    }
                    List<Node> countries = ranked(dsg, NG.countryRank.asNode());
                    Node last = countries.get(countries.size() - 1);
                    for (Node g : articleGraphs(dsg)) {
                        if (dsg.contains(g, Node.ANY, MENTIONS, last)) {
                            drop(dsg, g, touched);
                        }
                    }
                } else {
                    // Random articles go and come back changed.
                    for (int i = 0; i < 25; i++) {
                        Node g = graphs.get(random.nextInt(graphs.size()));
                        if (dsg.containsGraph(g)) {
                            drop(dsg, g, touched);
                            article(dsg, touched);
                        }
                    }
                }
                statistics.refresh(dsg, touched);
            });
            Set<String> refreshed = statisticsTriples(dsg);
            statistics.rebuild(dsg);
            Set<String> rebuilt = statisticsTriples(dsg);
            Set<String> missing = new TreeSet<>(rebuilt);
            missing.removeAll(refreshed);
            Set<String> extra = new TreeSet<>(refreshed);
            extra.removeAll(rebuilt);
            assertEquals(List.of(Set.of(), Set.of()), List.of(missing, extra), "step " + step + " refreshed for "
                    + touched.size() + " IRIs: what a rebuild has and the refresh lacks, then the other way round");
            for (Node p : List.of(NG.actorRank.asNode(), NG.countryRank.asNode(), NG.latestRank.asNode())) {
                ranksSeen.add(p.getLocalName() + " " + Txn.calculateRead(dsg, () -> ranked(dsg, p).size()));
            }
        }
        assertTrue(ranksSeen.containsAll(List.of("actorRank 100", "countryRank 100", "latestRank 100")),
                "the lists were full, so outsiders could enter them: " + ranksSeen);
        dsg.close();
    }

    private static Node actor(int i) {
        return NodeFactory.createURI(B + "id/actor-" + i);
    }

    private static Node country(int i) {
        return NodeFactory.createURI(B + "id/country-" + i);
    }

    // An article graph with a few mentions (skewed towards low numbers), maybe a date, a claim and an event.
    private void article(DatasetGraph dsg, Set<Node> touched) {
        int n = next++;
        Node g = NodeFactory.createURI(B + "graph/article-" + n);
        Node a = NodeFactory.createURI(B + "article/" + n);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, a, TYPE, ARTICLE));
        quads.add(Quad.create(g, a, SchemaDO.publisher.asNode(), NodeFactory.createURI(B + "id/outlet-" + random.nextInt(5))));
        int r = random.nextInt(10);
        if (r > 0) {
            String date = (2014 + random.nextInt(3) + n / 200) + (r == 1 ? "" : String.format("-%02d-%02d",
                    1 + random.nextInt(12), 1 + random.nextInt(28)));
            quads.add(Quad.create(g, a, SchemaDO.datePublished.asNode(), NodeFactory.createLiteralDT(date,
                    r == 1 ? XSDDatatype.XSDgYear : XSDDatatype.XSDdate)));
        }
        for (int i = 0; i < 4; i++) {
            double u = random.nextDouble();
            Node e = i % 2 == 0 ? actor((int) (ACTORS * u * u)) : country((int) (COUNTRIES * u * u));
            quads.add(Quad.create(g, a, MENTIONS, e));
            Node m = NodeFactory.createURI(B + "article/" + n + "#m" + i);
            quads.add(Quad.create(g, m, NodeFactory.createURI("http://www.w3.org/2005/11/its/rdf#taIdentRef"), e));
            if (i == 0) {
                Node c = NodeFactory.createURI(B + "article/" + n + "#claim");
                quads.add(Quad.create(g, c, TYPE, SchemaDO.Claim.asNode()));
                quads.add(Quad.create(g, c, NG.speaker.asNode(), e));
                quads.add(Quad.create(g, c, MENTIONS, country(random.nextInt(COUNTRIES))));
                // Events shared between articles, as merged events are.
                Node ev = NodeFactory.createURI(B + "event/" + random.nextInt(150));
                quads.add(Quad.create(g, ev, TYPE, SchemaDO.Event.asNode()));
                quads.add(Quad.create(g, ev, NG.participant.asNode(), e));
            }
        }
        for (Quad q : quads) {
            dsg.add(q);
            note(touched, q);
        }
    }

    private static void drop(DatasetGraph dsg, Node g, Set<Node> touched) {
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> note(touched, q));
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    private static void note(Set<Node> touched, Quad q) {
        if (touched != null) {
            touched.add(q.getSubject());
            if (q.getObject().isURI()) {
                touched.add(q.getObject());
            }
        }
    }

    private static List<Node> articleGraphs(DatasetGraph dsg) {
        Set<Node> out = new TreeSet<>((x, y) -> x.getURI().compareTo(y.getURI()));
        dsg.find(Node.ANY, Node.ANY, TYPE, ARTICLE).forEachRemaining(q -> out.add(q.getGraph()));
        return new ArrayList<>(out);
    }

    private List<Node> ranked(DatasetGraph dsg, Node property) {
        Node[] byRank = new Node[101];
        dsg.find(statistics.graph(), Node.ANY, property, Node.ANY).forEachRemaining(q ->
                byRank[Integer.parseInt(q.getObject().getLiteralLexicalForm())] = q.getSubject());
        List<Node> out = new ArrayList<>();
        for (int i = 1; i < byRank.length && byRank[i] != null; i++) {
            out.add(byRank[i]);
        }
        return out;
    }

    private Set<String> statisticsTriples(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(statistics.graph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple().toString()));
            return out;
        });
    }
}
