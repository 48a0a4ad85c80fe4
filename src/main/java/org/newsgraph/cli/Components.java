package org.newsgraph.cli;

import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ReferenceGraph;
import org.newsgraph.rdf.ShapeChecker;
import org.newsgraph.reference.ReferenceData;

/** Composition root: wires the pure pipeline to the reference data loaded from the classpath; used by every command. */
public final class Components {

    public final Model ontology;
    /** The reference data as served: its IRIs under the dataset's base. */
    public final Model reference;
    public final Converter converter;

    public Components(String base) {
        this(base, Converter.DEFAULT_BUDGET);
    }

    /** @param articleBudget the most time one article's conversion may take before it is reported and skipped */
    public Components(String base, Duration articleBudget) {
        this(base, articleBudget, ReferenceData.referenceModel());
    }

    /** @param raw the reference data as {@link ReferenceData#referenceModel()} gives it (a cluster job broadcasts it) */
    public Components(String base, Duration articleBudget, Model raw) {
        Iris iris = new Iris(base);
        ontology = ReferenceData.ontology();
        reference = new ReferenceGraph(iris).rebase(raw);
        ShapeChecker checker = new ShapeChecker(ReferenceData.load(ReferenceData.SHAPES).getGraph());
        converter = new Converter(StandardPipeline.of(raw), iris, checker, articleBudget);
    }
}
