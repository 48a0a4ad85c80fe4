package org.newsgraph.rdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes graphs held in memory as TriG or Turtle in one canonical order, through RIOT's streaming
 * block writers: prefixes sorted by name, quads sorted by graph, subject, predicate and object in their
 * N-Triples form, so the same triples always give the same bytes. The dumps of a whole store use the
 * same order over an external sort ({@code store.DumpWriter}); this is the in-memory form for one
 * article's graph (`convert`, golden files) and for one page's description.
 */
public final class CanonicalWriter {

    private record Keyed(String key, Quad quad) { }

    private final Map<String, String> prefixes;

    public CanonicalWriter(PrefixMap prefixes) {
        this.prefixes = new TreeMap<>(prefixes.getMapping());
    }

    /** Named graphs as TriG, every graph's quads in canonical order. */
    public void writeTrig(OutputStream out, List<Quad> quads) {
        write(StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS), quads);
    }

    /** One graph as Turtle, in canonical order. */
    public void writeTurtle(OutputStream out, Graph graph) {
        List<Quad> quads = new ArrayList<>();
        graph.find().forEachRemaining(t -> quads.add(Quad.create(Quad.defaultGraphIRI, t)));
        write(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS), quads);
    }

    private void write(StreamRDF writer, List<Quad> quads) {
        List<Keyed> keyed = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            keyed.add(new Keyed(nt(q.getGraph()) + ' ' + nt(q.getSubject()) + ' ' + nt(q.getPredicate()) + ' '
                    + nt(q.getObject()), q));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        writer.start();
        prefixes.forEach(writer::prefix);
        for (Keyed k : keyed) {
            if (k.quad().isDefaultGraph()) {
                writer.triple(k.quad().asTriple());
            } else {
                writer.quad(k.quad());
            }
        }
        writer.finish();
    }

    private static String nt(Node n) {
        return n == null || Quad.isDefaultGraph(n) ? "" : NodeFmtLib.strNT(n);
    }
}
