package org.newsgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps {@link NG}, ontology/newsgraph.ttl and ontology/shapes.ttl in step. */
class VocabularyTest {

    private static final Path ONTOLOGY = Path.of("ontology/newsgraph.ttl");
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString(), Lang.TURTLE);
    }

    /** The Resource/Property constants of NG itself, by field name. */
    private static Map<String, Resource> ownConstants() throws IllegalAccessException {
        Map<String, Resource> out = new TreeMap<>();
        for (Field f : NG.class.getDeclaredFields()) {
            if (isTermConstant(f)) {
                out.put(f.getName(), (Resource) f.get(null));
            }
        }
        return out;
    }

    private static boolean isTermConstant(Field f) {
        int m = f.getModifiers();
        return Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)
                && Resource.class.isAssignableFrom(f.getType());
    }

    private static boolean isProperty(Resource term) {
        return ontology.contains(term, RDF.type, OWL.ObjectProperty)
                || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                || ontology.contains(term, RDF.type, OWL.AnnotationProperty)
                || ontology.contains(term, RDF.type, RDF.Property);
    }

    @Test
    void everyConstantIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        Map<String, Resource> constants = ownConstants();
        assertTrue(constants.size() > 40, "NG has " + constants.size() + " term constants");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Resource> e : constants.entrySet()) {
            String name = e.getKey();
            Resource term = e.getValue();
            String uri = term.getURI();
            if (name.equals("ONTOLOGY")) {
                assertEquals("https://w3id.org/newsgraph/ns", uri);
                assertTrue(ontology.contains(term, RDF.type, OWL.Ontology), "ontology header missing");
            } else if (!uri.equals(NG.NS + name)) {
                problems.add("NG." + name + " is <" + uri + ">, expected <" + NG.NS + name + ">");
                continue;
            }
            if (!ontology.contains(term, RDF.type)) {
                problems.add(uri + " has no rdf:type in the ontology");
            }
            if (!ontology.contains(term, RDFS.label)) {
                problems.add(uri + " has no rdfs:label");
            }
            if (!ontology.contains(term, RDFS.comment)) {
                problems.add(uri + " has no rdfs:comment");
            }
            if (!name.equals("ONTOLOGY") && !ontology.contains(term, RDFS.isDefinedBy, NG.ONTOLOGY)) {
                problems.add(uri + " has no rdfs:isDefinedBy <" + NG.ONTOLOGY.getURI() + ">");
            }
            if (isProperty(term) != (term instanceof Property)) {
                problems.add("NG." + name + (isProperty(term) ? " should be a Property" : " should not be a Property"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void nestedVocabulariesStayInTheirOwnNamespace() throws Exception {
        int seen = 0;
        for (Class<?> nested : NG.class.getDeclaredClasses()) {
            Field nsField = nested.getDeclaredField("NS");
            String ns = (String) nsField.get(null);
            assertFalse(ns.startsWith(NG.NS), nested.getSimpleName() + " must not hold ng: terms");
            for (Field f : nested.getDeclaredFields()) {
                if (isTermConstant(f)) {
                    String uri = ((Resource) f.get(null)).getURI();
                    assertTrue(uri.startsWith(ns), nested.getSimpleName() + "." + f.getName() + " = <" + uri
                            + "> is outside " + ns);
                    seen++;
                }
            }
        }
        assertTrue(seen > 0, "no nested vocabulary constants found");
        assertEquals(NG.NIF.NS + "String", NG.NIF.NIFString.getURI());
        assertEquals(NG.ITSRDF.NS + "taIdentRef", NG.ITSRDF.taIdentRef.getURI());
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        ownConstants().values().forEach(r -> constants.add(r.getURI()));
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NS) && !constants.contains(s.getURI())) {
                missing.add(s.getURI());
            }
        });
        assertTrue(missing.isEmpty(), "declared in the ontology but missing from NG: " + missing);
    }

    @Test
    void everyTermHasExactlyOneEnglishLabel() {
        Set<Resource> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && (s.getURI().startsWith(NG.NS) || s.equals(NG.ONTOLOGY))) {
                terms.add(s);
            }
        });
        assertFalse(terms.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Resource t : terms) {
            List<Statement> labels = ontology.listStatements(t, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null)
                    .toList();
            long english = labels.stream()
                    .filter(st -> st.getObject().isLiteral() && "en".equals(st.getLiteral().getLanguage()))
                    .count();
            if (english != 1) {
                problems.add(t.getURI() + " has " + labels.size() + " rdfs:label(s), " + english + " in English");
            }
            if (!ontology.listStatements(t, RDFS.comment, (org.apache.jena.rdf.model.RDFNode) null)
                    .filterKeep(st -> st.getObject().isLiteral() && "en".equals(st.getLiteral().getLanguage()))
                    .hasNext()) {
                problems.add(t.getURI() + " has no English rdfs:comment");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ------------------------------------------------------------------ SHACL

    private static Shapes shapes() {
        Graph g = RDFDataMgr.loadGraph(SHAPES.toString(), Lang.TURTLE);
        return Shapes.parse(g);
    }

    private static Graph turtle(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ttl)).lang(Lang.TURTLE).parse(m);
        return m.getGraph();
    }

    private static final String PREFIXES = """
            @prefix ng:      <https://w3id.org/newsgraph/ns#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix schema:  <https://schema.org/> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix itsrdf:  <http://www.w3.org/2005/11/its/rdf#> .
            @prefix a:       <http://localhost:3030/article/> .
            @prefix actor:   <http://localhost:3030/actor/> .
            """;

    @Test
    void shapesParse() {
        Shapes shapes = shapes();
        assertNotNull(shapes);
        assertTrue(shapes.numRootShapes() >= 6, "only " + shapes.numRootShapes() + " targeted shapes");
        long nodeShapes = shapes.getShapeMap().values().stream().filter(s -> s.isNodeShape()).count();
        assertTrue(nodeShapes >= 6, "only " + nodeShapes + " node shapes");
    }

    @Test
    void conformingArticleConforms() {
        Graph data = turtle(PREFIXES + """
                a:002 a schema:NewsArticle , nif:Context ;
                    dcterms:identifier "002_8adf7a70ea6ceb8b" ;
                    schema:headline "David Cameron and Vladimir Putin say they will work together" ;
                    rdfs:label "David Cameron and Vladimir Putin say they will work together" ;
                    schema:datePublished "2015-12-09"^^xsd:date ;
                    schema:articleBody "David Cameron and Russian premier Vladimir Putin have agreed to work together." ;
                    schema:author actor:jon-stone ;
                    schema:publisher actor:the-independent ;
                    schema:comment a:002-c1 .
                a:002-c1 a schema:Comment ; schema:text "A reader's view." .
                actor:jon-stone a schema:Person ; schema:name "Jon Stone" ; rdfs:label "Jon Stone" .
                actor:the-independent a schema:Organization ; schema:name "The Independent" .
                actor:vladimir-putin a schema:Person ; schema:name "Vladimir Putin" .
                a:002-m1 a ng:Mention , nif:Phrase ;
                    nif:beginIndex "45"^^xsd:nonNegativeInteger ; nif:endIndex "59"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Vladimir Putin" ; nif:referenceContext a:002 ;
                    itsrdf:taIdentRef actor:vladimir-putin ; ng:resolvedBy ng:ReferenceData .
                """);
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        assertTrue(report.conforms(), () -> {
            StringBuilder sb = new StringBuilder("expected conformance:\n");
            report.getEntries().forEach(e -> sb.append(e).append('\n'));
            return sb.toString();
        });
    }

    @Test
    void brokenArticleDoesNotConform() {
        Graph data = turtle(PREFIXES + """
                a:bad a schema:NewsArticle ;
                    schema:headline "No identifier" ;
                    schema:datePublished "2015-12-09" ;
                    schema:articleBody "Body." .
                """);
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        assertFalse(report.conforms());
        String focus = "http://localhost:3030/article/bad";
        assertTrue(report.getEntries().stream().allMatch(e -> e.focusNode().equals(NodeFactory.createURI(focus))),
                "every violation should name the article");
        assertTrue(report.getEntries().size() >= 2, "expected the identifier and the date to be reported, got "
                + report.getEntries().size());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().getURI().equals(focus)));
    }
}
