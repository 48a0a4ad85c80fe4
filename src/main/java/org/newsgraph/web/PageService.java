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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Queries;
import org.newsgraph.vocab.NG;

/**
 * Builds the view model of a resource page (linked-data browsing) and the machine description of
 * an IRI, reading the store in a read transaction.
 */
final class PageService {

    private static final int MAX_VALUES = 60;
    /**
     * Values read per page to count each property's: a country is the object of every mention of it, so
     * past this the page says "more" without counting.
     */
    private static final int MAX_READ = 500;

    /** Properties shown at the top of a page, in this order, when the resource has them. */
    private static final List<Node> KEY_PROPERTIES = List.of(SchemaDO.datePublished.asNode(),
            SchemaDO.author.asNode(), SchemaDO.publisher.asNode(), NG.speaker.asNode(),
            NG.speakerDescription.asNode(), NG.claimKind.asNode(), NG.verb.asNode(), NG.medium.asNode(),
            NG.eventType.asNode(), SchemaDO.startDate.asNode(), NG.agent.asNode(), NG.target.asNode(),
            NG.participant.asNode(), SchemaDO.location.asNode(), DCTerms.date.asNode(),
            SKOS.altLabel.asNode(), NG.PROV.wasDerivedFrom.asNode());

    /**
     * A list shown for instances of a class: its id in page links, title, page query, and the property of
     * the statistics graph that counts its rows for the resource, if one does.
     */
    private record PanelSpec(String id, String title, String query, Node count, String note, NewestFirst.Walk walk,
                             Node walkCount) {
        PanelSpec(String id, String title, String query, Node count) {
            this(id, title, query, count, "", null, null);
        }

        PanelSpec(String id, String title, String query, Node count, NewestFirst.Walk walk) {
            this(id, title, query, count, "", walk, count);
        }
    }

    // The walks say how each newest-first query finds its items (its innermost SELECT), so that the page of
    // an entity with many matches can find the same items without sorting them all (see NewestFirst).
    private static final NewestFirst.Walk ARTICLES_OF = new NewestFirst.Walk(SchemaDO.datePublished.asNode(),
            SchemaDO.mentions.asNode(), SchemaDO.NewsArticle.asNode());
    private static final PanelSpec ROLES = new PanelSpec("roles", "Roles", "actor-roles", null);
    private static final PanelSpec CLAIMS_MADE = new PanelSpec("claims", "Claims made", "actor-claims", NG.claimCount.asNode(),
            new NewestFirst.Walk(DCTerms.date.asNode(), NG.speaker.asNode(), null));
    private static final PanelSpec CLAIMS_ABOUT = new PanelSpec("claims-mentioning", "Claims that mention it",
            "claims-mentioning", NG.claimMentionCount.asNode(),
            new NewestFirst.Walk(DCTerms.date.asNode(), SchemaDO.mentions.asNode(), SchemaDO.Claim.asNode()));
    private static final PanelSpec EVENTS = new PanelSpec("events", "Events", "events-of", NG.eventCount.asNode(),
            new NewestFirst.Walk(SchemaDO.startDate.asNode(), NG.participant.asNode(), SchemaDO.Event.asNode()));
    private static final PanelSpec ARTICLES = new PanelSpec("articles", "Articles", "mentioned-in", NG.articleCount.asNode(),
            ARTICLES_OF);
    private static final PanelSpec CO_MENTIONED = new PanelSpec("co-mentioned", "Mentioned together with", "co-mentioned", null,
            "in its 100 newest articles", ARTICLES_OF, NG.articleCount.asNode());

    private static final Map<Node, List<PanelSpec>> PANELS = Map.of(
            SchemaDO.NewsArticle.asNode(), List.of(new PanelSpec("mentions", "Who and what it mentions", "article-mentions", null),
                    new PanelSpec("article-claims", "Claims", "article-claims", null),
                    new PanelSpec("article-events", "Events", "article-events", null)),
            SchemaDO.Person.asNode(), List.of(ROLES, CLAIMS_MADE, CLAIMS_ABOUT, EVENTS, ARTICLES, CO_MENTIONED),
            SchemaDO.Organization.asNode(), List.of(ROLES, CLAIMS_MADE, CLAIMS_ABOUT, EVENTS, ARTICLES, CO_MENTIONED),
            SchemaDO.Country.asNode(), List.of(EVENTS, CLAIMS_ABOUT, ARTICLES, CO_MENTIONED),
            SchemaDO.Event.asNode(), List.of(new PanelSpec("sources", "Sources", "event-sources", null)));

    /** Figures of the statistics graph shown under an entity's name, in this order. */
    private static final List<Map.Entry<Node, String>> HEADER_COUNTS = List.of(
            Map.entry(NG.articleCount.asNode(), "articles"), Map.entry(NG.mentionCount.asNode(), "mentions"),
            Map.entry(NG.claimCount.asNode(), "claims made"), Map.entry(NG.claimMentionCount.asNode(), "claims mention it"),
            Map.entry(NG.eventCount.asNode(), "events"), Map.entry(NG.publishedCount.asNode(), "articles published"));

    private final DatasetGraph dsg;
    private final long queryTimeoutMillis;
    private final Links links;
    private final Iris iris;
    private final Node statistics;
    private final PrefixMap prefixes;
    private final Map<String, Query> queries = new TreeMap<>();
    private final NewestFirst newestFirst;

    /** Local page of an IRI outside the base that the store describes (ontology terms, reference IRIs). */
    static final String DESCRIBE = "/describe";

    PageService(DatasetGraph dsg, PrefixMap prefixes, Links links, long queryTimeoutMillis) {
        this(dsg, prefixes, links, queryTimeoutMillis, NewestFirst.Policy.DEFAULT);
    }

    PageService(DatasetGraph dsg, PrefixMap prefixes, Links links, long queryTimeoutMillis, NewestFirst.Policy policy) {
        this.dsg = dsg;
        this.newestFirst = new NewestFirst(dsg, policy, PANELS.values().stream().flatMap(List::stream)
                .map(PanelSpec::walk).filter(w -> w != null).distinct().toList());
        this.queryTimeoutMillis = queryTimeoutMillis;
        this.links = links;
        this.iris = new Iris(links.base());
        this.statistics = iris.statisticsGraph().asNode();
        this.prefixes = prefixes;
        for (List<PanelSpec> specs : PANELS.values()) {
            specs.forEach(s -> queries.computeIfAbsent(s.query(), q -> Queries.load("sparql/page/" + q + ".rq")));
        }
        queries.put("article-spans", Queries.load("sparql/page/article-spans.rq"));
        queries.put("context", Queries.load("sparql/page/context.rq"));
        queries.put("timeline-actor", Queries.load("sparql/page/timeline-actor.rq"));
        queries.put("timeline-country", Queries.load("sparql/page/timeline-country.rq"));
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

    /**
     * The HTML page of an IRI, with the page of its lists that {@code paging} asks for; {@code self} is the
     * page's own address (path and any query it needs), which page links extend. Empty when the store does
     * not know the IRI.
     */
    Optional<ResourcePage> page(Node iri, Deadline deadline, Paging paging, String self) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            if (!knows(iri)) {
                return Optional.empty();
            }
            long graphTriples = !paging.single() && dsg.containsGraph(iri) ? dsg.getGraph(iri).size() : 0;
            return Optional.of(build(union, iri, graphTriples, deadline, paging, self));
        });
    }

    /** A page for an IRI described by a graph of its own (the VoID description); no panels. */
    ResourcePage page(Graph graph, Node iri) {
        return build(graph, iri, 0, null, Paging.first(), "");
    }

    // Pages of the store have panels and a deadline; the VoID page (a small graph of its own) has neither.
    // A request for one list alone shows the resource's name, types and key facts and that list.
    private ResourcePage build(Graph g, Node iri, long graphTriples, Deadline deadline, Paging paging, String self) {
        boolean withPanels = deadline != null;
        boolean single = paging.single();
        Labels labels = new Labels(g, prefixes);
        List<ResourcePage.Link> types = new ArrayList<>();
        g.find(iri, RDF.type.asNode(), Node.ANY).forEach(t -> types.add(link(labels, t.getObject())));
        types.sort(Comparator.comparing(ResourcePage.Link::label));
        boolean article = g.contains(iri, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        boolean claim = g.contains(iri, RDF.type.asNode(), SchemaDO.Claim.asNode());
        String quote = claim && !single ? first(g, iri, SchemaDO.text.asNode()) : "";
        List<Highlighter.Segment> body = article && withPanels && !single ? body(g, iri, labels, deadline) : List.of();
        List<Node> hidden = new ArrayList<>(List.of(RDF.type.asNode()));
        if (!body.isEmpty()) {
            hidden.add(SchemaDO.articleBody.asNode());
        }
        if (!quote.isEmpty()) {
            hidden.add(SchemaDO.text.asNode());
        }
        List<ResourcePage.Row> out = rows(labels, g, iri, hidden, false, paging, self, deadline);
        check(deadline, iri);
        List<ResourcePage.Row> key = new ArrayList<>();
        for (Node p : KEY_PROPERTIES) {
            out.stream().filter(r -> r.propertyIri().equals(p.getURI())).findFirst().ifPresent(key::add);
        }
        List<ResourcePage.Row> in = List.of();
        if (!single || paging.panel().equals(IN)) {
            in = rows(labels, g, iri, List.of(), true, paging, self, deadline);
            check(deadline, iri);
        }
        if (single && !paging.panel().equals(OUT)) {
            out = List.of();
        }
        List<ResourcePage.Panel> panels = new ArrayList<>();
        String header = "";
        if (withPanels) {
            Map<Node, Long> counts = counts(iri);
            header = header(counts);
            panels.addAll(panels(g, iri, labels, deadline, paging, self, counts));
        }
        List<ResourcePage.Context> context = withPanels && !single && (claim || iris.spanOf(iri.getURI()).isPresent()
                || g.contains(iri, RDF.type.asNode(), SchemaDO.Event.asNode())) ? context(iri, labels, deadline) : List.of();
        String label = labels.of(iri);
        boolean country = g.contains(iri, RDF.type.asNode(), SchemaDO.Country.asNode());
        boolean actor = !country && (g.contains(iri, RDF.type.asNode(), SchemaDO.Person.asNode())
                || g.contains(iri, RDF.type.asNode(), SchemaDO.Organization.asNode()));
        String timeline = withPanels && !single && (actor || country) && links.owns(iri.getURI())
                ? timeline(iri, label, country, deadline) : "";
        String network = panels.stream().filter(p -> p.id().equals(CO_MENTIONED.id()) && !single).findFirst()
                .map(p -> Charts.network("Mentioned together with " + label, label, p.rows().stream()
                        .filter(r -> !r.get(0).href().isEmpty() && r.get(r.size() - 1).label().matches("[0-9]{1,18}"))
                        .map(r -> new Charts.Neighbour(r.get(0).label(), r.get(0).href(),
                                Long.parseLong(r.get(r.size() - 1).label()))).toList())).orElse("");
        List<ResourcePage.Link> formats = List.of(Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.RDFXML)
                .stream().map(f -> new ResourcePage.Link(variant(iri, f), f.title(), f.mediaType()))
                .toList();
        return new ResourcePage(iri.getURI(), label, types, key, quote, body, panels, out, in, formats, graphTriples,
                single ? self : "", header, context, timeline, network);
    }

    // The entity's claims and events per month as bars, each linking to the list of that month's.
    private String timeline(Node iri, String label, boolean country, Deadline deadline) {
        List<Charts.Count> claims = new ArrayList<>();
        List<Charts.Count> events = new ArrayList<>();
        try (QueryExec qe = exec(country ? "timeline-country" : "timeline-actor", iri, deadline, 0, 0)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Charts.Count c = new Charts.Count(b.get("month").getLiteralLexicalForm(),
                        Long.parseLong(b.get("n").getLiteralLexicalForm()));
                (b.get("kind").getLiteralLexicalForm().equals("claims") ? claims : events).add(c);
            }
        }
        check(deadline, iri);
        String local = iri.getURI().substring(iris.base().length());
        Map<String, String> who = country ? Map.of("country", local.substring("country/".length())) : Map.of("speaker", local);
        Map<String, String> in = country ? who : Map.of("actor", local);
        return Charts.bars("Claims and events of " + label + " over time", List.of(
                new Charts.Series(country ? "claims mentioning it" : "claims made", "bar-claim", claims,
                        p -> ListService.href("claim", "/", with(who, p), 1, Paging.DEFAULT_SIZE)),
                new Charts.Series("events", "bar-event", events,
                        p -> ListService.href("event", "/", with(in, p), 1, Paging.DEFAULT_SIZE))));
    }

    private static Map<String, String> with(Map<String, String> filters, String period) {
        Map<String, String> out = new TreeMap<>(filters);
        out.put("from", period);
        out.put("to", period);
        return out;
    }

    // Where a claim, event or span was read, with a link to its highlighted sentence in the article.
    private List<ResourcePage.Context> context(Node iri, Labels labels, Deadline deadline) {
        Map<Node, ResourcePage.Context> out = new LinkedHashMap<>();
        try (QueryExec qe = exec("context", iri, deadline, 0, 0)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Node span = b.get("span");
                Node article = b.get("article");
                if (span == null || !span.isURI() || article == null || !article.isURI() || out.containsKey(span)) {
                    continue;
                }
                Node speaker = b.get("speaker");
                Node speakerLabel = b.get("speakerLabel");
                Node articleLabel = b.get("articleLabel");
                Node date = b.get("date");
                out.put(span, new ResourcePage.Context(sentenceHref(span).orElse(links.href(span.getURI())),
                        links.href(article.getURI()), articleLabel != null ? articleLabel.getLiteralLexicalForm() : labels.of(article),
                        date != null && date.isLiteral() ? date.getLiteralLexicalForm() : "",
                        speaker != null && speaker.isURI() ? links.href(speaker.getURI()) : "",
                        speakerLabel != null ? speakerLabel.getLiteralLexicalForm() : speaker != null ? labels.of(speaker) : ""));
            }
        }
        check(deadline, iri);
        return List.copyOf(out.values());
    }

    /** The address of a span's sentence highlighted in its article's page, when the IRI is a span's. */
    private Optional<String> sentenceHref(Node n) {
        return iris.spanOf(n.getURI()).map(ref -> links.href(ref.article()) + "#" + Highlighter.anchor(ref.begin(), ref.end()));
    }

    /** Panel id of the page of one outgoing or incoming property's values. */
    static final String OUT = "out";
    static final String IN = "in";

    private String variant(Node iri, Format f) {
        if (links.owns(iri.getURI())) {
            return links.href(withExtension(iri.getURI(), f));
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

    /** The address of one page of one list of this page. */
    private static String pageHref(String self, String panel, String property, int page, int size) {
        StringBuilder b = new StringBuilder(self).append(self.contains("?") ? '&' : '?').append("panel=").append(panel);
        if (property != null) {
            b.append("&property=").append(URLEncoder.encode(property, StandardCharsets.UTF_8));
        }
        return b.append("&page=").append(page).append("&size=").append(size).toString();
    }

    // The values of each property, a page of them: the first page of every property on the whole page; the
    // asked page of one property on its own page. Values are read in store order up to the page's end (and
    // one more, to know whether there is a next page); only the values shown are labelled and sorted.
    private List<ResourcePage.Row> rows(Labels labels, Graph g, Node iri, List<Node> hidden, boolean incoming,
                                        Paging paging, String self, Deadline deadline) {
        String id = incoming ? IN : OUT;
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        Map<Node, Long> seen = new LinkedHashMap<>();
        boolean onePropertyAlone = id.equals(paging.panel()) && paging.property() != null;
        Node only = onePropertyAlone ? NodeFactory.createURI(paging.property()) : Node.ANY;
        int size = onePropertyAlone ? paging.size() : MAX_VALUES;
        long skip = onePropertyAlone ? (long) (paging.page() - 1) * size : 0;
        var it = incoming ? g.find(Node.ANY, only, iri) : g.find(iri, only, Node.ANY);
        // One property alone is read up to its page's end; on the whole page, the first MAX_READ values at most.
        long readLimit = onePropertyAlone ? skip + size + 1 : MAX_READ;
        long read = 0;
        try {
            while (it.hasNext() && read < readLimit) {
                Triple t = it.next();
                read++;
                if (hidden.contains(t.getPredicate())) {
                    continue;
                }
                long n = seen.merge(t.getPredicate(), 1L, Long::sum);
                if (n > skip && n <= skip + size + 1) {
                    byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                            .add(incoming ? t.getSubject() : t.getObject());
                }
                if (onePropertyAlone && n > skip + size) {
                    break;
                }
                if ((read & 1023) == 0) {
                    check(deadline, iri);
                }
            }
        } finally {
            it.close();
        }
        boolean cut = !onePropertyAlone && read >= MAX_READ;
        List<ResourcePage.Row> rows = new ArrayList<>();
        byProperty.forEach((p, nodes) -> {
            boolean more = nodes.size() > size;
            List<ResourcePage.Link> values = nodes.subList(0, Math.min(size, nodes.size())).stream().distinct()
                    .map(n -> link(labels, n))
                    .sorted(Comparator.comparing(ResourcePage.Link::label).thenComparing(ResourcePage.Link::href))
                    .toList();
            long total = seen.get(p);
            String moreText = !more ? "" : onePropertyAlone || cut ? "more" : SiteSummary.count(total - size) + " more";
            int page = onePropertyAlone ? paging.page() : 1;
            String next = more && self != null && !self.isEmpty() ? pageHref(self, id, p.getURI(), page + 1, size) : "";
            String prev = onePropertyAlone && page > 1 ? pageHref(self, id, p.getURI(), page - 1, size) : "";
            rows.add(new ResourcePage.Row(p.getURI(), link(labels, p), values, moreText, next, prev));
        });
        rows.sort(Comparator.comparing(r -> r.property().label()));
        return rows;
    }

    private static void check(Deadline deadline, Node iri) {
        if (deadline != null) {
            deadline.check(iri.getURI());
        }
    }

    // The figures the build counted for this resource, from the statistics graph (none for a build without one).
    private Map<Node, Long> counts(Node iri) {
        Map<Node, Long> out = new LinkedHashMap<>();
        dsg.find(statistics, iri, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().matches("[0-9]{1,18}")) {
                out.put(q.getPredicate(), Long.parseLong(q.getObject().getLiteralLexicalForm()));
            }
        });
        return out;
    }

    private static String header(Map<Node, Long> counts) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Node, String> e : HEADER_COUNTS) {
            Long n = counts.get(e.getKey());
            if (n != null) {
                parts.add(SiteSummary.count(n) + " " + e.getValue());
            }
        }
        return String.join(" · ", parts);
    }

    // A page's queries share its deadline, and never run longer than the server's query timeout. The page
    // asked for bounds the query: LIMIT and OFFSET go on its inner SELECT when it has one (which orders and
    // limits before labels are looked up), else on the query.
    private QueryExec exec(String query, Node iri, Deadline deadline, long limit, long offset) {
        Query q = queries.get(query);
        if (limit > 0) {
            q = q.cloneQuery();
            Query bounded = innerSelect(q);
            bounded.setLimit(limit);
            bounded.setOffset(offset);
        }
        return run(q, iri, deadline);
    }

    // A panel with a walk whose entity has many matches: the walk finds the rows of its innermost SELECT,
    // which become a VALUES table in its place. When that SELECT is the one that takes the page (no LIMIT
    // of its own), the walk takes the page; else (co-mentioned's 100 newest articles) the walk finds its
    // rows and the SELECT around it still takes the page.
    private QueryExec exec(PanelSpec spec, Node iri, Deadline deadline, long limit, long offset, Map<Node, Long> counts) {
        if (spec.walk() == null) {
            return exec(spec.query(), iri, deadline, limit, offset);
        }
        Query q = queries.get(spec.query()).cloneQuery();
        ElementGroup parent = innermostParent(q);
        ElementSubQuery sub = firstSubQuery(parent);
        Query inner = sub.getQuery();
        boolean innerPages = !inner.hasLimit();
        Optional<List<NewestFirst.Hit>> hits = innerPages
                ? newestFirst.page(spec.walk(), iri, counts.get(spec.walkCount()), offset, limit, deadline)
                : newestFirst.page(spec.walk(), iri, counts.get(spec.walkCount()), inner.getOffset() < 0 ? 0 : inner.getOffset(),
                        inner.getLimit(), deadline);
        if (hits.isEmpty()) {
            return exec(spec.query(), iri, deadline, limit, offset);
        }
        List<Var> vars = inner.getProjectVars();
        Var date = vars.stream().filter(v -> v.getVarName().equals("date")).findFirst().orElse(null);
        List<Binding> rows = new ArrayList<>();
        for (NewestFirst.Hit h : hits.get()) {
            BindingBuilder b = BindingFactory.builder().add(vars.get(0), h.item());
            if (date != null) {
                b.add(date, h.date());
            }
            rows.add(b.build());
        }
        List<Var> columns = date == null ? List.of(vars.get(0)) : List.of(vars.get(0), date);
        parent.getElements().set(parent.getElements().indexOf(sub), new ElementData(columns, rows));
        if (!innerPages) {
            Query bounded = innerSelect(q);
            bounded.setLimit(limit);
            bounded.setOffset(offset);
        }
        return run(q, iri, deadline);
    }

    // ?graph is the article graph of the page's IRI when an article minted it: an article's panels read its
    // own graph (graph-led indexes, no duplicate check over the union).
    private QueryExec run(Query q, Node iri, Deadline deadline) {
        var exec = QueryExec.dataset(dsg).query(q).substitution("this", iri);
        iris.articleGraphOf(iri.getURI()).ifPresent(g -> exec.substitution("graph", NodeFactory.createURI(g)));
        return exec.timeout(Math.min(deadline.remainingMillis(), queryTimeoutMillis)).build();
    }

    private static Query innerSelect(Query q) {
        ElementSubQuery sub = q.getQueryPattern() instanceof ElementGroup group ? firstSubQuery(group) : null;
        return sub == null ? q : sub.getQuery();
    }

    private static ElementSubQuery firstSubQuery(ElementGroup group) {
        for (Element e : group.getElements()) {
            if (e instanceof ElementSubQuery sub) {
                return sub;
            }
        }
        return null;
    }

    /** The group that holds the innermost of a query's first sub-SELECTs. */
    private static ElementGroup innermostParent(Query q) {
        ElementGroup parent = (ElementGroup) q.getQueryPattern();
        while (firstSubQuery(parent).getQuery().getQueryPattern() instanceof ElementGroup g && firstSubQuery(g) != null) {
            parent = g;
        }
        return parent;
    }

    private List<Highlighter.Segment> body(Graph g, Node article, Labels labels, Deadline deadline) {
        String text = first(g, article, SchemaDO.articleBody.asNode());
        if (text.isEmpty()) {
            return List.of();
        }
        List<Highlighter.Span> spans = new ArrayList<>();
        try (QueryExec qe = exec("article-spans", article, deadline, 0, 0)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Node target = b.get("target");
                Node label = b.get("targetLabel");
                spans.add(new Highlighter.Span(b.get("kind").getLiteralLexicalForm(),
                        Integer.parseInt(b.get("begin").getLiteralLexicalForm()),
                        Integer.parseInt(b.get("end").getLiteralLexicalForm()), links.href(target.getURI()),
                        label != null ? label.getLiteralLexicalForm() : labels.of(target)));
            }
        }
        deadline.check(article.getURI());
        return Highlighter.segments(text, spans);
    }

    private List<ResourcePage.Panel> panels(Graph g, Node iri, Labels labels, Deadline deadline, Paging paging, String self,
                                            Map<Node, Long> counts) {
        List<PanelSpec> specs = new ArrayList<>();
        g.find(iri, RDF.type.asNode(), Node.ANY).forEach(t ->
                PANELS.getOrDefault(t.getObject(), List.of()).stream()
                        .filter(s -> !specs.contains(s) && (!paging.single() || s.id().equals(paging.panel())))
                        .forEach(specs::add));
        List<ResourcePage.Panel> out = new ArrayList<>();
        int size = paging.size();
        for (PanelSpec spec : specs) {
            int page = paging.pageOf(spec.id());
            long offset = paging.offsetOf(spec.id());
            try (QueryExec qe = exec(spec, iri, deadline, size + 1L, offset, counts)) {
                RowSet rs = qe.select();
                List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName())
                        .filter(v -> !v.endsWith("Label")).toList();
                // Several labels of one row's resources (two names of a publisher) give the same row again.
                Map<List<Node>, List<ResourcePage.Link>> rows = new LinkedHashMap<>();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    List<Node> key = vars.stream().map(b::get).filter(n -> n != null && n.isURI()).toList();
                    if (rows.containsKey(key)) {
                        continue;
                    }
                    List<ResourcePage.Link> row = new ArrayList<>();
                    for (String v : vars) {
                        Node n = b.get(v);
                        Node label = b.get(v + "Label");
                        if (n == null) {
                            row.add(new ResourcePage.Link("", "", ""));
                        } else {
                            String text = label != null ? label.getLiteralLexicalForm() : labels.of(n);
                            row.add(new ResourcePage.Link(n.isURI() ? sentenceHref(n).orElse(href(g, n)) : "", text, ""));
                        }
                    }
                    rows.put(key, row);
                    deadline.check(iri.getURI());
                }
                List<List<ResourcePage.Link>> shown = new ArrayList<>(rows.values());
                boolean more = shown.size() > size;
                if (more) {
                    shown = shown.subList(0, size);
                }
                if (shown.isEmpty() && page == 1) {
                    continue;
                }
                Long total = spec.count() == null ? null : counts.get(spec.count());
                long after = total == null ? -1 : Math.max(0, total - offset - shown.size());
                String moreText = !more ? "" : after > 0 ? SiteSummary.count(after) + " more" : "more";
                String next = more ? pageHref(self, spec.id(), null, page + 1, size) : "";
                String prev = page > 1 ? pageHref(self, spec.id(), null, page - 1, size) : "";
                String position = paging.single() ? "rows " + SiteSummary.count(offset + (shown.isEmpty() ? 0 : 1)) + "–"
                        + SiteSummary.count(offset + shown.size()) + (total == null ? "" : " of " + SiteSummary.count(total)) : "";
                out.add(new ResourcePage.Panel(spec.id(), spec.title(),
                        vars.stream().map(v -> Character.toUpperCase(v.charAt(0)) + v.substring(1)).toList(),
                        shown, moreText, next, prev, position, spec.note()));
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

    // Our own IRIs open on this server, at whatever host and port it answers (see Links); others that the
    // store describes (ontology terms, whose namespace may not resolve anywhere) open on a local page; the
    // rest link out.
    private String href(Graph g, Node n) {
        String iri = n.getURI();
        if (links.owns(iri) || !g.contains(n, Node.ANY, Node.ANY)) {
            return links.href(iri);
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
