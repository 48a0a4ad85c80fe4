package org.newsgraph.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.NewsgraphException;

/**
 * Loads the RDF files shipped in ontology/ (ontology, shapes, reference data) from the classpath;
 * the only IO of the reference layer, feeding pure directories to the reader and extractors.
 */
public final class ReferenceData {

    public static final String ONTOLOGY = "ontology/newsgraph.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";
    public static final String OUTLETS = "ontology/reference/outlets.ttl";
    /** Reference files loaded into the reference graph, in load order. */
    public static final List<String> REFERENCE_FILES = List.of(OUTLETS);

    private ReferenceData() {
    }

    /** Parses one Turtle file of ontology/ from the classpath. */
    public static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsgraphException(resource, -1, "reference file missing from the classpath", null);
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new NewsgraphException(resource, -1, "cannot read reference file: " + e.getMessage(), e);
        }
        return m;
    }

    /** All reference data (outlets, and later countries, actors, roles) in one model. */
    public static Model referenceModel() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : REFERENCE_FILES) {
            m.add(load(f));
        }
        return m;
    }

    /** The outlets of the reference data, sorted by IRI so lookups are deterministic. */
    public static OutletDirectory outlets(Model reference) {
        List<Outlet> outlets = new ArrayList<>();
        reference.listSubjectsWithProperty(RDF.type, SchemaDO.NewsMediaOrganization).forEach(r -> {
            String name = r.getProperty(SchemaDO.name).getString();
            List<String> aliases = new ArrayList<>();
            r.listProperties(SKOS.altLabel).forEach(s -> aliases.add(s.getString()));
            aliases.sort(null);
            outlets.add(new Outlet(r.getURI(), name, aliases));
        });
        outlets.sort((a, b) -> a.iri().compareTo(b.iri()));
        return new OutletDirectory(outlets);
    }

    static String string(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getString() : ((Resource) n).getURI();
    }
}
