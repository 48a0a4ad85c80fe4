package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.EntityDescriptions;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeChecker;

/**
 * The whole pure conversion of one article: raw text → {@link NewsDoc} annotated by the {@link Pipeline}
 * → RDF graph checked against the shapes. No IO: callers read the file and store the result.
 * Each article has a time budget: a conversion that overruns it stops with a {@link BadInputException}
 * naming the article, which callers report and skip like any other bad file.
 */
public final class Converter {

    /** One article's named graph, ready to load, with the annotated document it was mapped from. */
    public record ArticleGraph(String source, Resource graphName, NewsDoc document, Model model) { }

    private final Pipeline pipeline;
    private final ArticleMapper mapper;
    private final ShapeChecker checker;
    private final Iris iris;
    private final Duration budget;

    /** The default time budget per article: some thousand times what a real article takes. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);

    /** @param budget the most time one article's conversion may take before it is stopped and reported */
    public Converter(Pipeline pipeline, Iris iris, ShapeChecker checker, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive: " + budget);
        }
        this.pipeline = pipeline;
        this.budget = budget;
        this.iris = iris;
        this.mapper = new ArticleMapper(iris);
        this.checker = checker;
    }

    public Iris iris() {
        return iris;
    }

    /** The time budget of one article's conversion. */
    public Duration budget() {
        return budget;
    }

    /**
     * Converts the decoded text of one article; throws a {@link NewsgraphException} naming it on failure,
     * a {@link BadInputException} when the conversion overruns the {@link #budget()}.
     */
    public ArticleGraph convert(String source, String text) {
        Deadline deadline = Deadline.after(source, budget);
        NewsDoc doc = pipeline.annotate(new NewsDoc(source, text), deadline);
        Model model = mapper.map(doc, deadline);
        deadline.check();
        checker.check(source, model);
        return new ArticleGraph(source, iris.articleGraph(source), doc, model);
    }

    /**
     * The entities graph of some converted articles alone, checked against the shapes: what {@code convert}
     * prints beside the article graphs so that its output reads on its own; a store derives the same
     * from all its articles.
     *
     * @param reference the reference graph under this converter's base
     */
    public Model entities(Collection<ArticleGraph> articles, Graph reference) {
        List<Graph> graphs = articles.stream().map(a -> a.model().getGraph()).toList();
        Model entities = ModelFactory.createModelForGraph(new EntityDescriptions(reference).describeAll(graphs));
        checker.check(iris.entitiesGraph().getURI(), entities);
        return entities;
    }
}
