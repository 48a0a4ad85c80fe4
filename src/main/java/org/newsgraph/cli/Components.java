package org.newsgraph.cli;

import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.pipeline.Converter;
import org.newsgraph.extract.EventTriggers;
import org.newsgraph.extract.NameFinder;
import org.newsgraph.extract.QuoteFinder;
import org.newsgraph.reference.Gazetteer;
import org.newsgraph.reference.Lexicon;
import org.newsgraph.resolve.ClaimResolver;
import org.newsgraph.resolve.EventResolver;
import org.newsgraph.resolve.EntityResolver;
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
        this(base, Converter.DEFAULT_BUDGET);
    }

    /** @param articleBudget the most time one article's conversion may take before it is reported and skipped */
    public Components(String base, Duration articleBudget) {
        Iris iris = new Iris(base);
        ontology = ReferenceData.ontology();
        reference = ReferenceData.referenceModel(iris);
        ShapeChecker checker = new ShapeChecker(ReferenceData.load(ReferenceData.SHAPES).getGraph());
        ArticleReader reader = new ArticleReader(ReferenceData.outlets(reference), ReferenceData.layoutRules(reference));
        Lexicon lexicon = ReferenceData.lexicon();
        Gazetteer gazetteer = ReferenceData.gazetteer(reference);
        EntityResolver resolver = new EntityResolver(gazetteer, ReferenceData.roles(reference), new NameFinder(lexicon),
                iris);
        ClaimResolver claims = new ClaimResolver(new QuoteFinder(lexicon.sayingVerbs()), lexicon.sayingVerbs(), iris);
        EventResolver events = new EventResolver(new EventTriggers(ReferenceData.eventTriggers()), gazetteer);
        converter = new Converter(reader, resolver, claims, events, iris, checker, articleBudget);
    }
}
