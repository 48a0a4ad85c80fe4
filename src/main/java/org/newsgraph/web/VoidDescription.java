package org.newsgraph.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;

/** The VoID/DCAT description the build wrote (void.ttl in the data folder), served at /.well-known/void. */
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
        }
        return new VoidDescription(g, base);
    }

    /** The number of triples the description gives for the dataset, if it gives one. */
    java.util.Optional<Long> triples() {
        var it = graph.find(new Iris(base).voidPart("dataset").asNode(), org.apache.jena.vocabulary.VOID.triples.asNode(),
                org.apache.jena.graph.Node.ANY);
        try {
            return it.hasNext() ? java.util.Optional.of(Long.parseLong(it.next().getObject().getLiteralLexicalForm()))
                    : java.util.Optional.empty();
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
