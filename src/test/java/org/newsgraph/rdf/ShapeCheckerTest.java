package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.base.ValidationException;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.vocab.NG;

/** The shapes are checked on the kind of graph the mapper builds (Jena's in-memory graph), and a violation names article and node. */
class ShapeCheckerTest {

    private static final ShapeChecker CHECKER = new ShapeChecker(ReferenceData.load(ReferenceData.SHAPES).getGraph());

    private static Model graph() {
        Model m = ModelFactory.createModelForGraph(GraphFactory.createGraphMem());
        Resource article = m.createResource("http://localhost:3030/article/a")
                .addProperty(RDF.type, SchemaDO.NewsArticle)
                .addProperty(org.apache.jena.vocabulary.DCTerms.identifier, "a")
                .addProperty(SchemaDO.articleBody, "Body.");
        m.createResource("http://localhost:3030/article/a/span/0-4")
                .addProperty(RDF.type, NG.Mention)
                .addLiteral(NG.NIF.beginIndex, m.createTypedLiteral("0", XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(NG.NIF.endIndex, m.createTypedLiteral("4", XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NG.NIF.anchorOf, "Body")
                .addProperty(NG.NIF.referenceContext, article)
                .addProperty(NG.ITSRDF.taIdentRef, m.createResource("http://localhost:3030/country/GB"));
        return m;
    }

    @Test
    void conformingGraphPasses() {
        assertDoesNotThrow(() -> CHECKER.check("a", graph()));
    }

    @Test
    void violationNamesArticleAndNode() {
        Model m = graph();
        m.getResource("http://localhost:3030/article/a/span/0-4")
                .addLiteral(NG.NIF.endIndex, m.createTypedLiteral("5", XSDDatatype.XSDnonNegativeInteger));
        ValidationException e = assertThrows(ValidationException.class, () -> CHECKER.check("a", m));
        assertEquals(java.util.Optional.of("a"), e.source());
        assertTrue(e.getMessage().contains("<http://localhost:3030/article/a/span/0-4>"), e.getMessage());
        assertTrue(e.getMessage().contains("endIndex"), e.getMessage());
    }
}
