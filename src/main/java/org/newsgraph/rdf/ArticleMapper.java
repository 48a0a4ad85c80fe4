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
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.reference.Entity;
import org.newsgraph.extract.EventType;
import org.newsgraph.resolve.Claim;
import org.newsgraph.resolve.Event;
import org.newsgraph.resolve.ResolvedMention;
import org.newsgraph.text.Document;
import org.newsgraph.text.PartialDate;

/** Maps a cleaned document to the RDF of its article graph: the step document → RDF of the flow. */
public final class ArticleMapper {

    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    /** The triples of one article's named graph: metadata, body, comments and resolved mentions. */
    public Model map(Document doc, List<ResolvedMention> mentions, List<Claim> claims, List<Event> events) {
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
        addMentions(m, article, doc, mentions);
        List<Resource> claimNodes = addClaims(m, article, doc, claims);
        addEvents(m, article, doc, events, claimNodes);
        return m;
    }

    private void addMentions(Model m, Resource article, Document doc, List<ResolvedMention> mentions) {
        String body = doc.body();
        for (ResolvedMention rm : mentions) {
            int begin = body.codePointCount(0, rm.start());
            int end = begin + body.codePointCount(rm.start(), rm.end());
            Resource entity = entity(m, rm.entity());
            m.createResource(iris.span(article, begin, end).getURI())
                    .addProperty(RDF.type, NG.Mention)
                    .addLiteral(NG.NIF.beginIndex, index(begin))
                    .addLiteral(NG.NIF.endIndex, index(end))
                    .addProperty(NG.NIF.anchorOf, rm.text())
                    .addProperty(NG.NIF.referenceContext, article)
                    .addProperty(NG.ITSRDF.taIdentRef, entity)
                    .addProperty(NG.resolvedBy, method(rm.method()));
            article.addProperty(SchemaDO.mentions, entity);
        }
    }

    private List<Resource> addClaims(Model m, Resource article, Document doc, List<Claim> claims) {
        List<Resource> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            Resource span = span(m, article, doc.body(), c.start(), c.end());
            Resource claim = m.createResource(iris.claim(doc.source(), i + 1).getURI())
                    .addProperty(RDF.type, SchemaDO.Claim)
                    .addProperty(RDFS.label, label(c.text()))
                    .addProperty(SchemaDO.text, c.text())
                    .addProperty(NG.claimKind, c.kind() == Claim.Kind.DIRECT ? NG.DirectQuote : NG.ReportedSpeech)
                    .addProperty(NG.span, span)
                    .addProperty(NG.PROV.wasDerivedFrom, article);
            if (c.kind() == Claim.Kind.DIRECT) {
                claim.addProperty(RDF.type, SchemaDO.Quotation);
            }
            if (c.speaker() != null) {
                claim.addProperty(NG.speaker, entity(m, c.speaker()));
            }
            if (c.speakerDescription() != null) {
                claim.addProperty(NG.speakerDescription, c.speakerDescription());
            }
            if (c.verb() != null) {
                claim.addProperty(NG.verb, c.verb());
            }
            if (c.medium() != null) {
                claim.addProperty(NG.medium, c.medium());
            }
            doc.dateIfAny().ifPresent(d -> claim.addLiteral(DCTerms.date, date(d)));
            for (Entity e : c.mentions()) {
                claim.addProperty(SchemaDO.mentions, entity(m, e));
            }
            nodes.add(claim);
        }
        return nodes;
    }

    private void addEvents(Model m, Resource article, Document doc, List<Event> events, List<Resource> claims) {
        for (Event e : events) {
            Resource event = m.createResource(iris.event(e.key()).getURI())
                    .addProperty(RDF.type, SchemaDO.Event)
                    .addProperty(RDFS.label, e.type() + (e.date() == null ? "" : " " + e.date().lexical()) + ": "
                            + String.join(", ", e.participants().stream().map(Entity::name).toList()))
                    .addProperty(NG.eventType, type(e.type()))
                    .addProperty(NG.PROV.wasDerivedFrom, article);
            if (e.date() != null) {
                event.addLiteral(SchemaDO.startDate, date(e.date()));
            }
            if (e.place() != null) {
                event.addProperty(SchemaDO.location, e.place());
            }
            for (Entity p : e.participants()) {
                event.addProperty(NG.participant, entity(m, p));
            }
            e.agents().forEach(p -> event.addProperty(NG.agent, entity(m, p)));
            e.targets().forEach(p -> event.addProperty(NG.target, entity(m, p)));
            for (int[] s : e.spans()) {
                event.addProperty(NG.span, span(m, article, doc.body(), s[0], s[1]));
            }
            e.claims().forEach(i -> event.addProperty(NG.claim, claims.get(i)));
        }
    }

    private static Resource type(EventType t) {
        return switch (t) {
            case Meeting -> NG.Meeting;
            case Visit -> NG.Visit;
            case Communication -> NG.Communication;
            case Vote -> NG.Vote;
            case MilitaryAction -> NG.MilitaryAction;
            case Attack -> NG.Attack;
            case Launch -> NG.Launch;
            case Agreement -> NG.Agreement;
            case Sanction -> NG.Sanction;
            case Annexation -> NG.Annexation;
            case Election -> NG.Election;
            case Other -> NG.Other;
        };
    }

    // A span of the body a fact was read from; offsets converted from chars to code points.
    private Resource span(Model m, Resource article, String body, int start, int end) {
        int begin = body.codePointCount(0, start);
        int stop = begin + body.codePointCount(start, end);
        return m.createResource(iris.span(article, begin, stop).getURI())
                .addProperty(RDF.type, NG.NIF.NIFString)
                .addLiteral(NG.NIF.beginIndex, index(begin))
                .addLiteral(NG.NIF.endIndex, index(stop))
                .addProperty(NG.NIF.anchorOf, body.substring(start, end))
                .addProperty(NG.NIF.referenceContext, article);
    }

    private static String label(String text) {
        String[] w = text.split("\\s+");
        return w.length <= 12 ? text : String.join(" ", java.util.Arrays.copyOf(w, 12)) + " …";
    }

    private static Resource entity(Model m, Entity e) {
        Resource r = m.createResource(e.iri())
                .addProperty(RDF.type, switch (e.kind()) {
                    case PERSON -> SchemaDO.Person;
                    case ORGANIZATION -> SchemaDO.Organization;
                    case COUNTRY -> SchemaDO.Country;
                })
                .addProperty(SchemaDO.name, e.name())
                .addProperty(RDFS.label, e.name());
        if (e.code() != null) {
            r.addProperty(NG.isoAlpha2, e.code());
        }
        if (e.wikidata() != null) {
            r.addProperty(OWL.sameAs, m.createResource(e.wikidata()));
        }
        return r;
    }

    private static Resource method(ResolvedMention.Method method) {
        return switch (method) {
            case REFERENCE_DATA -> NG.ReferenceData;
            case PATTERN -> NG.Pattern;
            case COREFERENCE -> NG.Coreference;
        };
    }

    private static Literal index(int i) {
        return ResourceFactory.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
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
