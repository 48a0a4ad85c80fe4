package org.newsgraph.pipeline;

import org.newsgraph.base.Deadline;

import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeChecker;
import java.util.List;
import org.newsgraph.doc.Claim;
import org.newsgraph.resolve.ClaimResolver;
import org.newsgraph.doc.Event;
import org.newsgraph.resolve.EventResolver;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.doc.Mention;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.Document;

/**
 * The whole pure conversion of one article, text → document → resolved mentions, claims and
 * events → RDF graph checked against the shapes. No IO: callers read the file and store the result.
 * Each article has a time budget: a conversion that overruns it stops with a {@link BadInputException}
 * naming the article, which callers report and skip like any other bad file.
 */
public final class Converter {

    /** One article's named graph, ready to load. */
    public record ArticleGraph(String source, Resource graphName, Document document, Model model) { }

    private final ArticleReader reader;
    private final EntityResolver resolver;
    private final ClaimResolver claims;
    private final EventResolver events;
    private final ArticleMapper mapper;
    private final ShapeChecker checker;
    private final Iris iris;
    private final Duration budget;

    /** The default time budget per article: some thousand times what a real article takes. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);

    public Converter(ArticleReader reader, EntityResolver resolver, ClaimResolver claims, EventResolver events,
                     Iris iris, ShapeChecker checker) {
        this(reader, resolver, claims, events, iris, checker, DEFAULT_BUDGET);
    }

    /** @param budget the most time one article's conversion may take before it is stopped and reported */
    public Converter(ArticleReader reader, EntityResolver resolver, ClaimResolver claims, EventResolver events,
                     Iris iris, ShapeChecker checker, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive: " + budget);
        }
        this.budget = budget;
        this.reader = reader;
        this.resolver = resolver;
        this.claims = claims;
        this.events = events;
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
        Document doc = reader.read(source, text, deadline);
        deadline.check();
        List<Mention> mentions = resolver.resolve(doc, deadline);
        deadline.check();
        List<Claim> said = claims.resolve(doc, mentions, deadline);
        deadline.check();
        List<Event> reported = events.resolve(doc, mentions, said, deadline);
        deadline.check();
        Model model = mapper.map(doc, mentions, said, reported, deadline);
        deadline.check();
        checker.check(source, model);
        return new ArticleGraph(source, iris.articleGraph(source), doc, model);
    }
}
