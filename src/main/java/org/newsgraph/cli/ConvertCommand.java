package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.rdf.SortedTrigWriter;
import org.newsgraph.store.ArticleFile;
import org.newsgraph.store.ArticleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph convert}: conversion only, articles to TriG (one named graph each), no store. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert article files or folders to TriG, one named graph per article, without a store.")
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
        List<Pair<Node, java.util.Iterator<Triple>>> graphs = new ArrayList<>();
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
                graphs.add(Pair.create(g.graphName().asNode(), g.model().getGraph().find()));
            } catch (NewsgraphException e) {
                failed++;
                System.err.println("newsgraph: skipped " + ArticleFiles.oneLine(e.describe()));
            } catch (RuntimeException e) {
                failed++;
                System.err.println("newsgraph: skipped " + ArticleFiles.oneLine(p.path() + ": internal error while converting: " + e));
            }
        }
        SortedTrigWriter writer = new SortedTrigWriter(Prefixes.forBase(c.converter.iris()));
        if (output == null) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            writer.write(w, graphs);
            w.flush();
        } else {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                writer.write(w, graphs);
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
