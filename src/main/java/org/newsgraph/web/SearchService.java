package org.newsgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Queries;

/**
 * Answers the search page and the search box's completions from the build's text index
 * ({@code text:query} in the queries of sparql/search/): entities by name, claims by their text and
 * articles by headline and text, each hit linking to its page and, for a claim, to its sentence.
 */
final class SearchService {

    /** The search page. */
    static final String PATH = "/search";
    /** Completions of an entity name for the search box, as JSON. */
    static final String SUGGEST = "/search/suggest";

    /** Hits of each kind on the page that shows all kinds; a kind alone pages by {@link Paging}'s sizes. */
    private static final int FIRST = 8;
    private static final int MAX_OFFSET = 1000;
    private static final int SUGGESTIONS = 8;
    private static final int SNIPPET = 90;

    /** The kinds of hit, in the order the page shows them: id, title, query. */
    private enum Kind {
        ENTITIES("entities", "People, organisations and countries"),
        CLAIMS("claims", "Claims"),
        ARTICLES("articles", "Articles");

        final String id;
        final String title;

        Kind(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    private final DatasetGraph dsg;
    private final Links links;
    private final Iris iris;
    private final PrefixMap prefixes;
    private final long timeoutMillis;
    private final Map<Kind, Query> queries = new LinkedHashMap<>();

    SearchService(DatasetGraph dsg, PrefixMap prefixes, Links links, long timeoutMillis) {
        this.dsg = dsg;
        this.links = links;
        this.iris = new Iris(links.base());
        this.prefixes = prefixes;
        this.timeoutMillis = timeoutMillis;
        for (Kind k : Kind.values()) {
            queries.put(k, Queries.load("sparql/search/" + k.id + ".rq"));
        }
    }

    /** Whether the store was built with a text index (builds before search existed were not). */
    boolean available() {
        return dsg.getContext().get(TextQuery.textIndex) != null;
    }

    /**
     * One page of results: every kind's best hits, or with {@code kind} one kind's page {@code page} of
     * {@code size} hits. An unknown kind is refused.
     */
    SearchPage search(String q, String kind, int page, int size, Deadline deadline) {
        SearchQuery query = SearchQuery.parse(q);
        if (!available()) {
            return new SearchPage(query.text(), List.of(), "This build has no search index: run build again to make one.");
        }
        if (query.isEmpty()) {
            return new SearchPage(query.text(), List.of(), query.text().isEmpty() ? ""
                    : "Type a word of a name, a claim or an article.");
        }
        List<Kind> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (kind == null || kind.equals(k.id)) {
                kinds.add(k);
            }
        }
        if (kinds.isEmpty()) {
            throw new RefusedRequest(PATH, 400, "Bad request: kind is one of entities, claims, articles");
        }
        boolean alone = kind != null;
        int shown = alone ? size : FIRST;
        long offset = alone ? (long) (page - 1) * size : 0;
        if (offset > MAX_OFFSET) {
            throw new RefusedRequest(PATH, 400, "Bad request: search results go " + MAX_OFFSET + " hits deep at most");
        }
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg.getUnionGraph(), prefixes);
            List<SearchPage.Group> groups = new ArrayList<>();
            for (Kind k : kinds) {
                List<SearchPage.Hit> hits = hits(k, query, offset, shown + 1, labels, deadline);
                boolean more = hits.size() > shown;
                String base = PATH + "?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8) + "&kind=" + k.id;
                String next = !more ? "" : alone ? base + "&page=" + (page + 1) + "&size=" + size : base;
                String previous = alone && page > 1 ? base + "&page=" + (page - 1) + "&size=" + size : "";
                groups.add(new SearchPage.Group(k.id, k.title, hits.subList(0, Math.min(shown, hits.size())),
                        next, previous, alone ? "hits " + (offset + (hits.isEmpty() ? 0 : 1)) + "–"
                        + (offset + Math.min(shown, hits.size())) : ""));
            }
            boolean none = groups.stream().allMatch(g -> g.hits().isEmpty());
            return new SearchPage(query.text(), groups, none ? "Nothing found for " + query.text() + "." : "");
        });
    }

    /** Completions of what was typed so far: entities whose names begin so, most mentioned first. */
    List<SearchPage.Suggestion> suggest(String q, Deadline deadline) {
        SearchQuery query = SearchQuery.parse(q);
        if (!available() || query.isEmpty() || query.words().get(query.words().size() - 1).length() < 2) {
            return List.of();
        }
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg.getUnionGraph(), prefixes);
            List<SearchPage.Suggestion> out = new ArrayList<>();
            try (QueryExec qe = exec(Kind.ENTITIES, query.prefix(), 0, SUGGESTIONS, deadline)) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    Node e = b.get("entity");
                    if (out.stream().noneMatch(s -> s.href().equals(links.href(e.getURI())))) {
                        out.add(new SearchPage.Suggestion(labels.of(e), links.href(e.getURI()), kindOf(b.get("type"))));
                    }
                }
            }
            return out;
        });
    }

    private QueryExec exec(Kind kind, String lucene, long offset, int limit, Deadline deadline) {
        Query q = queries.get(kind).cloneQuery();
        q.setOffset(offset);
        q.setLimit(limit);
        // The index is asked for enough hits to fill the page: two fields per article, a few names per entity.
        long hits = (offset + limit) * (kind == Kind.CLAIMS ? 1 : 4);
        return QueryExec.dataset(dsg).query(q)
                .substitution("q", NodeFactory.createLiteralString(lucene))
                .substitution("hits", NodeFactory.createLiteralDT(Long.toString(hits),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))
                .substitution("statistics", iris.statisticsGraph().asNode())
                .timeout(Math.min(deadline.remainingMillis(), timeoutMillis)).build();
    }

    private List<SearchPage.Hit> hits(Kind kind, SearchQuery query, long offset, int limit, Labels labels,
                                      Deadline deadline) {
        List<SearchPage.Hit> out = new ArrayList<>();
        List<String> words = query.words();
        try (QueryExec qe = exec(kind, query.lucene(), offset, limit, deadline)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                SearchPage.Hit hit = switch (kind) {
                    case ENTITIES -> entity(b, labels);
                    case CLAIMS -> claim(b, labels, words);
                    case ARTICLES -> article(b, labels, words);
                };
                if (out.stream().noneMatch(h -> h.href().equals(hit.href()))) {
                    out.add(hit);
                }
                deadline.check(PATH);
            }
        }
        return out;
    }

    private SearchPage.Hit entity(Binding b, Labels labels) {
        Node e = b.get("entity");
        List<String> notes = new ArrayList<>();
        notes.add(kindOf(b.get("type")));
        count(b.get("articles"), "article", "articles").ifPresent(notes::add);
        count(b.get("claims"), "claim made", "claims made").ifPresent(notes::add);
        return new SearchPage.Hit(links.href(e.getURI()), labels.of(e), String.join(" · ", notes), "",
                SearchPage.Snippet.NONE);
    }

    private SearchPage.Hit claim(Binding b, Labels labels, List<String> words) {
        Node claim = b.get("claim");
        List<String> notes = new ArrayList<>();
        Node speaker = b.get("speaker");
        notes.add(speaker != null ? labels.of(speaker) : "unattributed");
        Node date = b.get("date");
        if (date != null && date.isLiteral()) {
            notes.add(date.getLiteralLexicalForm());
        }
        Node article = b.get("article");
        if (article != null) {
            notes.add("in " + labels.of(article));
        }
        Node span = b.get("span");
        String sentence = span == null ? "" : iris.spanOf(span.getURI())
                .map(ref -> links.href(ref.article()) + "#" + Highlighter.anchor(ref.begin(), ref.end())).orElse("");
        String text = first(claim, SchemaDO.text.asNode());
        return new SearchPage.Hit(links.href(claim.getURI()), labels.of(claim),
                String.join(" · ", notes), sentence, SearchPage.Snippet.around(text, words, SNIPPET));
    }

    private SearchPage.Hit article(Binding b, Labels labels, List<String> words) {
        Node article = b.get("article");
        List<String> notes = new ArrayList<>();
        Node date = b.get("date");
        if (date != null && date.isLiteral()) {
            notes.add(date.getLiteralLexicalForm());
        }
        String body = first(article, SchemaDO.articleBody.asNode());
        return new SearchPage.Hit(links.href(article.getURI()), labels.of(article), String.join(" · ", notes), "",
                SearchPage.Snippet.around(body, words, SNIPPET));
    }

    private String first(Node s, Node p) {
        var it = dsg.getUnionGraph().find(s, p, Node.ANY);
        try {
            Node o = it.hasNext() ? it.next().getObject() : null;
            return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : "";
        } finally {
            it.close();
        }
    }

    private static java.util.Optional<String> count(Node n, String one, String many) {
        if (n == null || !n.isLiteral() || !n.getLiteralLexicalForm().matches("[0-9]{1,18}")) {
            return java.util.Optional.empty();
        }
        long v = Long.parseLong(n.getLiteralLexicalForm());
        return java.util.Optional.of(SiteSummary.count(v) + " " + (v == 1 ? one : many));
    }

    private static String kindOf(Node type) {
        if (type == null || !type.isURI()) {
            return "entity";
        }
        String local = type.getLocalName();
        return local.isEmpty() ? "entity" : local.toLowerCase(Locale.ROOT);
    }
}
