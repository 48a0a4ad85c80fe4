package org.newsgraph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeChecker;
import java.util.List;
import org.newsgraph.resolve.Claim;
import org.newsgraph.resolve.ClaimResolver;
import org.newsgraph.resolve.EventResolver;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedMention;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.Document;

/**
 * The whole pure conversion of one article, text → document → resolved mentions, claims and
 * events → RDF graph checked against the shapes. No IO: callers read the file and store the result.
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

    public Converter(ArticleReader reader, EntityResolver resolver, ClaimResolver claims, EventResolver events,
                     Iris iris, ShapeChecker checker) {
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

    /** Converts the decoded text of one article; throws a {@link NewsgraphException} naming it on failure. */
    public ArticleGraph convert(String source, String text) {
        Document doc = reader.read(source, text);
        List<ResolvedMention> mentions = resolver.resolve(doc);
        List<Claim> said = claims.resolve(doc, mentions);
        Model model = mapper.map(doc, mentions, said, events.resolve(doc, mentions, said));
        checker.check(source, model);
        return new ArticleGraph(source, iris.articleGraph(source), doc, model);
    }
}
