package org.newsgraph.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
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

    private static final Pattern SPACES = Pattern.compile("\\s+");

    // Triples go straight into the graph as nodes: the Model API's per-statement wrappers cost more
    // than the triples themselves, and GraphMem2Fast is quicker to fill and to search for validation.
    private static final Node TYPE = n(RDF.type);
    private static final Node LABEL = n(RDFS.label);
    private static final Node NAME = n(SchemaDO.name);
    private static final Node TEXT = n(SchemaDO.text);
    private static final Node MENTIONS = n(SchemaDO.mentions);
    private static final Node BEGIN = n(NG.NIF.beginIndex);
    private static final Node END = n(NG.NIF.endIndex);
    private static final Node ANCHOR = n(NG.NIF.anchorOf);
    private static final Node CONTEXT = n(NG.NIF.referenceContext);
    private static final Node DERIVED = n(NG.PROV.wasDerivedFrom);

    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    /** The triples of one article's named graph: metadata, body, comments and resolved mentions. */
    public Model map(Document doc, List<ResolvedMention> mentions, List<Claim> claims, List<Event> events) {
        return ModelFactory.createModelForGraph(new Run(doc).map(mentions, claims, events));
    }

    /** The graph of one article being filled, with the entities already described in it. */
    private final class Run {
        private final Document doc;
        private final Graph g = new GraphMem2Fast();
        private final Node article;
        private final String articleIri;
        private final Set<Entity> described = new HashSet<>();

        Run(Document doc) {
            this.doc = doc;
            this.articleIri = iris.article(doc.source()).getURI();
            this.article = NodeFactory.createURI(articleIri);
        }

        Graph map(List<ResolvedMention> mentions, List<Claim> claims, List<Event> events) {
            add(article, TYPE, n(SchemaDO.NewsArticle));
            add(article, TYPE, n(NG.NIF.Context));
            add(article, n(DCTerms.identifier), string(doc.source()));
            add(article, n(SchemaDO.articleBody), string(doc.body()));
            doc.titleIfAny().ifPresent(t -> {
                add(article, n(SchemaDO.headline), string(t));
                add(article, LABEL, string(t));
            });
            if (doc.title() == null) {
                add(article, LABEL, string(doc.source()));
            }
            doc.dateIfAny().ifPresent(d -> add(article, n(SchemaDO.datePublished), dateNode(d)));
            for (String author : doc.authors()) {
                add(article, n(SchemaDO.author), actor(author, n(SchemaDO.Person)));
            }
            doc.publisherIfAny().ifPresent(p -> add(article, n(SchemaDO.publisher), actor(p, n(SchemaDO.Organization))));
            List<String> comments = doc.comments();
            for (int i = 0; i < comments.size(); i++) {
                Node c = NodeFactory.createURI(iris.comment(doc.source(), i + 1).getURI());
                add(c, TYPE, n(SchemaDO.Comment));
                add(c, TEXT, string(comments.get(i)));
                add(article, n(SchemaDO.comment), c);
            }
            addMentions(mentions);
            List<Node> claimNodes = addClaims(claims);
            addEvents(events, claimNodes);
            return g;
        }

        private void addMentions(List<ResolvedMention> mentions) {
            String body = doc.body();
            // Offsets are converted from chars to code points walking forward once, not from 0 for each mention.
            int char0 = 0;
            int point0 = 0;
            for (ResolvedMention rm : mentions) {
                int begin;
                if (rm.start() >= char0) {
                    begin = point0 + body.codePointCount(char0, rm.start());
                    char0 = rm.start();
                    point0 = begin;
                } else {
                    begin = body.codePointCount(0, rm.start());
                }
                int end = begin + body.codePointCount(rm.start(), rm.end());
                Node entity = entity(rm.entity());
                Node mention = spanNode(begin, end);
                add(mention, TYPE, n(NG.Mention));
                add(mention, BEGIN, index(begin));
                add(mention, END, index(end));
                add(mention, ANCHOR, string(rm.text()));
                add(mention, CONTEXT, article);
                add(mention, n(NG.ITSRDF.taIdentRef), entity);
                add(mention, n(NG.resolvedBy), method(rm.method()));
                add(article, MENTIONS, entity);
            }
        }

        private List<Node> addClaims(List<Claim> claims) {
            List<Node> nodes = new java.util.ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                Node span = span(c.start(), c.end());
                Node claim = NodeFactory.createURI(iris.claim(doc.source(), i + 1).getURI());
                add(claim, TYPE, n(SchemaDO.Claim));
                add(claim, LABEL, string(label(c.text())));
                add(claim, TEXT, string(c.text()));
                add(claim, n(NG.claimKind), c.kind() == Claim.Kind.DIRECT ? n(NG.DirectQuote) : n(NG.ReportedSpeech));
                add(claim, n(NG.span), span);
                add(claim, DERIVED, article);
                if (c.kind() == Claim.Kind.DIRECT) {
                    add(claim, TYPE, n(SchemaDO.Quotation));
                }
                if (c.speaker() != null) {
                    add(claim, n(NG.speaker), entity(c.speaker()));
                }
                if (c.speakerDescription() != null) {
                    add(claim, n(NG.speakerDescription), string(c.speakerDescription()));
                }
                if (c.verb() != null) {
                    add(claim, n(NG.verb), string(c.verb()));
                }
                if (c.medium() != null) {
                    add(claim, n(NG.medium), string(c.medium()));
                }
                doc.dateIfAny().ifPresent(d -> add(claim, n(DCTerms.date), dateNode(d)));
                for (Entity e : c.mentions()) {
                    add(claim, MENTIONS, entity(e));
                }
                nodes.add(claim);
            }
            return nodes;
        }

        private void addEvents(List<Event> events, List<Node> claims) {
            for (Event e : events) {
                Node event = NodeFactory.createURI(iris.event(e.key()).getURI());
                add(event, TYPE, n(SchemaDO.Event));
                add(event, LABEL, string(e.type() + (e.date() == null ? "" : " " + e.date().lexical()) + ": "
                        + String.join(", ", e.participants().stream().map(Entity::name).toList())));
                add(event, n(NG.eventType), type(e.type()));
                add(event, DERIVED, article);
                if (e.date() != null) {
                    add(event, n(SchemaDO.startDate), dateNode(e.date()));
                }
                if (e.place() != null) {
                    add(event, n(SchemaDO.location), string(e.place()));
                }
                for (Entity p : e.participants()) {
                    add(event, n(NG.participant), entity(p));
                }
                e.agents().forEach(p -> add(event, n(NG.agent), entity(p)));
                e.targets().forEach(p -> add(event, n(NG.target), entity(p)));
                for (int[] s : e.spans()) {
                    add(event, n(NG.span), span(s[0], s[1]));
                }
                e.claims().forEach(i -> add(event, n(NG.claim), claims.get(i)));
            }
        }

        // A span of the body a fact was read from; offsets converted from chars to code points.
        private Node span(int start, int end) {
            String body = doc.body();
            int begin = body.codePointCount(0, start);
            int stop = begin + body.codePointCount(start, end);
            Node span = spanNode(begin, stop);
            add(span, TYPE, n(NG.NIF.NIFString));
            add(span, BEGIN, index(begin));
            add(span, END, index(stop));
            add(span, ANCHOR, string(body.substring(start, end)));
            add(span, CONTEXT, article);
            return span;
        }

        private Node spanNode(int begin, int end) {
            return NodeFactory.createURI(articleIri + "/span/" + begin + "-" + end);
        }

        private Node entity(Entity e) {
            Node r = NodeFactory.createURI(e.iri());
            // An entity named many times is described once; the graph would drop the repeats anyway.
            if (described.add(e)) {
                add(r, TYPE, switch (e.kind()) {
                    case PERSON -> n(SchemaDO.Person);
                    case ORGANIZATION -> n(SchemaDO.Organization);
                    case COUNTRY -> n(SchemaDO.Country);
                });
                add(r, NAME, string(e.name()));
                add(r, LABEL, string(e.name()));
                if (e.code() != null) {
                    add(r, n(NG.isoAlpha2), string(e.code()));
                }
                if (e.wikidata() != null) {
                    add(r, n(OWL.sameAs), NodeFactory.createURI(e.wikidata()));
                }
            }
            return r;
        }

        private Node actor(String name, Node type) {
            Node r = NodeFactory.createURI(iris.actor(name).getURI());
            add(r, TYPE, type);
            add(r, NAME, string(name));
            add(r, LABEL, string(name));
            return r;
        }

        private void add(Node s, Node p, Node o) {
            g.add(s, p, o);
        }
    }

    private static Node type(EventType t) {
        return n(switch (t) {
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
        });
    }

    private static String label(String text) {
        String[] w = SPACES.split(text);
        return w.length <= 12 ? text : String.join(" ", java.util.Arrays.copyOf(w, 12)) + " …";
    }

    private static Node method(ResolvedMention.Method method) {
        return n(switch (method) {
            case REFERENCE_DATA -> NG.ReferenceData;
            case PATTERN -> NG.Pattern;
            case COREFERENCE -> NG.Coreference;
        });
    }

    private static Node index(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node n(RDFNode r) {
        return r.asNode();
    }

    private static Node dateNode(PartialDate d) {
        return date(d).asNode();
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
