package org.newsgraph.rdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Claim;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.Event;
import org.newsgraph.doc.EventType;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.Metadata;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.doc.Sentence;
import org.newsgraph.vocab.NG;

/**
 * Maps a cleaned document to the RDF of its article graph: the step document → RDF of the flow.
 * The graph holds what the article says and nothing that describes an entity for the whole corpus:
 * no type, label, sameAs or ISO code. Of an entity the reference data does not know it states the
 * one name the article gives it ({@code ng:nameInArticle}) and its kind ({@code ng:kindInArticle}),
 * and of any entity each other spelling it prints ({@code ng:aliasInArticle}): exactly what
 * {@link EntityDescriptions} needs to derive the entities graph from the article graphs alone, so that
 * each entity is described once however many articles name it.
 */
public final class ArticleMapper {

    // Triples go straight into the graph as nodes: the Model API's per-statement wrappers cost more
    // than the triples themselves.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Node TYPE = n(RDF.type);
    private static final Node LABEL = n(RDFS.label);
    private static final Node NAME_IN_ARTICLE = n(NG.nameInArticle);
    private static final Node ALIAS_IN_ARTICLE = n(NG.aliasInArticle);
    private static final Node KIND_IN_ARTICLE = n(NG.kindInArticle);
    private static final Node PERSON = n(SchemaDO.Person);
    private static final Node ORGANIZATION = n(SchemaDO.Organization);
    private static final Node COUNTRY = n(SchemaDO.Country);
    private static final Node TEXT = n(SchemaDO.text);
    private static final Node MENTIONS = n(SchemaDO.mentions);
    private static final Node BEGIN = n(NG.NIF.beginIndex);
    private static final Node END = n(NG.NIF.endIndex);
    private static final Node ANCHOR = n(NG.NIF.anchorOf);
    private static final Node CONTEXT = n(NG.NIF.referenceContext);
    private static final Node DERIVED = n(NG.PROV.wasDerivedFrom);
    private static final Node IDENT_REF = n(NG.ITSRDF.taIdentRef);
    private static final Node RESOLVED_BY = n(NG.resolvedBy);
    private static final Node SPAN = n(NG.span);
    private static final Node MENTION = n(NG.Mention);
    private static final Node NIF_STRING = n(NG.NIF.NIFString);

    // Offsets repeat from article to article: their nodes are made once, a chunk at a time on first use,
    // which spares parsing ~500 lexical forms as xsd:nonNegativeInteger per article. Fixed size: memory stays flat.
    private static final int CHUNK = 256;
    private static final AtomicReferenceArray<Node[]> INDEXES = new AtomicReferenceArray<>(64);

    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    /**
     * The triples of one article's named graph, from its annotated document: metadata, body, comments,
     * mentions, claims and events; stops with the deadline's error once its time is spent.
     */
    public Model map(NewsDoc doc, Deadline deadline) {
        return ModelFactory.createModelForGraph(new Run(doc, deadline).map(doc.get(Layers.MENTIONS),
                doc.get(Layers.CLAIMS), doc.get(Layers.EVENTS)));
    }

    // The spellings and kinds one entity node was given in an article, the resolved entity's name first.
    private static final class Names {
        private String canonical;
        private final Set<String> all = new LinkedHashSet<>(2);
        private final Set<Node> kinds = new LinkedHashSet<>(2);
        private boolean fromReference;
    }

    /** The graph of one article being filled, with the entities already described in it. */
    private final class Run {
        private final NewsDoc doc;
        private final Metadata meta;
        private final Deadline deadline;
        private final String body;
        private final Graph g = GraphFactory.createGraphMem();
        private final Node article;
        private final String articleIri;
        // Without surrogate pairs (the usual body) code point offsets are the char offsets themselves;
        // else codePoints[i] counts the code points before char i, as codePointCount(0, i) does.
        private final boolean charsAreCodePoints;
        private int[] codePointsBefore;
        // The publication date, one node for the article and each of its claims.
        private final Node published;
        private final Map<Entity, Node> described = new HashMap<>();
        // Names per entity node, written last: a by-line "Resat Volkov" and a body "Reşat Volkov" share one
        // IRI (one slug), and the article gives an entity exactly one name.
        private final Map<Node, Names> names = new LinkedHashMap<>();

        Run(NewsDoc doc, Deadline deadline) {
            this.doc = doc;
            this.meta = doc.metadata();
            this.deadline = deadline;
            this.body = doc.body();
            this.articleIri = iris.article(doc.source()).getURI();
            this.article = NodeFactory.createURI(articleIri);
            this.charsAreCodePoints = body.codePointCount(0, body.length()) == body.length();
            this.published = meta.dateIfAny().map(ArticleMapper::dateNode).orElse(null);
        }

        Graph map(List<Mention> mentions, List<Claim> claims, List<Event> events) {
            add(article, TYPE, n(SchemaDO.NewsArticle));
            add(article, TYPE, n(NG.NIF.Context));
            add(article, n(DCTerms.identifier), string(doc.source()));
            add(article, n(SchemaDO.articleBody), string(body));
            meta.titleIfAny().ifPresent(t -> {
                add(article, n(SchemaDO.headline), string(t));
                add(article, LABEL, string(t));
            });
            if (meta.title() == null) {
                add(article, LABEL, string(doc.source()));
            }
            if (published != null) {
                add(article, n(SchemaDO.datePublished), published);
            }
            for (Entity author : meta.authors()) {
                add(article, n(SchemaDO.author), actor(author, PERSON));
            }
            meta.outletIfAny().ifPresent(p -> add(article, n(SchemaDO.publisher), actor(p, ORGANIZATION)));
            List<String> comments = doc.get(Layers.COMMENTS);
            for (int i = 0; i < comments.size(); i++) {
                Node c = NodeFactory.createURI(iris.comment(doc.source(), i + 1).getURI());
                add(c, TYPE, n(SchemaDO.Comment));
                add(c, TEXT, string(comments.get(i)));
                add(article, n(SchemaDO.comment), c);
            }
            addMentions(mentions);
            deadline.check();
            Map<Claim, Node> claimNodes = addClaims(claims);
            deadline.check();
            addEvents(events, claimNodes);
            addNames();
            return g;
        }

        private void addMentions(List<Mention> mentions) {
            for (Mention rm : mentions) {
                int begin = codePoint(rm.start());
                int end = begin + codePoints(rm.start(), rm.end());
                Node entity = entity(rm.entity());
                Node mention = spanNode(begin, end);
                add(mention, TYPE, MENTION);
                add(mention, BEGIN, index(begin));
                add(mention, END, index(end));
                add(mention, ANCHOR, string(rm.text()));
                add(mention, CONTEXT, article);
                add(mention, IDENT_REF, entity);
                add(mention, RESOLVED_BY, method(rm.method()));
                add(article, MENTIONS, entity);
            }
        }

        // The code point offset of char offset i: counted once for the whole body, not from 0 for each span.
        private int codePoint(int i) {
            if (charsAreCodePoints) {
                return i;
            }
            if (codePointsBefore == null) {
                codePointsBefore = new int[body.length() + 1];
                for (int k = 0; k < body.length(); k++) {
                    // The low half of a pair adds nothing: the pair is one code point.
                    boolean low = k > 0 && Character.isLowSurrogate(body.charAt(k))
                            && Character.isHighSurrogate(body.charAt(k - 1));
                    codePointsBefore[k + 1] = codePointsBefore[k] + (low ? 0 : 1);
                }
            }
            return codePointsBefore[i];
        }

        private int codePoints(int start, int end) {
            return charsAreCodePoints ? end - start : body.codePointCount(start, end);
        }

        // Claim IRIs number the claims of an article in text order; events find theirs by the claim itself.
        private Map<Claim, Node> addClaims(List<Claim> claims) {
            Map<Claim, Node> nodes = new IdentityHashMap<>();
            for (int i = 0; i < claims.size(); i++) {
                deadline.check();
                Claim c = claims.get(i);
                Node span = span(c.start(), c.end());
                Node claim = NodeFactory.createURI(iris.claim(doc.source(), i + 1).getURI());
                Node text = string(c.text());
                String label = label(c.text());
                add(claim, TYPE, n(SchemaDO.Claim));
                add(claim, LABEL, label.equals(c.text()) ? text : string(label));
                add(claim, TEXT, text);
                add(claim, n(NG.claimKind), c.kind() == Claim.Kind.DIRECT ? n(NG.DirectQuote) : n(NG.ReportedSpeech));
                add(claim, SPAN, span);
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
                if (published != null) {
                    add(claim, n(DCTerms.date), published);
                }
                for (Entity e : c.mentions()) {
                    add(claim, MENTIONS, entity(e));
                }
                nodes.put(c, claim);
            }
            return nodes;
        }

        private void addEvents(List<Event> events, Map<Claim, Node> claims) {
            for (Event e : events) {
                deadline.check();
                Node event = NodeFactory.createURI(iris.event(e).getURI());
                add(event, TYPE, n(SchemaDO.Event));
                add(event, LABEL, string(label(e)));
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
                for (Entity p : e.agents()) {
                    add(event, n(NG.agent), entity(p));
                }
                for (Entity p : e.targets()) {
                    add(event, n(NG.target), entity(p));
                }
                for (Sentence s : e.sentences()) {
                    add(event, SPAN, span(s.start(), s.end()));
                }
                for (Claim c : e.claims()) {
                    add(event, n(NG.claim), claims.get(c));
                }
            }
        }

        // A span of the body a fact was read from; offsets converted from chars to code points.
        private Node span(int start, int end) {
            int begin = codePoint(start);
            int stop = begin + codePoints(start, end);
            Node span = spanNode(begin, stop);
            add(span, TYPE, NIF_STRING);
            add(span, BEGIN, index(begin));
            add(span, END, index(stop));
            add(span, ANCHOR, string(body.substring(start, end)));
            add(span, CONTEXT, article);
            return span;
        }

        private Node spanNode(int begin, int end) {
            return NodeFactory.createURI(articleIri + "/span/" + begin + "-" + end);
        }

        // An entity named many times gets its node made once; what the article says of it is written last.
        private Node entity(Entity e) {
            Node r = described.get(e);
            if (r == null) {
                r = NodeFactory.createURI(iris.entity(e).getURI());
                described.put(e, r);
                name(r, e, kind(e), true);
            }
            return r;
        }

        // A byline's author or the outlet: the kind is the role's, the name the byline's spelling.
        private Node actor(Entity e, Node kind) {
            Node r = NodeFactory.createURI(iris.entity(e).getURI());
            name(r, e, kind, false);
            return r;
        }

        private void name(Node r, Entity e, Node kind, boolean canonical) {
            Names n = names.computeIfAbsent(r, k -> new Names());
            if (canonical && n.canonical == null) {
                n.canonical = e.name();
            }
            n.all.add(e.name());
            n.kinds.add(kind);
            n.fromReference |= e.id() != null;
        }

        // The resolved entity's name wins over a by-line's spelling; other spellings become aliases. A
        // reference entity's name, kind and links are the reference graph's: only other spellings are the article's.
        private void addNames() {
            names.forEach((r, n) -> {
                String main = n.canonical != null ? n.canonical : n.all.iterator().next();
                if (!n.fromReference) {
                    add(r, NAME_IN_ARTICLE, string(main));
                    n.kinds.forEach(k -> add(r, KIND_IN_ARTICLE, k));
                }
                for (String other : n.all) {
                    if (!other.equals(main)) {
                        add(r, ALIAS_IN_ARTICLE, string(other));
                    }
                }
            });
        }

        private void add(Node s, Node p, Node o) {
            g.add(Triple.create(s, p, o));
        }
    }

    private static Node kind(Entity e) {
        return switch (e.kind()) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case COUNTRY -> COUNTRY;
        };
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

    /** The text, or its first 12 words (as a split at {@code \s+} gives them) joined by single spaces and " …". */
    static String label(String text) {
        String[] words = WHITESPACE.split(text);
        return words.length <= 12 ? text : String.join(" ", Arrays.copyOf(words, 12)) + " …";
    }

    private static String label(Event e) {
        StringBuilder label = new StringBuilder().append(e.type());
        if (e.date() != null) {
            label.append(' ').append(e.date().lexical());
        }
        label.append(": ");
        List<Entity> participants = e.participants();
        for (int i = 0; i < participants.size(); i++) {
            label.append(i == 0 ? "" : ", ").append(participants.get(i).name());
        }
        return label.toString();
    }

    private static Node method(Mention.Method method) {
        return n(switch (method) {
            case REFERENCE_DATA -> NG.ReferenceData;
            case PATTERN -> NG.Pattern;
            case COREFERENCE -> NG.Coreference;
        });
    }

    private static Node index(int i) {
        int c = i / CHUNK;
        if (c >= INDEXES.length()) {
            return indexNode(i);
        }
        Node[] chunk = INDEXES.get(c);
        if (chunk == null) {
            // Complete before the atomic set publishes it; two threads may both fill one, with equal nodes.
            chunk = new Node[CHUNK];
            for (int k = 0; k < CHUNK; k++) {
                chunk[k] = indexNode(c * CHUNK + k);
            }
            INDEXES.set(c, chunk);
        }
        return chunk[i % CHUNK];
    }

    private static Node indexNode(int i) {
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
