package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.mem2.GraphMem2Roaring;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.ValidationException;
import org.newsgraph.reference.ReferenceData;

/** The compiler takes the newsgraph shapes, refuses every SHACL feature it does not implement, and agrees with Jena on the rest. */
class ShapeCompilerTest {

    private static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX ex: <http://example.org/>
            """;

    @Test
    void newsgraphShapesCompile() {
        Shapes shapes = Shapes.parse(ReferenceData.load(ReferenceData.SHAPES).getGraph());
        assertDoesNotThrow(() -> ShapeCompiler.compileOrExplain(shapes));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select \"SELECT $this WHERE { $this <http://example.org/p> 7 }\" ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:D ] ;"
                + " sh:qualifiedMinCount 1 ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:maxCount 1 ] .",
        "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
        "ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] .",
        "ex:S a sh:NodeShape ; sh:targetObjectsOf ex:p ; sh:nodeKind sh:IRI .",
        "ex:C a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
        "ex:S a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:minCount 1 .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true ; sh:property [ sh:path ex:p ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxInclusive 5 ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minExclusive 5 ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxLength 5 ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:languageIn ( \"en\" ) ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:uniqueLang true ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:equals ex:q ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:lessThan ex:q ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:not [ sh:class ex:D ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:and ( [ sh:class ex:D ] [ sh:class ex:E ] ) .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:xone ( [ sh:class ex:D ] [ sh:class ex:E ] ) .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern \"a.b\" ; sh:flags \"q\" ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:S ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ;"
                + " sh:property [ sh:path ex:q ; sh:minCount 1 ] ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:or ( [ sh:path ex:p ; sh:minCount 1 ] [ sh:class ex:D ] ) .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:deactivated true ; sh:property [ sh:path ex:p ; sh:maxLength 5 ] ."
    })
    void refusesWhatItDoesNotImplement(String shape) {
        Shapes shapes = Shapes.parse(turtle(shape));
        assertThrows(ShapeCompiler.UnsupportedShapeException.class, () -> ShapeCompiler.compileOrExplain(shapes));
    }

    @Test
    void checkerWithUnsupportedShapesStillReportsThroughJena() {
        ShapeChecker checker = new ShapeChecker(turtle("""
                ex:S a sh:NodeShape ; sh:targetClass ex:C ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/p> 7 }" ] ;
                    sh:property [ sh:path ex:q ; sh:qualifiedValueShape [ sh:class ex:D ] ; sh:qualifiedMaxCount 1 ] .
                """));
        assertDoesNotThrow(() -> checker.check("ok", model("ex:a a ex:C ; ex:p 6 ; ex:q ex:d . ex:d a ex:D .")));
        ValidationException sparql = assertThrows(ValidationException.class,
                () -> checker.check("sparql", model("ex:a a ex:C ; ex:p 7 .")));
        assertTrue(sparql.getMessage().contains("<http://example.org/a>"), sparql.getMessage());
        assertThrows(ValidationException.class,
                () -> checker.check("qualified", model("ex:a a ex:C ; ex:q ex:d, ex:e . ex:d a ex:D . ex:e a ex:D .")));
    }

    /** Supported features the newsgraph shapes do not use (yet), each met and broken, against Jena's verdict. */
    @Test
    void otherSupportedFeaturesAgreeWithJena() throws Exception {
        Shapes shapes = Shapes.parse(turtle("""
                ex:S a sh:NodeShape ; sh:targetClass ex:C ;
                    sh:nodeKind sh:IRI ;
                    sh:property [ sh:path ex:code ; sh:pattern "^ab[0-9]$" ; sh:flags "i" ] ;
                    sh:property [ sh:path ex:two ; sh:minCount 2 ; sh:maxCount 3 ; sh:maxCount 4 ] ;
                    sh:property [ sh:path ex:off ; sh:deactivated true ; sh:minCount 5 ] ;
                    sh:property [ sh:path ex:n ; sh:in ( 1 0 "x" ex:v ) ; sh:minInclusive 0.5 ] ;
                    sh:property [ sh:path ex:must ; sh:hasValue ex:v ; sh:hasValue 1 ] ;
                    sh:property [ sh:path ex:child ; sh:node ex:Child ; sh:or ( ex:Off [ sh:hasValue ex:k ] ) ] .
                ex:Child a sh:NodeShape ; sh:class ex:K ; sh:property [ sh:path ex:name ; sh:minCount 1 ;
                    sh:or ( [ sh:datatype xsd:string ] [ sh:nodeKind sh:BlankNode ] ) ] .
                ex:Off a sh:NodeShape ; sh:deactivated true ; sh:datatype xsd:boolean .
                ex:Never a sh:NodeShape ; sh:targetClass ex:C ; sh:deactivated true ; sh:class ex:Nothing .
                """));
        ConformanceCheck check = ShapeCompiler.compileOrExplain(shapes);
        String ok = "ex:a a ex:C ; ex:code \"AB1\" ; ex:two 1, 2 ; ex:n 1 ; ex:must ex:v, 1 ; ex:child ex:k . "
                + "ex:k a ex:K ; ex:name \"k\" .";
        List<String> cases = List.of(ok,
                ok + " ex:a ex:code ex:ab1 .",
                ok + " ex:a ex:code [] .",
                ok + " ex:a ex:code \"xab1\" .",
                ok + " ex:a ex:two 3 .",
                ok + " ex:a ex:two 3, 4 .",
                "ex:a a ex:C ; ex:code \"ab1\" ; ex:two 1 ; ex:must ex:v, 1 .",
                ok + " ex:a ex:off 1 .",
                ok + " ex:a ex:n \"x\" .",
                ok + " ex:a ex:n 0 .",
                ok + " ex:a ex:n 01 .",
                ok + " ex:a ex:n \"1\"^^xsd:decimal .",
                ok + " ex:a ex:n ex:v .",
                "ex:a a ex:C ; ex:two 1, 2 ; ex:must ex:v .",
                "ex:a a ex:C ; ex:two 1, 2 ; ex:must ex:v, \"1\" .",
                ok + " ex:k ex:name [] .",
                ok + " ex:k ex:name 5 .",
                ok + " ex:a ex:child ex:k2 . ex:k2 a ex:K ; ex:name \"k2\" .",
                ok + " ex:a ex:child ex:k2 . ex:k2 a ex:K2 ; ex:name \"k2\" . ex:K2 rdfs:subClassOf ex:K .",
                ok + " ex:a ex:child true .",
                ok + " ex:b a ex:C .",
                "_:b a ex:C ; ex:code \"AB1\" ; ex:two 1, 2 ; ex:must ex:v, 1 .",
                ok + " ex:D rdfs:subClassOf ex:C . ex:d a ex:D .");
        List<String> disagreements = new ArrayList<>();
        int conforming = 0;
        for (String data : cases) {
            Graph g = turtle(data);
            boolean jena = ShaclValidator.get().validate(shapes, g).conforms();
            if (check.conforms(g) != jena) {
                disagreements.add(data);
            }
            conforming += jena ? 1 : 0;
        }
        assertEquals(List.of(), disagreements);
        assertTrue(conforming >= 4 && conforming <= cases.size() - 10, "conforming cases: " + conforming);
    }

    /** A graph that lists a subject's triples apart (GraphMem2Roaring: insertion order) is still checked whole. */
    @Test
    void subjectsSpreadOverTheGraphAreCheckedWhole() throws Exception {
        Shapes shapes = Shapes.parse(turtle(
                "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 2 ; sh:maxCount 2 ] ."));
        ConformanceCheck check = ShapeCompiler.compileOrExplain(shapes);
        String spread = "ex:a a ex:C . ex:b ex:p 1 . ex:a ex:p 1 . ex:b ex:p 2 . ex:a ex:p 2 .";
        for (String data : List.of(spread, spread + " ex:a ex:p 3 .", "ex:a a ex:C . ex:b ex:p 1 . ex:a ex:p 1 .")) {
            Graph g = new GraphMem2Roaring();
            RDFParser.fromString(PREFIXES + data, Lang.TURTLE).parse(g);
            assertEquals(ShaclValidator.get().validate(shapes, g).conforms(), check.conforms(g), data);
        }
        Graph g = new GraphMem2Roaring();
        RDFParser.fromString(PREFIXES + spread, Lang.TURTLE).parse(g);
        assertTrue(check.conforms(g), "a whole subject conforms");
    }

    /** ValueTest.DatatypeIs answers these without asking Jena: a Jena upgrade that changes them fails here. */
    @Test
    void datatypeShortcutsAreJenasAnswers() {
        for (String s : List.of("", "\u0000", "\uD800", "\uFFFE", " a ", "\t\n", "x".repeat(100_000))) {
            assertTrue(XSDDatatype.XSDstring.isValid(s), s);
        }
        for (String s : List.of("0", "00", "0123", "9".repeat(40))) {
            assertTrue(XSDDatatype.XSDnonNegativeInteger.isValid(s), s);
            assertTrue(XSDDatatype.XSDinteger.isValid(s), s);
        }
    }

    /** ValueTest.AtLeast compares runs of digits as longs; NodeValue must agree. */
    @Test
    void minInclusiveShortcutIsNodeValuesAnswer() {
        for (String bound : List.of("0", "5", "-3", "123456789012345678", "0.5")) {
            NodeValue b = NodeValue.makeNode(NodeFactory.createLiteralDT(bound,
                    bound.contains(".") ? XSDDatatype.XSDdecimal : XSDDatatype.XSDinteger));
            ValueTest.AtLeast withShortcut = ValueTest.AtLeast.of(b);
            ValueTest.AtLeast without = new ValueTest.AtLeast(b, null);
            for (String lexical : List.of("0", "00", "4", "5", "6", "0123", "123456789012345677", "123456789012345678",
                    "999999999999999999", "1234567890123456789", "-1", "+7", " 7", "x")) {
                for (XSDDatatype type : List.of(XSDDatatype.XSDinteger, XSDDatatype.XSDnonNegativeInteger)) {
                    Node value = NodeFactory.createLiteralDT(lexical, type);
                    assertEquals(without.accepts(null, value), withShortcut.accepts(null, value), bound + " ≤ " + value);
                }
            }
        }
    }

    private static Graph turtle(String text) {
        Graph g = new GraphMem2Fast();
        RDFParser.fromString(PREFIXES + text, Lang.TURTLE).parse(g);
        return g;
    }

    private static org.apache.jena.rdf.model.Model model(String text) {
        return ModelFactory.createModelForGraph(turtle(text));
    }
}
