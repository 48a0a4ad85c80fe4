package org.newsgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.store.Queries;
import org.newsgraph.vocab.NG;

/**
 * Builds the view model of a resource page (linked-data browsing) and the machine description of
 * an IRI, reading the store in a read transaction.
 */
final class PageService {

    private static final int MAX_VALUES = 60;

    /** Properties shown at the top of a page, in this order, when the resource has them. */
    private static final List<Node> KEY_PROPERTIES = List.of(SchemaDO.datePublished.asNode(),
            SchemaDO.author.asNode(), SchemaDO.publisher.asNode(), NG.speaker.asNode(),
            NG.speakerDescription.asNode(), NG.claimKind.asNode(), NG.verb.asNode(), NG.medium.asNode(),
            NG.eventType.asNode(), SchemaDO.startDate.asNode(), NG.agent.asNode(), NG.target.asNode(),
            NG.participant.asNode(), SchemaDO.location.asNode(), DCTerms.date.asNode(),
            SKOS.altLabel.asNode(), NG.PROV.wasDerivedFrom.asNode());

    /** Panels shown for instances of a class: title and page query. */
    private record PanelSpec(String title, String query) { }

    private static final PanelSpec ROLES = new PanelSpec("Roles", "actor-roles");
    private static final PanelSpec CLAIMS_MADE = new PanelSpec("Claims made", "actor-claims");
    private static final PanelSpec CLAIMS_ABOUT = new PanelSpec("Claims that mention it", "claims-mentioning");
    private static final PanelSpec EVENTS = new PanelSpec("Events", "events-of");
    private static final PanelSpec ARTICLES = new PanelSpec("Articles", "mentioned-in");
    private static final PanelSpec CO_MENTIONED = new PanelSpec("Mentioned together with", "co-mentioned");

    private static final Map<Node, List<PanelSpec>> PANELS = Map.of(
            SchemaDO.NewsArticle.asNode(), List.of(new PanelSpec("Who and what it mentions", "article-mentions"),
                    new PanelSpec("Claims", "article-claims"), new PanelSpec("Events", "article-events")),
            SchemaDO.Person.asNode(), List.of(ROLES, CLAIMS_MADE, CLAIMS_ABOUT, EVENTS, ARTICLES, CO_MENTIONED),
            SchemaDO.Organization.asNode(), List.of(ROLES, CLAIMS_MADE, CLAIMS_ABOUT, EVENTS, ARTICLES, CO_MENTIONED),
            SchemaDO.Country.asNode(), List.of(EVENTS, CLAIMS_ABOUT, ARTICLES, CO_MENTIONED),
            SchemaDO.Event.asNode(), List.of(new PanelSpec("Sources", "event-sources")));

    private final DatasetGraph dsg;
    private final long queryTimeoutMillis;
    private final String base;
    private final PrefixMap prefixes;
    private final Map<String, Query> queries = new TreeMap<>();

    /** Local page of an IRI outside the base that the store describes (ontology terms, reference IRIs). */
    static final String DESCRIBE = "/describe";

    PageService(DatasetGraph dsg, PrefixMap prefixes, String base, long queryTimeoutMillis) {
        this.dsg = dsg;
        this.queryTimeoutMillis = queryTimeoutMillis;
        this.base = base;
        this.prefixes = prefixes;
        for (List<PanelSpec> specs : PANELS.values()) {
            specs.forEach(s -> queries.computeIfAbsent(s.query(), q -> Queries.load("sparql/page/" + q + ".rq")));
        }
        queries.put("article-spans", Queries.load("sparql/page/article-spans.rq"));
    }

    /** Whether the store knows an IRI: as subject, object or graph name. */
    boolean knows(Node iri) {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(iri)
                || dsg.getUnionGraph().contains(iri, Node.ANY, Node.ANY)
                || dsg.getUnionGraph().contains(Node.ANY, Node.ANY, iri));
    }

    /** The machine description of an IRI; empty when the store does not know it. */
    Optional<Graph> describe(Node iri, Deadline deadline) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = Describer.describe(dsg, iri, deadline);
            return g.isEmpty() ? Optional.empty() : Optional.of(g);
        });
    }

    /** The HTML page of an IRI; empty when the store does not know it. */
    Optional<ResourcePage> page(Node iri, Deadline deadline) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            if (!knows(iri)) {
                return Optional.empty();
            }
            long graphTriples = dsg.containsGraph(iri) ? dsg.getGraph(iri).size() : 0;
            return Optional.of(build(union, iri, graphTriples, deadline));
        });
    }

    /** A page for an IRI described by a graph of its own (the VoID description); no panels. */
    ResourcePage page(Graph graph, Node iri) {
        return build(graph, iri, 0, null);
    }

    // Pages of the store have panels and a deadline; the VoID page (a small graph of its own) has neither.
    private ResourcePage build(Graph g, Node iri, long graphTriples, Deadline deadline) {
        boolean withPanels = deadline != null;
        Labels labels = new Labels(g, prefixes);
        List<ResourcePage.Link> types = new ArrayList<>();
        g.find(iri, RDF.type.asNode(), Node.ANY).forEach(t -> types.add(link(labels, t.getObject())));
        types.sort(Comparator.comparing(ResourcePage.Link::label));
        boolean article = g.contains(iri, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        boolean claim = g.contains(iri, RDF.type.asNode(), SchemaDO.Claim.asNode());
        String quote = claim ? first(g, iri, SchemaDO.text.asNode()) : "";
        List<Highlighter.Segment> body = article && withPanels ? body(g, iri, labels, deadline) : List.of();
        List<Node> hidden = new ArrayList<>(List.of(RDF.type.asNode()));
        if (!body.isEmpty()) {
            hidden.add(SchemaDO.articleBody.asNode());
        }
        if (!quote.isEmpty()) {
            hidden.add(SchemaDO.text.asNode());
        }
        List<ResourcePage.Row> out = rows(labels, g.find(iri, Node.ANY, Node.ANY).toList(), hidden, false);
        check(deadline, iri);
        List<ResourcePage.Row> in = rows(labels, incoming(g, iri), List.of(), true);
        check(deadline, iri);
        List<ResourcePage.Row> key = new ArrayList<>();
        for (Node p : KEY_PROPERTIES) {
            out.stream().filter(r -> r.property().href().equals(p.getURI())).findFirst().ifPresent(key::add);
        }
        List<ResourcePage.Panel> panels = new ArrayList<>();
        if (withPanels) {
            panels.addAll(panels(g, iri, labels, deadline));
        }
        String label = labels.of(iri);
        List<ResourcePage.Link> formats = List.of(Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.RDFXML)
                .stream().map(f -> new ResourcePage.Link(variant(iri, f), f.title(), f.mediaType()))
                .toList();
        return new ResourcePage(iri.getURI(), label, types, key, quote, body, panels, out, in, formats, graphTriples);
    }

    private String variant(Node iri, Format f) {
        if (iri.getURI().startsWith(base)) {
            return withExtension(iri.getURI(), f);
        }
        return DESCRIBE + "?iri=" + URLEncoder.encode(iri.getURI(), StandardCharsets.UTF_8)
                + "&format=" + f.extension();
    }

    /** The IRI of a representation: the fragment, if any, stays last. */
    static String withExtension(String iri, Format f) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri + "." + f.extension()
                : iri.substring(0, hash) + "." + f.extension() + iri.substring(hash);
    }

    private static List<Triple> incoming(Graph g, Node iri) {
        List<Triple> in = new ArrayList<>();
        var it = g.find(Node.ANY, Node.ANY, iri);
        try {
            while (it.hasNext() && in.size() < Describer.MAX_INCOMING) {
                in.add(it.next());
            }
        } finally {
            it.close();
        }
        return in;
    }

    private List<ResourcePage.Row> rows(Labels labels, List<Triple> triples, List<Node> hidden, boolean incoming) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (!hidden.contains(t.getPredicate())) {
                byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                        .add(incoming ? t.getSubject() : t.getObject());
            }
        }
        List<ResourcePage.Row> rows = new ArrayList<>();
        byProperty.forEach((p, nodes) -> {
            List<ResourcePage.Link> values = nodes.stream().distinct().map(n -> link(labels, n))
                    .sorted(Comparator.comparing(ResourcePage.Link::label).thenComparing(ResourcePage.Link::href))
                    .toList();
            rows.add(new ResourcePage.Row(link(labels, p), values.subList(0, Math.min(MAX_VALUES, values.size())),
                    Math.max(0, values.size() - MAX_VALUES)));
        });
        rows.sort(Comparator.comparing(r -> r.property().label()));
        return rows;
    }

    private static void check(Deadline deadline, Node iri) {
        if (deadline != null) {
            deadline.check(iri.getURI());
        }
    }

    // A page's queries share its deadline, and never run longer than the server's query timeout.
    private QueryExec exec(String query, Node iri, Deadline deadline) {
        return QueryExec.dataset(dsg).query(queries.get(query)).substitution("this", iri)
                .timeout(Math.min(deadline.remainingMillis(), queryTimeoutMillis)).build();
    }

    private List<Highlighter.Segment> body(Graph g, Node article, Labels labels, Deadline deadline) {
        String text = first(g, article, SchemaDO.articleBody.asNode());
        if (text.isEmpty()) {
            return List.of();
        }
        List<Highlighter.Span> spans = new ArrayList<>();
        try (QueryExec qe = exec("article-spans", article, deadline)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Node target = b.get("target");
                Node label = b.get("targetLabel");
                spans.add(new Highlighter.Span(b.get("kind").getLiteralLexicalForm(),
                        Integer.parseInt(b.get("begin").getLiteralLexicalForm()),
                        Integer.parseInt(b.get("end").getLiteralLexicalForm()), target.getURI(),
                        label != null ? label.getLiteralLexicalForm() : labels.of(target)));
            }
        }
        deadline.check(article.getURI());
        return Highlighter.segments(text, spans);
    }

    private List<ResourcePage.Panel> panels(Graph g, Node iri, Labels labels, Deadline deadline) {
        List<PanelSpec> specs = new ArrayList<>();
        g.find(iri, RDF.type.asNode(), Node.ANY).forEach(t ->
                PANELS.getOrDefault(t.getObject(), List.of()).stream().filter(s -> !specs.contains(s))
                        .forEach(specs::add));
        List<ResourcePage.Panel> out = new ArrayList<>();
        for (PanelSpec spec : specs) {
            try (QueryExec qe = exec(spec.query(), iri, deadline)) {
                RowSet rs = qe.select();
                List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName())
                        .filter(v -> !v.endsWith("Label")).toList();
                List<List<ResourcePage.Link>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    List<ResourcePage.Link> row = new ArrayList<>();
                    for (String v : vars) {
                        Node n = b.get(v);
                        Node label = b.get(v + "Label");
                        if (n == null) {
                            row.add(new ResourcePage.Link("", "", ""));
                        } else {
                            String text = label != null ? label.getLiteralLexicalForm() : labels.of(n);
                            row.add(new ResourcePage.Link(n.isURI() ? href(g, n) : "", text, ""));
                        }
                    }
                    rows.add(row);
                    deadline.check(iri.getURI());
                }
                if (!rows.isEmpty()) {
                    out.add(new ResourcePage.Panel(spec.title(),
                            vars.stream().map(v -> Character.toUpperCase(v.charAt(0)) + v.substring(1)).toList(),
                            rows));
                }
            }
        }
        return out;
    }

    private ResourcePage.Link link(Labels labels, Node n) {
        if (n.isURI()) {
            return new ResourcePage.Link(href(labels.graph(), n), labels.of(n), "");
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String note = !lang.isEmpty() ? "@" + lang
                    : n.getLiteralDatatypeURI().endsWith("#string") ? "" : labels.shortIri(n.getLiteralDatatypeURI());
            return new ResourcePage.Link("", n.getLiteralLexicalForm(), note);
        }
        return new ResourcePage.Link("", "(blank node)", "");
    }

    // Our own IRIs dereference as they are; others that the store describes (ontology terms, whose
    // namespace may not resolve anywhere) open on a local page; the rest link out.
    private String href(Graph g, Node n) {
        String iri = n.getURI();
        if (iri.startsWith(base) || !g.contains(n, Node.ANY, Node.ANY)) {
            return iri;
        }
        return DESCRIBE + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private static String first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
        } finally {
            it.close();
        }
    }
}
