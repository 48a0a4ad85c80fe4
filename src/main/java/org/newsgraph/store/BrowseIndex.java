package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/**
 * The browse lists' index of a build (plain Lucene, beside the text index), written after the store is
 * final: one document per claim, article, event, actor and country, holding what the lists filter by and
 * show, with each list's order (newest or most mentioned first) as a sort key. A list page is then one
 * sorted, filtered top-N search, whatever the size of the corpus, where the store would sort every match.
 * Updates copy the previous index and index again the changed article graphs, and the events and entities.
 */
public final class BrowseIndex {

    /** The index's folder inside a build folder. */
    public static final String DIR = "browse";
    /** Where a served store's open index is kept, in its dataset's context. */
    public static final Symbol CONTEXT = Symbol.create("https://w3id.org/newsgraph/ns#browseIndex");

    /** The stored field of an actor's or country's number of articles. */
    public static final String COUNT = "articles";
    /** The stored field of an item's date (a claim's: when it was said, else its article's publication). */
    public static final String DATE = "date";
    /** The stored field of the item's IRI. */
    public static final String ITEM = "item";

    private static final String LIST = "list";
    private static final String GRAPH = "graph";
    private static final String SORT = "sort";
    /**
     * The order of the dated lists, which is also the index's own order: a list's first page is then its
     * first matching documents, and Lucene stops collecting there instead of sorting every match.
     */
    private static final Sort NEWEST = new Sort(new SortField(SORT, SortField.Type.STRING, true),
            new SortField(ITEM, SortField.Type.STRING));
    private static final Sort MOST_MENTIONED = new Sort(new SortField(COUNT, SortField.Type.LONG, true),
            new SortField(ITEM, SortField.Type.STRING));
    /** The values each list's rows and facets show, beside its item, dates and count (the rest only filter). */
    private static final Map<String, List<String>> SHOWN = Map.of("claim", List.of("speaker", "kind", "outlet", "article"),
            "article", List.of("outlet"), "event", List.of("type"));
    /** Each entry's row, in a doc value: read by position, uncompressed, for the thousand entries facets count. */
    private static final String ROW = "row";
    /** Separators inside a row: control characters, which no IRI or date holds. */
    private static final char UNIT = '\u001f';
    private static final char RECORD = '\u001e';
    /** Lists that are rebuilt whole at every update: they draw on several article graphs each. */
    private static final List<String> WHOLE = List.of("event", "actor", "country");

    private final Iris iris;

    public BrowseIndex(Iris iris) {
        this.iris = iris;
    }

    /** One list entry: its list, IRI, the article graph it comes from (or ""), dates, count and values. */
    private record Item(String list, String iri, String graph, Set<String> dates, long count, Map<String, Set<String>> values) {
        Document document() {
            Document d = new Document();
            d.add(new StringField(LIST, list, Field.Store.NO));
            d.add(new StringField(ITEM, iri, Field.Store.YES));
            d.add(new SortedDocValuesField(ITEM, new BytesRef(iri)));
            d.add(new StringField(GRAPH, graph, Field.Store.NO));
            for (String date : dates) {
                d.add(new StringField(DATE, date, Field.Store.NO));
            }
            if (!dates.isEmpty()) {
                // Newest first: an item with several dates goes by its latest.
                d.add(new SortedDocValuesField(SORT, new BytesRef(java.util.Collections.max(dates))));
            }
            if (count >= 0) {
                d.add(new NumericDocValuesField(COUNT, count));
            }
            values.forEach((field, vs) -> vs.forEach(v -> d.add(new StringField(field, v, Field.Store.NO))));
            d.add(new BinaryDocValuesField(ROW, new BytesRef(row())));
            return d;
        }

        // What a list's row and facets show, as one string: fields apart, each with its values.
        private String row() {
            Map<String, Collection<String>> shown = new LinkedHashMap<>();
            shown.put(ITEM, List.of(iri));
            shown.put(DATE, dates);
            if (count >= 0) {
                shown.put(COUNT, List.of(Long.toString(count)));
            }
            for (String field : SHOWN.getOrDefault(list, List.of())) {
                shown.put(field, values.getOrDefault(field, Set.of()));
            }
            StringBuilder b = new StringBuilder();
            shown.forEach((field, vs) -> {
                if (!vs.isEmpty()) {
                    b.append(field);
                    vs.forEach(v -> b.append(UNIT).append(v));
                    b.append(RECORD);
                }
            });
            return b.toString();
        }
    }

    /** Reads back a row written by {@code Item.row}. */
    private static Map<String, List<String>> row(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String field : text.split(String.valueOf(RECORD))) {
            String[] parts = field.split(String.valueOf(UNIT));
            if (parts.length > 1) {
                out.put(parts[0], List.of(parts).subList(1, parts.length));
            }
        }
        return out;
    }

    /** Indexes a whole store into {@code dir}; returns the number of documents written. */
    public long write(DatasetGraph dsg, Path dir) {
        try (IndexWriter w = writer(dir, IndexWriterConfig.OpenMode.CREATE)) {
            long n = Txn.calculateRead(dsg, () -> {
                long docs = 0;
                for (Node g : SearchIndex.articleGraphs(dsg, iris)) {
                    docs += indexArticleGraph(w, dsg, g);
                }
                return docs + indexWhole(w, dsg);
            });
            merge(w);
            return n;
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot write the browse index: " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code dir} the index of a store that an update derived from the store indexed in
     * {@code previous}: the previous documents but those of the changed graphs and of the lists drawn from
     * several graphs, plus those as they are now.
     */
    public long update(DatasetGraph dsg, Path dir, Path previous, Collection<String> changedGraphs) {
        if (!Files.isDirectory(previous)) {
            return write(dsg, dir);
        }
        SearchIndex.link(previous, dir);
        try (IndexWriter w = writer(dir, IndexWriterConfig.OpenMode.APPEND)) {
            List<Term> gone = new ArrayList<>();
            changedGraphs.forEach(g -> gone.add(new Term(GRAPH, g)));
            WHOLE.forEach(list -> gone.add(new Term(LIST, list)));
            w.deleteDocuments(gone.toArray(Term[]::new));
            long n = Txn.calculateRead(dsg, () -> {
                long docs = 0;
                for (String g : changedGraphs) {
                    Node name = NodeFactory.createURI(g);
                    if (dsg.containsGraph(name)) {
                        docs += indexArticleGraph(w, dsg, name);
                    }
                }
                return docs + indexWhole(w, dsg);
            });
            merge(w);
            return n;
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot update the browse index: " + e.getMessage(), e);
        }
    }

    private static IndexWriter writer(Path dir, IndexWriterConfig.OpenMode mode) throws IOException {
        Files.createDirectories(dir);
        return new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(mode)
                .setIndexSort(NEWEST));
    }

    // One segment, read-only from here on: a sort compares ordinals, not terms, and a page's rows lie
    // side by side in the doc values.
    private static void merge(IndexWriter w) throws IOException {
        w.forceMerge(1);
        w.commit();
    }

    // An article graph holds its article and its claims, with all the lists filter them by.
    private long indexArticleGraph(IndexWriter w, DatasetGraph dsg, Node g) {
        Graph graph = dsg.getGraph(g);
        String countries = iris.base() + "country/";
        Map<Node, Set<String>> speakersOf = new LinkedHashMap<>();
        Map<Node, Set<String>> published = new LinkedHashMap<>();
        Map<Node, Set<String>> outlets = new LinkedHashMap<>();
        Function<Node, Set<String>> datesOf = a -> published.computeIfAbsent(a,
                k -> strings(graph, k, SchemaDO.datePublished.asNode(), false));
        Function<Node, Set<String>> outletsOf = a -> outlets.computeIfAbsent(a,
                k -> strings(graph, k, SchemaDO.publisher.asNode(), true));
        long docs = 0;
        for (Node claim : subjects(graph, SchemaDO.Claim.asNode())) {
            Optional<Node> first = objects(graph, claim, NG.PROV.wasDerivedFrom.asNode()).stream().findFirst();
            if (first.isEmpty()) {
                continue;
            }
            Node article = first.get();
            Set<String> speakers = strings(graph, claim, NG.speaker.asNode(), true);
            speakersOf.computeIfAbsent(article, a -> new TreeSet<>()).addAll(speakers);
            Set<String> said = strings(graph, claim, DCTerms.date.asNode(), false);
            Map<String, Set<String>> values = new LinkedHashMap<>();
            values.put("speaker", speakers);
            values.put("kind", strings(graph, claim, NG.claimKind.asNode(), true));
            values.put("outlet", outletsOf.apply(article));
            values.put("article", Set.of(article.getURI()));
            values.put("country", startingWith(strings(graph, claim, SchemaDO.mentions.asNode(), true), countries));
            add(w, new Item("claim", claim.getURI(), g.getURI(), said.isEmpty() ? datesOf.apply(article) : said, -1, values));
            docs++;
        }
        for (Node article : subjects(graph, SchemaDO.NewsArticle.asNode())) {
            Map<String, Set<String>> values = new LinkedHashMap<>();
            values.put("outlet", outletsOf.apply(article));
            values.put("speaker", speakersOf.getOrDefault(article, Set.of()));
            values.put("country", startingWith(strings(graph, article, SchemaDO.mentions.asNode(), true), countries));
            add(w, new Item("article", article.getURI(), g.getURI(), datesOf.apply(article), -1, values));
            docs++;
        }
        return docs;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                out.add(t.getObject());
            }
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    // Events (merged across the articles that report them) and the entities of the statistics graph.
    private long indexWhole(IndexWriter w, DatasetGraph dsg) {
        Graph union = dsg.getUnionGraph();
        String countries = iris.base() + "country/";
        String actors = iris.base() + "actor/";
        long docs = 0;
        Set<Node> events = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        events.addAll(subjects(union, SchemaDO.Event.asNode()));
        for (Node event : events) {
            Set<String> participants = strings(union, event, NG.participant.asNode(), true);
            Set<String> speakers = new TreeSet<>();
            Iterator<org.apache.jena.graph.Triple> claims = union.find(Node.ANY, NG.claim.asNode(), event);
            while (claims.hasNext()) {
                speakers.addAll(strings(union, claims.next().getSubject(), NG.speaker.asNode(), true));
            }
            Map<String, Set<String>> values = new LinkedHashMap<>();
            values.put("type", strings(union, event, NG.eventType.asNode(), true));
            values.put("country", startingWith(participants, countries));
            values.put("actor", startingWith(participants, actors));
            values.put("speaker", speakers);
            add(w, new Item("event", event.getURI(), "", strings(union, event, SchemaDO.startDate.asNode(), false), -1,
                    values));
            docs++;
        }
        Iterator<Quad> counted = dsg.find(iris.statisticsGraph().asNode(), Node.ANY, NG.articleCount.asNode(), Node.ANY);
        while (counted.hasNext()) {
            Quad q = counted.next();
            String iri = q.getSubject().isURI() ? q.getSubject().getURI() : "";
            String list = iri.startsWith(actors) ? "actor" : iri.startsWith(countries) ? "country" : null;
            if (list != null && q.getObject().isLiteral()) {
                add(w, new Item(list, iri, "", new TreeSet<>(), ((Number) q.getObject().getLiteralValue()).longValue(),
                        Map.of()));
                docs++;
            }
        }
        return docs;
    }

    private static void add(IndexWriter w, Item item) {
        try {
            w.addDocument(item.document());
        } catch (IOException e) {
            throw new NewsgraphException(item.iri(), -1, "cannot index for the browse lists: " + e.getMessage(), e);
        }
    }

    private static List<Node> subjects(Graph g, Node type) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    // IRIs (iris) or literals' lexical forms (otherwise) of a property's values, sorted.
    private static Set<String> strings(Graph g, Node s, Node p, boolean iris) {
        Set<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (iris && o.isURI()) {
                out.add(o.getURI());
            } else if (!iris && o.isLiteral()) {
                out.add(o.getLiteralLexicalForm());
            }
        });
        return out;
    }

    private static Set<String> startingWith(Set<String> values, String prefix) {
        Set<String> out = new TreeSet<>();
        values.stream().filter(v -> v.startsWith(prefix)).forEach(out::add);
        return out;
    }

    /** What a list asks for: field values every entry must have, and an inclusive date range (null: open). */
    public record Filter(Map<String, String> equal, String from, String to) { }

    /** A build's browse index opened for queries, once per server: the build never changes while served. */
    public static final class Reader implements AutoCloseable {

        private final DirectoryReader reader;
        private final IndexSearcher searcher;

        private Reader(DirectoryReader reader) {
            this.reader = reader;
            this.searcher = new IndexSearcher(reader);
        }

        /**
         * The entries {@code offset} to {@code offset + limit} of a list in its order, each a map from field
         * to its values (item, date, speaker, ...): newest first (undated last) for claims, articles and
         * events, most articles first for actors and countries; ties by IRI.
         */
        public List<Map<String, List<String>>> find(String list, Filter filter, int offset, int limit) {
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(LIST, list)), BooleanClause.Occur.FILTER);
            filter.equal().forEach((field, value) -> q.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER));
            if (filter.from() != null || filter.to() != null) {
                // "to" 2015 keeps 2015-12-31: every date that starts with it, or sorts before it.
                q.add(TermRangeQuery.newStringRange(DATE, filter.from(), filter.to() == null ? null : filter.to() + "\uffff",
                        true, false), BooleanClause.Occur.FILTER);
            }
            Sort sort = list.equals("actor") || list.equals("country") ? MOST_MENTIONED : NEWEST;
            try {
                BooleanQuery query = q.build();
                TopFieldDocs top = searcher.search(query, Math.max(1, offset + limit), sort);
                List<Map<String, List<String>>> out = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                List<LeafReaderContext> leaves = reader.leaves();
                BinaryDocValues rows = null;
                int leaf = -1;
                for (int i = offset; i < docs.length; i++) {
                    int doc = docs[i].doc;
                    int at = ReaderUtil.subIndex(doc, leaves);
                    int local = doc - leaves.get(at).docBase;
                    // Doc values are read forwards: a hit behind the last one read starts a new reader.
                    if (at != leaf || rows == null || local <= rows.docID()) {
                        rows = leaves.get(at).reader().getBinaryDocValues(ROW);
                        leaf = at;
                    }
                    out.add(rows != null && rows.advanceExact(local) ? row(rows.binaryValue().utf8ToString()) : Map.of());
                }
                return out;
            } catch (IOException e) {
                throw new NewsgraphException(DIR, -1, "cannot read the browse index: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new NewsgraphException(DIR, -1, "cannot close the browse index: " + e.getMessage(), e);
            }
        }
    }

    /** The browse index attached to a served dataset, if its build has one. */
    public static Optional<Reader> of(DatasetGraph dsg) {
        Object r = dsg.getContext().get(CONTEXT);
        return r instanceof Reader reader ? Optional.of(reader) : Optional.empty();
    }

    /** Opens a build's index and keeps it in the dataset's context; empty when the build has none. */
    static Optional<AutoCloseable> attach(DatasetGraph dsg, Path build) {
        Path dir = build.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            Reader reader = new Reader(DirectoryReader.open(FSDirectory.open(dir)));
            dsg.getContext().set(CONTEXT, reader);
            return Optional.of(() -> {
                dsg.getContext().remove(CONTEXT);
                reader.close();
            });
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot open the browse index: " + e.getMessage(), e);
        }
    }
}
