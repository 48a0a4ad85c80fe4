package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.analysis.Analyzer;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/**
 * The full-text index of a build (Jena's text index over Lucene), written after the store is final:
 * article headlines and bodies, claim texts, and the names of every entity the articles mention. Served
 * with the store, it answers {@code text:query} in SPARQL and the search pages. An update copies the
 * previous build's index (hard links: Lucene never rewrites a file) and indexes again only the graphs
 * it changed, so the index stays in step with the store without a pass over the whole corpus.
 */
public final class SearchIndex {

    /** The index's folder inside a build folder. */
    public static final String DIR = "text";

    private static final String URI_FIELD = "uri";
    private static final String GRAPH_FIELD = "graph";
    private static final String BODY = "body";
    private static final String HEADLINE = "headline";
    private static final String CLAIM = "claim";
    private static final String NAME = "name";

    /** The names an entity is found by: its labels in the reference data and the entities graph. */
    private static final List<Node> NAMES = List.of(RDFS.label.asNode(), SchemaDO.name.asNode(), SKOS.altLabel.asNode());

    private final Iris iris;

    public SearchIndex(Iris iris) {
        this.iris = iris;
    }

    /**
     * Which triples go into which field. Entity names share one field, so {@code text:query (rdfs:label
     * "...")} finds names and aliases alike; the body is the field a query without a property searches.
     */
    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition(URI_FIELD, BODY, SchemaDO.articleBody.asNode());
        def.setGraphField(GRAPH_FIELD);
        def.set(HEADLINE, SchemaDO.headline.asNode());
        def.set(CLAIM, SchemaDO.text.asNode());
        NAMES.forEach(p -> def.set(NAME, p));
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(analyzer());
        config.setQueryAnalyzer(analyzer());
        config.setValueStored(false);
        return config;
    }

    // Accents folded away and case ignored: "erdogan" finds Erdoğan, and names typed without their
    // diacritics (as readers do) still match; "Putin's" is a form of "Putin".
    private static Analyzer analyzer() {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding").build();
        } catch (IOException e) {
            throw new NewsgraphException("search index", -1, "cannot set up the text analyzer: " + e.getMessage(), e);
        }
    }

    private static TextIndexLucene open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new TextIndexLucene(FSDirectory.open(dir), config());
        } catch (IOException | RuntimeException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot open the search index: " + e.getMessage(), e);
        }
    }

    /** Indexes a whole store into {@code dir}; returns the number of documents written. */
    public long write(DatasetGraph dsg, Path dir) {
        TextIndexLucene index = open(dir);
        try {
            long n = Txn.calculateRead(dsg, () -> {
                long docs = 0;
                for (Node g : articleGraphs(dsg, iris)) {
                    docs += indexArticleGraph(index, dsg, g);
                }
                return docs + indexEntities(index, dsg);
            });
            index.commit();
            return n;
        } finally {
            index.close();
        }
    }

    /**
     * Makes {@code dir} the index of a store that an update derived from the store indexed in
     * {@code previous}: the previous index's files, without the documents of the graphs the update
     * dropped or rewrote (and of the entity names, all indexed again), plus those graphs as they are now.
     */
    public long update(DatasetGraph dsg, Path dir, Path previous, Collection<String> changedGraphs) {
        if (!Files.isDirectory(previous)) {
            return write(dsg, dir);
        }
        link(previous, dir);
        TextIndexLucene index = open(dir);
        try {
            List<Term> gone = new ArrayList<>();
            changedGraphs.forEach(g -> gone.add(new Term(GRAPH_FIELD, g)));
            gone.add(new Term(GRAPH_FIELD, iris.entitiesGraph().getURI()));
            index.getIndexWriter().deleteDocuments(gone.toArray(Term[]::new));
            long n = Txn.calculateRead(dsg, () -> {
                long docs = 0;
                for (String g : changedGraphs) {
                    Node name = NodeFactory.createURI(g);
                    if (dsg.containsGraph(name)) {
                        docs += indexArticleGraph(index, dsg, name);
                    }
                }
                return docs + indexEntities(index, dsg);
            });
            index.commit();
            return n;
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot update the search index: " + e.getMessage(), e);
        } finally {
            index.close();
        }
    }

    // Hard links, not copies: the new build shares every segment file with the old one until a merge replaces it.
    static void link(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && !name.equals("write.lock")) {
                    Files.createLink(to.resolve(name), f);
                }
            }
        } catch (IOException e) {
            throw new NewsgraphException(to.toString(), -1, "cannot copy the search index: " + e.getMessage(), e);
        }
    }

    /** A store's article graphs, in the order of their names. */
    static List<Node> articleGraphs(DatasetGraph dsg, Iris iris) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && iris.isArticleGraph(g.getURI())) {
                out.add(g);
            }
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    // An article graph gives its article's headline and body and its claims' texts.
    private static long indexArticleGraph(TextIndexLucene index, DatasetGraph dsg, Node g) {
        long docs = 0;
        Iterator<Quad> articles = dsg.find(g, Node.ANY, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        while (articles.hasNext()) {
            Node article = articles.next().getSubject();
            docs += add(index, dsg, g, article, SchemaDO.headline.asNode(), HEADLINE);
            docs += add(index, dsg, g, article, SchemaDO.articleBody.asNode(), BODY);
        }
        Iterator<Quad> claims = dsg.find(g, Node.ANY, RDF.type.asNode(), SchemaDO.Claim.asNode());
        while (claims.hasNext()) {
            docs += add(index, dsg, g, claims.next().getSubject(), SchemaDO.text.asNode(), CLAIM);
        }
        return docs;
    }

    // Every entity the statistics graph counts (those the articles mention), under each of its names,
    // filed under the entities graph so that an update can drop and add them all at once.
    private long indexEntities(TextIndexLucene index, DatasetGraph dsg) {
        String filed = iris.entitiesGraph().getURI();
        Node stats = iris.statisticsGraph().asNode();
        long docs = 0;
        Iterator<Quad> counted = dsg.find(stats, Node.ANY, NG.articleCount.asNode(), Node.ANY);
        while (counted.hasNext()) {
            Node entity = counted.next().getSubject();
            if (!entity.isURI()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (Node p : NAMES) {
                Iterator<Quad> it = dsg.find(Node.ANY, entity, p, Node.ANY);
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral()) {
                        names.add(o.getLiteralLexicalForm());
                    }
                }
            }
            for (String name : names) {
                Entity e = new Entity(entity.getURI(), filed);
                e.put(NAME, name);
                index.addEntity(e);
                docs++;
            }
        }
        return docs;
    }

    private static long add(TextIndexLucene index, DatasetGraph dsg, Node g, Node s, Node p, String field) {
        long docs = 0;
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                Entity e = new Entity(s.getURI(), g.getURI());
                e.put(field, o.getLiteralLexicalForm());
                index.addEntity(e);
                docs++;
            }
        }
        return docs;
    }

    /**
     * Opens a build's index for queries and makes it the text index of the store's dataset, so that
     * {@code text:query} finds it; empty when the build has none (built before search existed).
     */
    static java.util.Optional<AutoCloseable> attach(DatasetGraph dsg, Path build) {
        Path dir = build.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return java.util.Optional.empty();
        }
        TextIndexLucene index;
        try {
            index = new Served(FSDirectory.open(dir), config());
        } catch (IOException | RuntimeException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot open the search index: " + e.getMessage(), e);
        }
        dsg.getContext().set(TextQuery.textIndex, index);
        return java.util.Optional.of(() -> {
            dsg.getContext().remove(TextQuery.textIndex);
            index.close();
        });
    }

    /**
     * jena-text's Lucene index with one reader for the life of the server: jena-text opens a reader (and
     * with it every segment's files) for each {@code text:query}, which is right while the index changes but
     * dominated the search page's profile, and a served build never changes. A query of one field without
     * highlighting or language (all newsgraph asks) is parsed and run as jena-text does, on that reader;
     * any other goes to jena-text. Measured end to end on 10,000 generated articles (loadtest --per-kind 60
     * --clients 8 --only search, first run on a freshly started server each): /search p50 195 ms to 96 ms,
     * p95 296 ms to 187 ms (a 37% gain at p95); one client, 25-38 ms to 9-25 ms.
     */
    private static final class Served extends TextIndexLucene {

        private final DirectoryReader reader;
        private final IndexSearcher searcher;

        Served(Directory dir, TextIndexConfig config) throws IOException {
            super(dir, config);
            this.reader = DirectoryReader.open(dir);
            this.searcher = new IndexSearcher(reader);
        }

        @Override
        public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
                                   int limit, String highlight) {
            if (props.size() != 1 || highlight != null || (lang != null && !lang.isEmpty())) {
                return super.query(subjectUri, props, qs, graphURI, lang, limit, highlight);
            }
            EntityDefinition def = getDocDef();
            Node prop = props.get(0).asNode();
            String field = def.getField(prop);
            try {
                QueryParser parser = new QueryParser(field, getQueryAnalyzer());
                parser.setAllowLeadingWildcard(true);
                Query parsed;
                // As jena-text does: some analyzers are not safe to share between threads.
                synchronized (this) {
                    parsed = parser.parse(qs);
                }
                BooleanQuery.Builder q = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
                if (subjectUri != null) {
                    q.add(new TermQuery(new Term(def.getEntityField(), subjectUri)), BooleanClause.Occur.FILTER);
                }
                if (graphURI != null && def.getGraphField() != null) {
                    q.add(new TermQuery(new Term(def.getGraphField(), graphURI)), BooleanClause.Occur.FILTER);
                }
                TopDocs top = searcher.search(q.build(), limit > 0 ? limit : MAX_HITS);
                StoredFields stored = searcher.storedFields();
                Set<String> wanted = def.getGraphField() == null ? Set.of(def.getEntityField())
                        : Set.of(def.getEntityField(), def.getGraphField());
                List<TextHit> out = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document doc = stored.document(sd.doc, wanted);
                    String graph = def.getGraphField() == null ? null : doc.get(def.getGraphField());
                    out.add(new TextHit(TextQueryFuncs.stringToNode(doc.get(def.getEntityField())), sd.score, null,
                            graph == null ? null : TextQueryFuncs.stringToNode(graph), prop));
                }
                return out;
            } catch (ParseException e) {
                throw new TextIndexParseException(qs, e.getMessage());
            } catch (IOException e) {
                throw new TextIndexException("query", e);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new TextIndexException("close", e);
            } finally {
                super.close();
            }
        }
    }

    /** jena-text's bound on the hits of a query that sets none. */
    private static final int MAX_HITS = 10_000;
}
