package org.newsgraph.cli;

import org.apache.jena.rdf.model.Model;
import org.newsgraph.Converter;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeChecker;
import org.newsgraph.text.ArticleReader;

/** Composition root: wires the pure pipeline to the reference data loaded from the classpath; used by every command. */
public final class Components {

    public final Model ontology;
    public final Model reference;
    public final Converter converter;

    public Components(String base) {
        ontology = ReferenceData.load(ReferenceData.ONTOLOGY);
        reference = ReferenceData.referenceModel();
        ShapeChecker checker = new ShapeChecker(ReferenceData.load(ReferenceData.SHAPES).getGraph());
        ArticleReader reader = new ArticleReader(ReferenceData.outlets(reference));
        converter = new Converter(reader, new Iris(base), checker);
    }
}
