package org.newsgraph.rdf;

import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.text.Document;
import org.newsgraph.text.PartialDate;

/** Maps a cleaned document to the RDF of its article graph: the step document → RDF of the flow. */
public final class ArticleMapper {

    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    /** The triples of one article's named graph. */
    public Model map(Document doc) {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(iris.article(doc.source()).getURI())
                .addProperty(RDF.type, SchemaDO.NewsArticle)
                .addProperty(RDF.type, NG.NIF.Context)
                .addProperty(DCTerms.identifier, doc.source())
                .addProperty(SchemaDO.articleBody, doc.body());
        doc.titleIfAny().ifPresent(t -> article.addProperty(SchemaDO.headline, t).addProperty(RDFS.label, t));
        if (doc.title() == null) {
            article.addProperty(RDFS.label, doc.source());
        }
        doc.dateIfAny().ifPresent(d -> article.addLiteral(SchemaDO.datePublished, date(d)));
        for (String author : doc.authors()) {
            article.addProperty(SchemaDO.author, actor(m, author, SchemaDO.Person));
        }
        doc.publisherIfAny().ifPresent(p -> article.addProperty(SchemaDO.publisher, actor(m, p, SchemaDO.Organization)));
        List<String> comments = doc.comments();
        for (int i = 0; i < comments.size(); i++) {
            Resource c = m.createResource(iris.comment(doc.source(), i + 1).getURI())
                    .addProperty(RDF.type, SchemaDO.Comment)
                    .addProperty(SchemaDO.text, comments.get(i));
            article.addProperty(SchemaDO.comment, c);
        }
        return m;
    }

    private Resource actor(Model m, String name, Resource type) {
        return m.createResource(iris.actor(name).getURI())
                .addProperty(RDF.type, type)
                .addProperty(SchemaDO.name, name)
                .addProperty(RDFS.label, name);
    }

    /** A date as the XSD type of its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static Literal date(PartialDate d) {
        RDFDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(d.lexical(), type);
    }
}
