package org.newsgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Queries;
import org.newsgraph.store.Statistics;

/**
 * Reads the landing page's counts and lists when the server starts, from the statistics graph the build
 * wrote (a few small lookups, whatever the size of the corpus). A build without one (made by an older
 * newsgraph) gets the whole-graph aggregates instead, each within a short budget: a figure that does not
 * come in time is shown as unknown, and the server starts all the same.
 */
public final class SiteSummary {

    /** Entries of each landing-page list. */
    static final int LATEST = 10;
    static final int TOP = 12;
    /** Time each whole-graph aggregate of an older build may take at start-up. */
    static final long FALLBACK_MILLIS = 5_000;

    private static final String UNKNOWN = "?";

    private SiteSummary() {
    }

    static SiteInfo of(DatasetGraph dsg, String base, Links links, VoidDescription description) {
        Iris iris = new Iris(base);
        Statistics statistics = new Statistics(iris);
        String triples = description.triples().map(SiteSummary::count).orElse(UNKNOWN);
        String described = described(description);
        if (statistics.present(dsg)) {
            return Txn.calculateRead(dsg, () -> fromStatistics(dsg, base, links, statistics.graph(), triples, described));
        }
        return Txn.calculateRead(dsg, () -> fallback(dsg, base, links, triples, described));
    }

    // The dataset's own counts of every person, organisation and country it describes, the reference data's
    // included: apart from the cards, which count only what the articles mention.
    private static String described(VoidDescription description) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("people", SchemaDO.Person.getURI());
        words.put("organisations", SchemaDO.Organization.getURI());
        words.put("countries", SchemaDO.Country.getURI());
        List<String> parts = new ArrayList<>();
        words.forEach((word, type) -> description.entities(type).ifPresent(n -> parts.add(count(n) + " " + word)));
        return parts.size() < words.size() ? "" : String.join(", ", parts.subList(0, 2)) + " and " + parts.get(2);
    }

    private static SiteInfo fromStatistics(DatasetGraph dsg, String base, Links links, Node stats, String triples,
                                           String described) {
        Map<String, String> byClass = new LinkedHashMap<>();
        for (Binding b : rows(dsg, "sparql/summary.rq", Map.of("stats", stats), 0)) {
            byClass.put(b.get("class").getURI(), count(Long.parseLong(b.get("n").getLiteralLexicalForm())));
        }
        Function<org.apache.jena.rdf.model.Resource, String> n = c -> byClass.getOrDefault(c.getURI(), "0");
        List<SiteInfo.ArticleItem> latest = latest(rows(dsg, "sparql/latest-articles.rq",
                Map.of("stats", stats, "max", integer(LATEST)), 0), links);
        List<SiteInfo.ActorItem> actors = actors(rows(dsg, "sparql/top-actors.rq",
                Map.of("stats", stats, "max", integer(TOP)), 0), links);
        List<SiteInfo.ActorItem> countries = actors(rows(dsg, "sparql/top-countries.rq",
                Map.of("stats", stats, "max", integer(TOP)), 0), links);
        List<Charts.Count> months = new ArrayList<>();
        for (Binding b : rows(dsg, "sparql/months.rq", Map.of("stats", stats), 0)) {
            months.add(new Charts.Count(b.get("month").getLiteralLexicalForm(), Long.parseLong(b.get("n").getLiteralLexicalForm())));
        }
        String chart = Charts.bars("Articles per month", List.of(new Charts.Series("articles", "bar-article", months,
                p -> ListService.href("article", "/", Map.of("from", p, "to", p), 1, Paging.DEFAULT_SIZE))));
        return new SiteInfo(base, base, n.apply(SchemaDO.NewsArticle), n.apply(SchemaDO.Person),
                n.apply(SchemaDO.Organization), n.apply(SchemaDO.Country), n.apply(SchemaDO.Claim), n.apply(SchemaDO.Event),
                triples, latest, actors, countries, "", chart, described);
    }

    private static SiteInfo fallback(DatasetGraph dsg, String base, Links links, String triples, String described) {
        List<String> missed = new ArrayList<>();
        Binding s = null;
        try {
            s = rows(dsg, "sparql/fallback/summary.rq", Map.of(), FALLBACK_MILLIS).get(0);
        } catch (QueryCancelledException e) {
            missed.add("counts");
        }
        List<SiteInfo.ArticleItem> latest = List.of();
        try {
            latest = latest(rows(dsg, "sparql/fallback/latest-articles.rq", Map.of(), FALLBACK_MILLIS), links);
        } catch (QueryCancelledException e) {
            missed.add("latest articles");
        }
        List<SiteInfo.ActorItem> actors = List.of();
        try {
            actors = actors(rows(dsg, "sparql/fallback/top-actors.rq", Map.of(), FALLBACK_MILLIS), links);
        } catch (QueryCancelledException e) {
            missed.add("most-mentioned actors");
        }
        String notice = "This build has no statistics graph (it was made by an older newsgraph), so these figures "
                + "were counted when the server started" + (missed.isEmpty() ? "" : ", and the " + String.join(", ", missed)
                + " took too long to count") + ". Run 'newsgraph build' again to get them precomputed.";
        Binding b = s;
        Function<String, String> n = v -> b == null || b.get(v) == null ? UNKNOWN
                : count(Long.parseLong(b.get(v).getLiteralLexicalForm()));
        return new SiteInfo(base, base, n.apply("articles"), n.apply("persons"), n.apply("organizations"),
                n.apply("countries"), n.apply("claims"), n.apply("events"),
                triples.equals(UNKNOWN) ? n.apply("triples") : triples, latest, actors, List.of(), notice, "", described);
    }

    // One row per article even when its publisher has several names: the first in the query's order.
    private static List<SiteInfo.ArticleItem> latest(List<Binding> rows, Links links) {
        Map<String, SiteInfo.ArticleItem> out = new LinkedHashMap<>();
        for (Binding b : rows) {
            String iri = b.get("article").getURI();
            out.putIfAbsent(iri, new SiteInfo.ArticleItem(links.href(iri), text(b, "title", "(untitled)"),
                    text(b, "date", ""), text(b, "publisher", "")));
        }
        return List.copyOf(out.values());
    }

    private static List<SiteInfo.ActorItem> actors(List<Binding> rows, Links links) {
        Map<String, SiteInfo.ActorItem> out = new LinkedHashMap<>();
        for (Binding b : rows) {
            String iri = b.get("actor").getURI();
            Node type = b.get("type");
            out.putIfAbsent(iri, new SiteInfo.ActorItem(links.href(iri), text(b, "name", iri),
                    type == null ? "" : type.getLocalName(), count(Long.parseLong(b.get("articles").getLiteralLexicalForm()))));
        }
        return List.copyOf(out.values());
    }

    private static List<Binding> rows(DatasetGraph dsg, String query, Map<String, Node> bound, long timeoutMillis) {
        Query q = Queries.load(query);
        QueryExecBuilder builder = QueryExec.dataset(dsg).query(q);
        bound.forEach(builder::substitution);
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis);
        }
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = builder.build()) {
            qe.select().forEachRemaining(out::add);
        }
        return out;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String text(Binding b, String var, String otherwise) {
        Node n = b.get(var);
        return n == null ? otherwise : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
