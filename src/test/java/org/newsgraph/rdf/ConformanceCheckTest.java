package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.mem2.GraphMem2Roaring;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Components;
import org.newsgraph.reference.ReferenceData;

/**
 * Differential test of the compiled check against Jena's validator: the real article graphs of the
 * seeds and the devset, and many deterministic mutants of them, must get the same verdict from both.
 */
class ConformanceCheckTest {

    static {
        // The node constants below need Jena initialised first, or its class initialisation cycles.
        JenaSystem.init();
    }

    private static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX schema: <https://schema.org/>
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX ex: <http://example.org/>
            """;

    private static final String NG = "https://w3id.org/newsgraph/ns#";
    private static final String SCHEMA = "https://schema.org/";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();
    private static final List<Node> TARGET_CLASSES = Stream.of(SCHEMA + "NewsArticle", SCHEMA + "Comment",
            SCHEMA + "Person", SCHEMA + "Organization", SCHEMA + "Country", NG + "Role", NG + "Mention",
            NIF + "String", NIF + "Phrase", SCHEMA + "Claim", SCHEMA + "Quotation", SCHEMA + "Event")
            .map(NodeFactory::createURI).toList();
    /** Small graphs added whole to an article graph: each shape's constraints met and broken. */
    private static final List<String> ADDITIONS = List.of(
            "ex:c a schema:Country ; ng:isoAlpha2 \"XX\" .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"XX\" ; ng:isoAlpha3 \"XXX\" .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"xx\" .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"XXX\" .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"XX\"@en .",
            "ex:c a schema:Country ; ng:isoAlpha2 ex:XX .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"XX\" ; ng:isoAlpha3 ex:XXX .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"XX\" ; ng:isoAlpha3 \"XXX\"^^xsd:token .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"XX\" ; ng:isoAlpha3 \"XXX\", \"YYY\" .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"XX\" ; ng:isoAlpha3 [] .",
            "ex:c a schema:Country ; ng:isoAlpha2 \"XX\", \"YY\" .",
            "ex:c a schema:Country .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle \"Minister\" .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle \"Minister\"@en ; ng:roleOf ex:o ;"
                    + " schema:startDate \"2019-01-02\"^^xsd:date ; schema:endDate \"2020\"^^xsd:gYear .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle \"Minister\" ; schema:startDate \"2019-13\"^^xsd:gYearMonth .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle \"Minister\" ; schema:startDate \"2019-12\"^^xsd:gYearMonth .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle \"Minister\" ; schema:endDate \"2019-01-02T10:00:00\"^^xsd:dateTime .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle \"Minister\" ; schema:endDate \"2019\" .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle 42 .",
            "ex:r a ng:Role ; ng:roleHolder ex:p .",
            "ex:r a ng:Role ; ng:roleHolder [] ; ng:roleTitle \"Minister\" .",
            "ex:r a ng:Role ; ng:roleHolder ex:p, ex:q ; ng:roleTitle \"Minister\" .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle \"Minister\" ; ng:roleOf ex:o, ex:o2 .",
            "ex:r a ng:Role ; ng:roleHolder ex:p ; ng:roleTitle \"Minister\", \"Ministre\"@fr .",
            "ex:e a schema:Event ; ng:eventType ng:Meeting ; ng:participant ex:p .",
            "ex:e a schema:Event ; ng:eventType ng:Meeting, ng:Visit ; ng:participant ex:p .",
            "ex:e a schema:Event ; ng:eventType ng:Party ; ng:participant ex:p .",
            "ex:e a schema:Event ; ng:eventType \"Meeting\" ; ng:participant ex:p .",
            "ex:e a schema:Event ; ng:eventType ng:Meeting .",
            "ex:e a schema:Event ; ng:eventType ng:Meeting ; ng:participant \"someone\" .",
            "ex:e a schema:Event ; ng:eventType ng:Other ; ng:participant ex:p ; ng:agent ex:p ; ng:target [] .",
            "ex:e a schema:Event ; ng:eventType ng:Vote ; ng:participant ex:p ; schema:startDate \"2019\"^^xsd:gYear ;"
                    + " ng:claim ex:cl ; prov:wasDerivedFrom ex:a, ex:b .",
            "ex:e a schema:Event ; ng:eventType ng:Vote ; ng:participant ex:p ; schema:startDate \"19\"^^xsd:gYear .",
            "ex:q a schema:Claim, schema:Quotation ; schema:text \"Hi\" ; ng:claimKind ng:DirectQuote ;"
                    + " prov:wasDerivedFrom ex:a .",
            "ex:q a schema:Claim, schema:Quotation ; schema:text \"Hi\" ; ng:claimKind ng:ReportedSpeech ;"
                    + " prov:wasDerivedFrom ex:a .",
            "ex:q a schema:Quotation ; ng:claimKind ng:DirectQuote .",
            "ex:q a schema:Quotation ; ng:claimKind ng:DirectQuote, ng:ReportedSpeech .",
            "ex:q a schema:Quotation .",
            "ex:q a schema:Claim ; schema:text \"Hi\" ; ng:claimKind ng:ReportedSpeech ; prov:wasDerivedFrom ex:a ;"
                    + " dcterms:date \"2019-02-30\"^^xsd:date .",
            "ex:q a schema:Claim ; schema:text \"Hi\" ; ng:claimKind ng:ReportedSpeech ; prov:wasDerivedFrom ex:a ;"
                    + " dcterms:date \"2019-02-28\"^^xsd:date ; ng:speakerDescription \"a man\" ; ng:span ex:s .",
            "ex:q a schema:Claim ; schema:text \"Hi\" ; ng:claimKind ng:ReportedSpeech ; prov:wasDerivedFrom ex:a ;"
                    + " ng:speakerDescription \"a man\"@en .",
            "ex:k a schema:Comment ; schema:text \"Nice\" .",
            "ex:k a schema:Comment ; schema:text \"Nice\", \"Nicer\" .",
            "ex:k a schema:Comment .",
            "ex:p a schema:Person ; schema:name \"P\" ; skos:altLabel \"Pe\", \"Pé\"@fr ; owl:sameAs ex:q .",
            "ex:p a schema:Person ; schema:name \"P\" ; skos:altLabel 7 .",
            "ex:p a schema:Person ; schema:name \"P\" ; owl:sameAs \"Q1\" .",
            "ex:p a schema:Person ; schema:name \"P\"@en .",
            "ex:p a schema:Person, schema:Organization ; schema:name \"P\" .",
            "ex:s a nif:Phrase ; nif:beginIndex \"0\"^^xsd:nonNegativeInteger ; nif:endIndex \"+3\"^^xsd:nonNegativeInteger ;"
                    + " nif:anchorOf \"abc\" ; nif:referenceContext ex:art . ex:art a schema:NewsArticle ;"
                    + " dcterms:identifier \"x\" ; schema:articleBody \"abc\" .",
            "ex:s a nif:Phrase ; nif:beginIndex \" 0 \"^^xsd:nonNegativeInteger ; nif:endIndex \"3\"^^xsd:nonNegativeInteger ;"
                    + " nif:anchorOf \"abc\" ; nif:referenceContext ex:art . ex:art a schema:NewsArticle ;"
                    + " dcterms:identifier \"x\" ; schema:articleBody \"abc\" .",
            "ex:s a nif:String ; nif:beginIndex \"0\"^^xsd:integer ; nif:endIndex \"3\"^^xsd:nonNegativeInteger ;"
                    + " nif:anchorOf \"abc\" ; nif:referenceContext ex:art . ex:art a schema:NewsArticle ;"
                    + " dcterms:identifier \"x\" ; schema:articleBody \"abc\" .",
            "ex:s a nif:String ; nif:beginIndex \"0\"^^xsd:nonNegativeInteger ; nif:endIndex \"3\"^^xsd:nonNegativeInteger ;"
                    + " nif:anchorOf \"abc\" ; nif:referenceContext ex:art . ex:art a ex:Page . ex:Page rdfs:subClassOf"
                    + " ex:Doc . ex:Doc rdfs:subClassOf schema:NewsArticle .",
            "ex:s a nif:String ; nif:beginIndex \"0\"^^xsd:nonNegativeInteger ; nif:endIndex \"3\"^^xsd:nonNegativeInteger ;"
                    + " nif:anchorOf \"abc\" ; nif:referenceContext ex:art . ex:art a ex:Page . ex:Page rdfs:subClassOf"
                    + " ex:Doc . ex:Doc rdfs:subClassOf ex:Page .",
            "ex:s a ex:Span . ex:Span rdfs:subClassOf nif:String .",
            "ex:a a schema:NewsArticle ; dcterms:identifier \"a\" ; schema:articleBody \"b\" ; schema:headline \"h\" ;"
                    + " schema:datePublished \"2019-05\"^^xsd:gYearMonth ; schema:author ex:p ; schema:publisher ex:o ;"
                    + " schema:comment ex:k . ex:p a schema:Person ; schema:name \"P\" . ex:o a schema:Organization ;"
                    + " schema:name \"O\" . ex:k a schema:Comment ; schema:text \"t\" .",
            "ex:a a schema:NewsArticle ; dcterms:identifier \"a\" ; schema:articleBody \"b\" ; schema:author ex:o ."
                    + " ex:o a schema:Organization ; schema:name \"O\" .",
            "ex:a a schema:NewsArticle ; dcterms:identifier \"a\" ; schema:articleBody \"b\" ; schema:comment ex:k ."
                    + " ex:k a schema:Comment .",
            "ex:a a schema:NewsArticle ; dcterms:identifier \"a\" ; schema:articleBody \"b\" ; schema:comment ex:k ."
                    + " ex:k a ex:Remark ; schema:text \"t\" . ex:Remark rdfs:subClassOf schema:Comment .",
            "ex:a a schema:NewsArticle ; dcterms:identifier \"a\" ; schema:articleBody \"b\" ; schema:comment ex:k ."
                    + " ex:k a schema:Comment ; schema:text \"t\"^^xsd:normalizedString .",
            "ex:a a schema:NewsArticle ; dcterms:identifier \"a\" ; schema:articleBody \"b\" ; schema:publisher \"O\" .",
            "ex:a a schema:NewsArticle ; dcterms:identifier 1 ; schema:articleBody \"b\" .");

    private static Shapes shapes;
    private static ConformanceCheck check;
    private static final Map<String, Graph> ARTICLES = new LinkedHashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        shapes = Shapes.parse(ReferenceData.load(ReferenceData.SHAPES).getGraph());
        check = ShapeCompiler.compileOrExplain(shapes);
        Components components = new Components(Iris.DEFAULT_BASE);
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/devset/articles"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String source = p.getFileName().toString().replaceFirst("\\.txt$", "");
                    ARTICLES.put(source, components.converter.convert(source,
                            Files.readString(p, StandardCharsets.UTF_8)).model().getGraph());
                }
            }
        }
    }

    @Test
    void realArticlesConform() {
        assertTrue(ARTICLES.size() >= 10, "seeds and devset articles");
        ARTICLES.forEach((source, g) -> assertTrue(check.conforms(g), source));
    }

    @Test
    void mutantsGetJenasVerdict() {
        Verdicts verdicts = new Verdicts();
        Set<String> kindsDone = new HashSet<>();
        ARTICLES.forEach((source, g) -> mutate(source, g, kindsDone, verdicts));
        ARTICLES.entrySet().stream().limit(4).forEach(e -> retype(e.getKey(), e.getValue(), verdicts));
        Map.Entry<String, Graph> first = ARTICLES.entrySet().iterator().next();
        extend(first.getKey(), first.getValue(), verdicts);
        assertEquals(List.of(), verdicts.disagreements, "fast verdict differs from Jena's");
        // The mutants must reach both answers often, or agreement proves little.
        assertTrue(verdicts.conforming >= 300, "conforming mutants: " + verdicts.conforming);
        assertTrue(verdicts.violating >= 450, "violating mutants: " + verdicts.violating);
    }

    /** Collects the verdicts of both checkers. */
    private static final class Verdicts {
        final List<String> disagreements = new ArrayList<>();
        int conforming;
        int violating;

        /** Also on a GraphMem2Roaring copy, which lists triples in insertion order, not subject by subject. */
        void compare(String name, Graph g) {
            boolean jena = ShaclValidator.get().validate(shapes, g).conforms();
            if (check.conforms(g) != jena) {
                disagreements.add(name + " (Jena says " + (jena ? "conforms" : "violates") + ")");
            }
            Graph scattered = new GraphMem2Roaring();
            GraphUtil.addInto(scattered, g);
            if (check.conforms(scattered) != jena) {
                disagreements.add(name + ", in insertion order (Jena says " + (jena ? "conforms" : "violates") + ")");
            }
            if (jena) {
                conforming++;
            } else {
                violating++;
            }
        }
    }

    /**
     * One triple of every kind (the subject's types and the predicate) not met in an earlier article:
     * dropped, doubled, and its object replaced by other terms.
     */
    private static void mutate(String source, Graph base, Set<String> kindsDone, Verdicts verdicts) {
        List<Triple> triples = base.find().toList().stream().sorted(Comparator.comparing(Triple::toString)).toList();
        for (Triple t : triples) {
            String kind = base.find(t.getSubject(), TYPE, Node.ANY).mapWith(Triple::getObject).toList().stream()
                    .map(Node::toString).sorted().toList() + " " + t.getPredicate();
            if (!kindsDone.add(kind)) {
                continue;
            }
            String at = source + " " + t;
            Node p = t.getPredicate();
            verdicts.compare("drop " + at, edit(base, g -> g.delete(t)));
            List<Node> others = variants(t.getObject());
            verdicts.compare("add " + others.get(0) + " to " + at, edit(base, g -> g.add(t.getSubject(), p, others.get(0))));
            for (Node other : others) {
                verdicts.compare("replace by " + other + " in " + at, edit(base, g -> {
                    g.delete(t);
                    g.add(t.getSubject(), p, other);
                }));
            }
        }
    }

    /** A few typed nodes also given another target class. */
    private static void retype(String source, Graph base, Verdicts verdicts) {
        List<Triple> typings = base.find(Node.ANY, TYPE, Node.ANY).toList().stream()
                .sorted(Comparator.comparing(Triple::toString)).limit(3).toList();
        for (Node cls : TARGET_CLASSES) {
            for (Triple t : typings) {
                verdicts.compare("type " + t.getSubject() + " also " + cls + " in " + source,
                        edit(base, g -> g.add(t.getSubject(), TYPE, cls)));
            }
        }
    }

    /** Every pair of target classes made subclasses, and the small additions, on an article graph. */
    private static void extend(String source, Graph base, Verdicts verdicts) {
        for (Node sub : TARGET_CLASSES) {
            for (Node sup : TARGET_CLASSES) {
                verdicts.compare(sub + " subClassOf " + sup + " in " + source,
                        edit(base, g -> g.add(sub, SUBCLASS_OF, sup)));
            }
        }
        for (String turtle : ADDITIONS) {
            Graph addition = turtle(turtle);
            verdicts.compare("add " + turtle + " to " + source, edit(base, g -> GraphUtil.addInto(g, addition)));
        }
    }

    /** Objects to put in place of (or next to) the given one: other kinds, datatypes and values. */
    private static List<Node> variants(Node o) {
        List<Node> out = new ArrayList<>();
        if (o.isURI()) {
            out.add(NodeFactory.createURI(o.getURI() + "-other"));
            out.add(NodeFactory.createLiteralString(o.getURI()));
            out.add(NodeFactory.createBlankNode());
            out.add(NodeFactory.createURI(NG + "Other"));
            out.add(NodeFactory.createURI(NG + "DirectQuote"));
            return out;
        }
        if (!o.isLiteral()) {
            out.add(NodeFactory.createURI("http://example.org/x"));
            return out;
        }
        String lex = o.getLiteralLexicalForm();
        RDFDatatype dt = o.getLiteralDatatype();
        out.add(NodeFactory.createLiteralDT(lex + "0", dt));
        out.add(NodeFactory.createLiteralDT("abc", dt));
        out.add(NodeFactory.createLiteralDT("-1", dt));
        out.add(NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger));
        out.add(NodeFactory.createLiteralDT(lex, XSDDatatype.XSDinteger));
        out.add(NodeFactory.createLiteralDT(lex, XSDDatatype.XSDtoken));
        out.add(NodeFactory.createLiteralDT(lex, XSDDatatype.XSDstring));
        out.add(NodeFactory.createLiteralDT(lex, XSDDatatype.XSDgYear));
        out.add(NodeFactory.createLiteralLang(lex, "en"));
        out.add(NodeFactory.createURI("http://example.org/" + Math.abs(lex.hashCode())));
        out.add(NodeFactory.createBlankNode());
        return out;
    }

    private static Graph edit(Graph base, Consumer<Graph> change) {
        Graph g = new GraphMem2Fast();
        GraphUtil.addInto(g, base);
        change.accept(g);
        return g;
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + text, Lang.TURTLE).parse(g);
        return g;
    }
}
