package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.base.NewsgraphException;

/** Reads chosen named graphs back out of a build's gzipped TriG dump, streaming, for the next build to keep. */
final class DumpReader {

    /** The named graphs of {@code trigGz} that {@code wanted} accepts. */
    Map<Node, Graph> graphs(Path trigGz, Predicate<Node> wanted) {
        Map<Node, Graph> out = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(trigGz), 1 << 16)) {
            RDFParser.source(in).lang(Lang.TRIG).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (!q.isDefaultGraph() && wanted.test(q.getGraph())) {
                        out.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
                    }
                }
            });
        } catch (IOException | RiotException e) {
            throw new NewsgraphException(trigGz.toString(), -1, "cannot read the previous build's dump: "
                    + e.getMessage(), e);
        }
        return out;
    }
}
