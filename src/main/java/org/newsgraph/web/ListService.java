package org.newsgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.BrowseIndex;
import org.newsgraph.store.Queries;
import org.newsgraph.vocab.NG;

/**
 * Answers the browse lists: /claim/, /article/, /event/ newest first, /actor/ and /country/ most mentioned
 * first, narrowed by facets (date range, outlet, speaker, country, claim kind, event type) that the query
 * gets as patterns and filters built with Jena's syntax API from validated values, a page at a time.
 */
final class ListService {

    /** A list: its path segment, title, column names and the facets it offers (parameter → variable). */
    private record Spec(String id, String title, List<String> headers, Map<String, String> facets, List<String> filters) { }

    private static final List<String> DATES = List.of("from", "to");
    private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

    static {
        SPECS.put("claim", new Spec("claim", "Claims", List.of("Claim", "Speaker", "Date", "Article", "Kind"),
                facets("speaker", "speaker", "kind", "kind", "outlet", "outlet", "year", "year"),
                List.of("from", "to", "speaker", "kind", "outlet", "country")));
        SPECS.put("article", new Spec("article", "Articles", List.of("Article", "Date", "Outlet"),
                facets("outlet", "outlet", "year", "year"), List.of("from", "to", "outlet", "country", "speaker")));
        SPECS.put("event", new Spec("event", "Events", List.of("Event", "Type", "Date"),
                facets("type", "type", "year", "year"), List.of("from", "to", "type", "country", "actor", "speaker")));
        SPECS.put("actor", new Spec("actor", "People and organisations", List.of("Name", "Articles"), Map.of(), List.of()));
        SPECS.put("country", new Spec("country", "Countries", List.of("Country", "Articles"), Map.of(), List.of()));
    }

    private static Map<String, String> facets(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static final Pattern PATH = Pattern.compile("/(claim|article|event|actor|country)(?:/|\\.(csv|json))");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    private static final Pattern ACTOR = Pattern.compile("actor/[^/?#\\s]{1,200}");
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");
    private static final Pattern TERM = Pattern.compile("[A-Za-z]{1,60}");
    private static final int FACET_VALUES = 12;
    /** Facets count among this many of the newest matches, so a facet costs the same for any corpus size. */
    static final int FACET_SAMPLE = 1000;

    /** Which list a path asks for and in which format ("" for a page, "csv" or "json"). */
    record Request(String list, String format) { }

    private final DatasetGraph dsg;
    private final PrefixMap prefixes;
    private final Links links;
    private final Iris iris;
    private final long timeoutMillis;
    private final Map<String, Query> queries = new TreeMap<>();

    ListService(DatasetGraph dsg, PrefixMap prefixes, Links links, long timeoutMillis) {
        this.dsg = dsg;
        this.prefixes = prefixes;
        this.links = links;
        this.iris = new Iris(links.base());
        this.timeoutMillis = timeoutMillis;
        SPECS.keySet().forEach(id -> queries.put(id, Queries.load("sparql/list/" + id + ".rq")));
    }

    /** The list a path names (/claim/, /claim.csv, /claim.json), if it names one. */
    static Optional<Request> request(String path) {
        Matcher m = PATH.matcher(path);
        return m.matches() ? Optional.of(new Request(m.group(1), m.group(2) == null ? "" : m.group(2))) : Optional.empty();
    }

    /** One page of a list, narrowed by the chosen filters; a value that is not one of a filter's is refused. */
    ListPage page(String list, Map<String, String> params, int page, int size, Deadline deadline) {
        Spec spec = SPECS.get(list);
        Map<String, String> chosen = new TreeMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() == null || p.getValue().isBlank()) {
                continue;
            }
            if (!spec.filters().contains(p.getKey())) {
                throw new RefusedRequest("/" + list + "/", 400, "Bad request: /" + list + "/ filters by "
                        + (spec.filters().isEmpty() ? "nothing" : String.join(", ", spec.filters())) + ", not by " + p.getKey());
            }
            chosen.put(p.getKey(), validated(list, p.getKey(), p.getValue().strip()));
        }
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg.getUnionGraph(), prefixes);
            // One pass reads the newest FACET_SAMPLE matches: the page is cut from them when it lies among
            // them, and the facets are counted over them; a page further on is a query of its own.
            long offset = (long) (page - 1) * size;
            boolean faceted = !spec.facets().isEmpty();
            List<Binding> sample = faceted || offset == 0 ? find(spec, chosen, 0,
                    faceted ? FACET_SAMPLE : size + 1L, deadline) : List.of();
            List<Binding> pageRows = offset + size < FACET_SAMPLE && (faceted || offset == 0)
                    ? distinctItems(sample).stream().skip(offset).limit(size + 1L).toList()
                    : find(spec, chosen, offset, size + 1L, deadline);
            Map<Node, List<ResourcePage.Link>> rows = new LinkedHashMap<>();
            for (Binding b : distinctItems(pageRows)) {
                rows.putIfAbsent(b.get("item"), row(list, b, labels));
            }
            List<List<ResourcePage.Link>> shown = new ArrayList<>(rows.values());
            boolean more = shown.size() > size;
            if (more) {
                shown = shown.subList(0, size);
            }
            List<ListPage.Facet> facets = new ArrayList<>();
            for (Map.Entry<String, String> f : spec.facets().entrySet()) {
                facets.add(facet(spec, chosen, f.getKey(), f.getValue(), sample, labels));
            }
            List<ResourcePage.Link> active = new ArrayList<>();
            chosen.forEach((k, v) -> {
                Map<String, String> without = new TreeMap<>(chosen);
                without.remove(k);
                active.add(new ResourcePage.Link(href(list, "/", without, 1, size), k + ": " + shownValue(k, v, labels), ""));
            });
            long first = (long) (page - 1) * size;
            String position = shown.isEmpty() ? "no rows" : "rows " + SiteSummary.count(first + 1) + "–"
                    + SiteSummary.count(first + shown.size());
            return new ListPage(list, spec.title(), spec.headers(), shown, facets, active,
                    more ? href(list, "/", chosen, page + 1, size) : "", page > 1 ? href(list, "/", chosen, page - 1, size) : "",
                    position, href(list, ".csv", chosen, page, size), href(list, ".json", chosen, page, size));
        });
    }

    private String validated(String list, String key, String value) {
        boolean ok = switch (key) {
            case "from", "to" -> DATE.matcher(value).matches();
            case "speaker", "outlet", "actor" -> ACTOR.matcher(value).matches();
            case "country" -> ISO.matcher(value).matches();
            default -> TERM.matcher(value).matches();
        };
        if (!ok) {
            throw new RefusedRequest("/" + list + "/", 400, "Bad request: " + key + "=" + value + " is not "
                    + switch (key) {
                        case "from", "to" -> "a date (YYYY, YYYY-MM or YYYY-MM-DD)";
                        case "speaker", "outlet", "actor" -> "an actor's path (actor/NAME)";
                        case "country" -> "an ISO 3166-1 alpha-2 code";
                        default -> "a term's name";
                    });
        }
        return value;
    }

    // The list's query with one pattern or filter per chosen value, each built from nodes and expressions.
    private Query narrowed(Spec spec, Map<String, String> chosen) {
        Query q = queries.get(spec.id()).cloneQuery();
        ElementGroup group = (ElementGroup) inner(q).getQueryPattern();
        ElementPathBlock block = new ElementPathBlock();
        Node item = Var.alloc("item");
        chosen.forEach((k, v) -> {
            switch (k) {
                case "speaker" -> {
                    Node actor = NodeFactory.createURI(iris.base() + v);
                    if (spec.id().equals("claim")) {
                        block.addTriple(Triple.create(item, NG.speaker.asNode(), actor));
                    } else {
                        Node claim = Var.alloc("speakerClaim");
                        block.addTriple(Triple.create(claim, NG.speaker.asNode(), actor));
                        block.addTriple(Triple.create(claim, spec.id().equals("event") ? NG.claim.asNode()
                                : NG.PROV.wasDerivedFrom.asNode(), item));
                    }
                }
                case "outlet" -> block.addTriple(Triple.create(spec.id().equals("claim") ? Var.alloc("article") : item,
                        SchemaDO.publisher.asNode(), NodeFactory.createURI(iris.base() + v)));
                case "country" -> block.addTriple(Triple.create(item, spec.id().equals("event") ? NG.participant.asNode()
                        : SchemaDO.mentions.asNode(), iris.country(v).asNode()));
                case "actor" -> block.addTriple(Triple.create(item, NG.participant.asNode(),
                        NodeFactory.createURI(iris.base() + v)));
                case "kind" -> block.addTriple(Triple.create(item, NG.claimKind.asNode(), NodeFactory.createURI(NG.NS + v)));
                case "type" -> block.addTriple(Triple.create(item, NG.eventType.asNode(), NodeFactory.createURI(NG.NS + v)));
                case "from" -> group.addElementFilter(new ElementFilter(new E_GreaterThanOrEqual(date(), NodeValue.makeString(v))));
                case "to" -> group.addElementFilter(new ElementFilter(new E_LogicalOr(new E_StrStartsWith(date(),
                        NodeValue.makeString(v)), new E_LessThan(date(), NodeValue.makeString(v)))));
                default -> throw new IllegalStateException(k);
            }
        });
        if (!block.isEmpty()) {
            group.addElement(block);
        }
        return q;
    }

    /** The SELECT that finds and orders a list's items: the query's first sub-select, else the query. */
    private static Query inner(Query q) {
        if (q.getQueryPattern() instanceof ElementGroup g) {
            for (var e : g.getElements()) {
                if (e instanceof org.apache.jena.sparql.syntax.ElementSubQuery sub) {
                    return sub.getQuery();
                }
            }
        }
        return q;
    }

    private static Expr date() {
        return new E_Str(new ExprVar("date"));
    }

    // The values of one facet among the newest matches, most frequent first, each a link that adds (or
    // replaces) this facet's value and keeps the other filters.
    private ListPage.Facet facet(Spec spec, Map<String, String> chosen, String param, String var, List<Binding> sample,
                                 Labels labels) {
        Map<Node, java.util.Set<Node>> items = new LinkedHashMap<>();
        for (Binding b : sample) {
            Node v = var.equals("year") ? year(b.get("date")) : b.get(var);
            if (v != null) {
                items.computeIfAbsent(v, k -> new java.util.HashSet<>()).add(b.get("item"));
            }
        }
        List<Map.Entry<Node, java.util.Set<Node>>> ranked = new ArrayList<>(items.entrySet());
        ranked.sort(java.util.Comparator.<Map.Entry<Node, java.util.Set<Node>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(e -> e.getKey().toString()));
        List<ResourcePage.Link> values = new ArrayList<>();
        for (Map.Entry<Node, java.util.Set<Node>> e : ranked) {
            Optional<String> value = parameter(param, e.getKey());
            if (value.isEmpty()) {
                continue;
            }
            Map<String, String> with = new TreeMap<>(chosen);
            if (param.equals("year")) {
                with.put("from", value.get());
                with.put("to", value.get());
            } else {
                with.put(param, value.get());
            }
            boolean on = param.equals("year") ? value.get().equals(chosen.get("from")) && value.get().equals(chosen.get("to"))
                    : value.get().equals(chosen.get(param));
            values.add(new ResourcePage.Link(href(spec.id(), "/", with, 1, Paging.DEFAULT_SIZE),
                    param.equals("year") ? value.get() : labels.of(e.getKey()), e.getValue().size() + (on ? " ✓" : "")));
            if (values.size() == FACET_VALUES) {
                break;
            }
        }
        return new ListPage.Facet(param, values);
    }

    private static Node year(Node date) {
        if (date == null || !date.isLiteral() || !date.getLiteralLexicalForm().matches("[0-9]{4}.*")) {
            return null;
        }
        return NodeFactory.createLiteralString(date.getLiteralLexicalForm().substring(0, 4));
    }

    // Rows in the query's order, the first of each item's rows (an outlet with two names gives two).
    private static List<Binding> distinctItems(List<Binding> rows) {
        Map<Node, Binding> out = new LinkedHashMap<>();
        rows.forEach(b -> out.putIfAbsent(b.get("item"), b));
        return new ArrayList<>(out.values());
    }

    // From the build's browse index, a sorted top-N search; a build without one (made by an older
    // newsgraph) is asked by SPARQL, which sorts every match.
    private List<Binding> find(Spec spec, Map<String, String> chosen, long offset, long limit, Deadline deadline) {
        Optional<BrowseIndex.Reader> index = BrowseIndex.of(dsg);
        if (index.isEmpty()) {
            return select(narrowed(spec, chosen), spec.id(), offset, limit, deadline);
        }
        Map<String, String> equal = new TreeMap<>();
        chosen.forEach((k, v) -> {
            switch (k) {
                case "speaker", "outlet", "actor" -> equal.put(k, iris.base() + v);
                case "country" -> equal.put(k, iris.country(v).getURI());
                case "kind", "type" -> equal.put(k, NG.NS + v);
                default -> { }
            }
        });
        List<Map<String, List<String>>> entries = index.get().find(spec.id(), new BrowseIndex.Filter(equal, chosen.get("from"),
                chosen.get("to")), (int) Math.min(offset, Integer.MAX_VALUE / 2), (int) Math.min(limit, FACET_SAMPLE + 1L));
        deadline.check("/" + spec.id() + "/");
        List<Binding> out = new ArrayList<>();
        entries.forEach(entry -> out.addAll(bindings(entry)));
        return out;
    }

    // An entry as the rows the list's query would give: the first holds each field's first value, and every
    // value of a field with several (two speakers) is in one of them, so that facets count it.
    private static List<Binding> bindings(Map<String, List<String>> entry) {
        int rows = entry.values().stream().mapToInt(List::size).max().orElse(1);
        List<Binding> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            BindingBuilder b = Binding.builder();
            for (Map.Entry<String, List<String>> f : entry.entrySet()) {
                String v = f.getValue().get(Math.min(i, f.getValue().size() - 1));
                b.add(Var.alloc(f.getKey()), switch (f.getKey()) {
                    case BrowseIndex.DATE -> NodeFactory.createLiteralString(v);
                    case BrowseIndex.COUNT -> NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
                    default -> NodeFactory.createURI(v);
                });
            }
            out.add(b.build());
        }
        return out;
    }

    private List<Binding> select(Query q, String list, long offset, long limit, Deadline deadline) {
        inner(q).setOffset(offset);
        inner(q).setLimit(limit);
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = exec(q, list, deadline)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                out.add(rs.next());
                deadline.check("/" + list + "/");
            }
        }
        return out;
    }

    // A facet value as the parameter the list takes: an actor's path, a term's name, a year.
    private Optional<String> parameter(String param, Node v) {
        if (param.equals("year")) {
            return v.isLiteral() && v.getLiteralLexicalForm().matches("[0-9]{4}") ? Optional.of(v.getLiteralLexicalForm())
                    : Optional.empty();
        }
        if (!v.isURI()) {
            return Optional.empty();
        }
        String iri = v.getURI();
        if (param.equals("kind") || param.equals("type")) {
            return iri.startsWith(NG.NS) ? Optional.of(iri.substring(NG.NS.length())) : Optional.empty();
        }
        return iri.startsWith(iris.base() + "actor/") ? Optional.of(iri.substring(iris.base().length())) : Optional.empty();
    }

    private String shownValue(String key, String value, Labels labels) {
        return switch (key) {
            case "speaker", "outlet", "actor" -> labels.of(NodeFactory.createURI(iris.base() + value));
            case "country" -> labels.of(iris.country(value).asNode());
            case "kind", "type" -> labels.of(NodeFactory.createURI(NG.NS + value));
            default -> value;
        };
    }

    private List<ResourcePage.Link> row(String list, Binding b, Labels labels) {
        List<ResourcePage.Link> row = new ArrayList<>();
        row.add(link(b.get("item"), labels));
        switch (list) {
            case "claim" -> {
                row.add(link(b.get("speaker"), labels));
                row.add(text(b.get("date")));
                row.add(link(b.get("article"), labels));
                row.add(link(b.get("kind"), labels));
            }
            case "article" -> {
                row.add(text(b.get("date")));
                row.add(link(b.get("outlet"), labels));
            }
            case "event" -> {
                row.add(link(b.get("type"), labels));
                row.add(text(b.get("date")));
            }
            default -> row.add(text(b.get("articles")));
        }
        return row;
    }

    private ResourcePage.Link link(Node n, Labels labels) {
        if (n == null) {
            return new ResourcePage.Link("", "", "");
        }
        if (!n.isURI()) {
            return text(n);
        }
        String href = links.owns(n.getURI()) ? links.href(n.getURI())
                : PageService.DESCRIBE + "?iri=" + URLEncoder.encode(n.getURI(), StandardCharsets.UTF_8);
        return new ResourcePage.Link(href, labels.of(n), n.getURI());
    }

    private static ResourcePage.Link text(Node n) {
        return new ResourcePage.Link("", n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString(), "");
    }

    // ?stats and ?prefix serve the entity lists, which read the statistics graph for IRIs under /actor/ or /country/.
    private QueryExec exec(Query q, String list, Deadline deadline) {
        return QueryExec.dataset(dsg).query(q)
                .substitution("stats", iris.statisticsGraph().asNode())
                .substitution("prefix", NodeFactory.createLiteralString(iris.base() + list + "/"))
                .timeout(Math.min(deadline.remainingMillis(), timeoutMillis)).build();
    }

    /** The address of a page of a list with these filters (sorted, so one list has one address per page). */
    static String href(String list, String suffix, Map<String, String> filters, int page, int size) {
        StringBuilder b = new StringBuilder("/").append(list).append(suffix);
        char sep = '?';
        for (Map.Entry<String, String> f : new TreeMap<>(filters).entrySet()) {
            b.append(sep).append(f.getKey()).append('=').append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        if (page > 1) {
            b.append(sep).append("page=").append(page);
            sep = '&';
        }
        if (size != Paging.DEFAULT_SIZE) {
            b.append(sep).append("size=").append(size);
        }
        return b.toString();
    }
}
