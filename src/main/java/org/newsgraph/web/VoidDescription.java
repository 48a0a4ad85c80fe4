package org.newsgraph.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.newsgraph.store.Store;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;

/**
 * The VoID/DCAT description the build wrote (void.ttl in the data folder), served at /.well-known/void with
 * the build's own metadata from its stamp (finished when, under which version, published by whom): void.ttl
 * holds no time, so that equal inputs give equal files.
 */
final class VoidDescription {

    /** Where the description is served, and the local path of its document IRI. */
    static final String PATH = "/.well-known/void";
    /** The file the build writes into the data folder. */
    static final String FILE = "void.ttl";

    private final Graph graph;
    private final String base;

    private VoidDescription(Graph graph, String base) {
        this.graph = graph;
        this.base = base;
    }

    /** Reads the description of a data folder; an empty one if the build wrote none. */
    static VoidDescription load(Path dataDir, String base) {
        Path file = dataDir.resolve(FILE);
        Graph g = GraphFactory.createDefaultGraph();
        if (Files.isRegularFile(file)) {
            try {
                RDFParser.source(file).parse(g);
            } catch (RuntimeException e) {
                throw new NewsgraphException(file.toString(), -1, "cannot read the dataset description: "
                        + e.getMessage(), e);
            }
            addBuild(g, dataDir, new Iris(base));
        }
        return new VoidDescription(g, base);
    }

    // The version is the build folder's name: builds are named by their start, so versions sort by age.
    private static void addBuild(Graph g, Path build, Iris iris) {
        Node dataset = iris.voidPart("dataset").asNode();
        Store.stamped(build, Store.ENDED_KEY).ifPresent(ended -> g.add(dataset, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(ended, XSDDatatype.XSDdateTime)));
        Path name = build.toAbsolutePath().normalize().getFileName();
        if (name != null && Files.isRegularFile(build.resolve(Store.STAMP))) {
            g.add(dataset, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(name.toString()));
        }
        Store.stamped(build, Store.PUBLISHER_KEY).ifPresent(publisher -> {
            Node agent = iris.voidPart("publisher").asNode();
            g.add(dataset, DCTerms.publisher.asNode(), agent);
            g.add(agent, RDF.type.asNode(), DCTerms.Agent.asNode());
            g.add(agent, RDFS.label.asNode(), NodeFactory.createLiteralString(publisher));
        });
    }

    /** The number of triples the description gives for the dataset, if it gives one. */
    Optional<Long> triples() {
        return integer(new Iris(base).voidPart("dataset").asNode(), VOID.triples.asNode());
    }

    /** The number of instances of a class (by IRI) the description's class partitions give, if they give it. */
    Optional<Long> entities(String classIri) {
        return integer(new Iris(base).voidPart("class-" + NodeFactory.createURI(classIri).getLocalName()).asNode(),
                VOID.entities.asNode());
    }

    private Optional<Long> integer(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(Long.parseLong(it.next().getObject().getLiteralLexicalForm()))
                    : Optional.empty();
        } finally {
            it.close();
        }
    }

    Graph graph() {
        return graph;
    }

    ResourcePage page(PageService pages) {
        return pages.page(graph, new Iris(base).voidPart("dataset").asNode());
    }
}
