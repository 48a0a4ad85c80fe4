package org.newsgraph.web;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.CanonicalWriter;

/**
 * Writes a resource description in an RDF syntax: Turtle, N-Triples and N-Quads in canonical order, with
 * fixed prefixes; in TriG and N-Quads the triples are in the named graph given, or the default graph.
 */
final class RdfRenderer {

    private final PrefixMap prefixes;

    RdfRenderer(PrefixMap prefixes) {
        this.prefixes = prefixes;
    }

    void write(Graph g, Format format, OutputStream out) {
        write(null, g, format, out);
    }

    /** {@code name}: the graph the triples are in for TriG and N-Quads (null: the default graph). */
    void write(org.apache.jena.graph.Node name, Graph g, Format format, OutputStream out) {
        switch (format) {
            case TURTLE -> new CanonicalWriter(prefixes).writeTurtle(out, g);
            case NTRIPLES, NQUADS -> {
                String in = format == Format.NQUADS && name != null ? " " + NodeFmtLib.strNT(name) : "";
                List<String> lines = new ArrayList<>();
                g.find().forEach((Triple t) -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " "
                        + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + in + " .\n"));
                lines.sort(null);
                PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                lines.forEach(w::write);
                w.flush();
            }
            case JSONLD -> RDFDataMgr.write(out, withPrefixes(g), RDFFormat.JSONLD11_PRETTY);
            case RDFXML -> RDFDataMgr.write(out, withPrefixes(g), RDFFormat.RDFXML_PLAIN);
            case TRIG -> {
                org.apache.jena.sparql.core.DatasetGraph d = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                if (name == null) {
                    d.getDefaultGraph().getPrefixMapping().setNsPrefixes(withPrefixes(g).getPrefixMapping());
                    g.find().forEach(d.getDefaultGraph()::add);
                } else {
                    g.find().forEach(t -> d.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                }
                prefixes.getMapping().forEach(d.prefixes()::add);
                RDFDataMgr.write(out, d, RDFFormat.TRIG_BLOCKS);
            }
            case HTML -> throw new IllegalArgumentException("HTML is rendered by templates");
        }
    }

    private Graph withPrefixes(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEach(copy::add);
        PrefixMapping pm = copy.getPrefixMapping();
        prefixes.getMapping().forEach(pm::setNsPrefix);
        return copy;
    }
}
