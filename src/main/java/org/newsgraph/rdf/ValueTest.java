package org.newsgraph.rdf;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprNotComparableException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;

/**
 * One compiled SHACL constraint on a single value node. Each test answers exactly as the Jena
 * constraint class it was compiled from (named on each record) reports a value node as valid.
 */
sealed interface ValueTest {

    boolean accepts(DataGraph data, Node value);

    /** sh:datatype, as Jena's DatatypeConstraint: a literal of that datatype whose lexical form is valid for it. */
    record DatatypeIs(String uri, RDFDatatype type) implements ValueTest {
        @Override
        public boolean accepts(DataGraph data, Node value) {
            return value.isLiteral() && uri.equals(value.getLiteralDatatypeURI())
                    && isValid(value.getLiteralLexicalForm());
        }

        // Two shortcuts give Jena's (Xerces') answer without parsing, and ShapeCompilerTest pins them:
        // xsd:string accepts every lexical form, xsd:integer and xsd:nonNegativeInteger any run of digits.
        private boolean isValid(String lexical) {
            if (type == XSDDatatype.XSDstring) {
                return true;
            }
            if ((type == XSDDatatype.XSDnonNegativeInteger || type == XSDDatatype.XSDinteger) && isDigits(lexical)) {
                return true;
            }
            return type.isValid(lexical);
        }
    }

    /** sh:class, as Jena's ClassConstraint: not a literal, and typed with the class or a subclass in the data. */
    record InstanceOf(Node type) implements ValueTest {
        @Override
        public boolean accepts(DataGraph data, Node value) {
            return !value.isLiteral() && data.isInstance(value, type);
        }
    }

    /** sh:nodeKind, as Jena's NodeKindConstraint. */
    record KindIs(boolean iri, boolean blank, boolean literal) implements ValueTest {
        @Override
        public boolean accepts(DataGraph data, Node value) {
            return iri && value.isURI() || blank && value.isBlank() || literal && value.isLiteral();
        }
    }

    /** sh:pattern, as Jena's PatternConstraint: not a blank node, and the SPARQL str() of the value matches. */
    record Matches(Pattern pattern) implements ValueTest {
        @Override
        public boolean accepts(DataGraph data, Node value) {
            return !value.isBlank() && pattern.matcher(NodeFunctions.str(value)).find();
        }
    }

    /** sh:in, as Jena's InConstraint: one of the listed terms (term equality, as List.contains). */
    record OneOf(Set<Node> values) implements ValueTest {
        @Override
        public boolean accepts(DataGraph data, Node value) {
            return values.contains(value);
        }
    }

    /** sh:hasValue on a node shape, as Jena's HasValueConstraint: the focus node is that term. */
    record Is(Node term) implements ValueTest {
        @Override
        public boolean accepts(DataGraph data, Node value) {
            return term.equals(value);
        }
    }

    /**
     * sh:minInclusive, as Jena's ValueMinInclusiveConstraint: SPARQL value order, bound ≤ value; an
     * incomparable value fails.
     *
     * @param longBound the bound when it is an integer within a long, for the shortcut; else null
     */
    record AtLeast(NodeValue bound, Long longBound) implements ValueTest {

        static AtLeast of(NodeValue bound) {
            boolean small = bound.isInteger() && bound.getInteger().bitLength() < Long.SIZE;
            return new AtLeast(bound, small ? bound.getInteger().longValue() : null);
        }

        @Override
        public boolean accepts(DataGraph data, Node value) {
            // A run of up to 18 digits typed xsd:integer or xsd:nonNegativeInteger is that whole number
            // to SPARQL, so the comparison needs no NodeValue.
            if (longBound != null && value.isLiteral() && isIntegerType(value.getLiteralDatatype())) {
                String lexical = value.getLiteralLexicalForm();
                if (lexical.length() <= 18 && isDigits(lexical)) {
                    return Long.parseLong(lexical) >= longBound;
                }
            }
            NodeValue v = NodeValue.makeNode(value);
            // Jena classifies the pair before comparing; kept so that anything it throws surfaces here too.
            NodeValue.classifyValueOp(bound, v);
            try {
                int r = NodeValue.compare(bound, v);
                return r == Expr.CMP_LESS || r == Expr.CMP_EQUAL;
            } catch (ExprNotComparableException e) {
                return false;
            }
        }

        private static boolean isIntegerType(RDFDatatype type) {
            return type == XSDDatatype.XSDnonNegativeInteger || type == XSDDatatype.XSDinteger;
        }
    }

    /** sh:node, as Jena's ShNode: the value conforms to the other shape. */
    record Conforms(CompiledShape shape) implements ValueTest {
        @Override
        public boolean accepts(DataGraph data, Node value) {
            return shape.conforms(data, value);
        }
    }

    /** sh:or, as Jena's ShOr: the value conforms to at least one of the shapes. */
    record ConformsToAny(List<CompiledShape> shapes) implements ValueTest {
        @Override
        public boolean accepts(DataGraph data, Node value) {
            for (CompiledShape shape : shapes) {
                if (shape.conforms(data, value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the text is one or more ASCII digits. */
    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
