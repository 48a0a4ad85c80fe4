package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.rdf.CanonicalWriter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.store.ArticleFile;
import org.newsgraph.store.ArticleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph convert}: conversion only, articles to TriG (one named graph each, and the entities
 * graph describing the entities they name, as a store would from these articles alone), no store.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert article files or folders to TriG, one named graph per article plus the entities graph "
                + "describing the entities they name, without a store.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "article files or folders of *.txt files")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.trig", description = "write here instead of stdout")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of every minted IRI (default: ${DEFAULT-VALUE})")
    String base;

    @Override
    public Integer call() throws IOException {
        Components c = new Components(base);
        ArticleFiles files = new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES);
        List<Quad> quads = new ArrayList<>();
        List<Converter.ArticleGraph> converted = new ArrayList<>();
        int failed = 0;
        ArticleFiles.Listing listing = files.scan(inputs);
        for (ArticleFiles.Skip skip : listing.skipped()) {
            failed++;
            System.err.println("newsgraph: skipped " + ArticleFiles.oneLine(skip.message()));
        }
        for (ArticleFiles.Entry p : listing.files()) {
            try {
                ArticleFile f = files.read(p);
                Converter.ArticleGraph g = c.converter.convert(f.source(), f.text());
                Node name = g.graphName().asNode();
                g.model().getGraph().find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
                converted.add(g);
            } catch (NewsgraphException e) {
                failed++;
                System.err.println("newsgraph: skipped " + ArticleFiles.oneLine(e.describe()));
            } catch (RuntimeException e) {
                failed++;
                System.err.println("newsgraph: skipped " + ArticleFiles.oneLine(p.path() + ": internal error while converting: " + e));
            }
        }
        // The entities these articles name, described as a store would from these articles alone.
        Node entities = c.converter.iris().entitiesGraph().asNode();
        c.converter.entities(converted, c.reference.getGraph()).getGraph().find()
                .forEachRemaining(t -> quads.add(Quad.create(entities, t)));
        CanonicalWriter writer = new CanonicalWriter(Prefixes.forBase(c.converter.iris()));
        if (output == null) {
            writer.writeTrig(System.out, quads);
            System.out.flush();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                writer.writeTrig(out, quads);
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
