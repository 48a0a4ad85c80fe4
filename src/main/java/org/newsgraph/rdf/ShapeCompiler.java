package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.HasValueConstraint;
import org.apache.jena.shacl.engine.constraint.InConstraint;
import org.apache.jena.shacl.engine.constraint.MaxCount;
import org.apache.jena.shacl.engine.constraint.MinCount;
import org.apache.jena.shacl.engine.constraint.NodeKindConstraint;
import org.apache.jena.shacl.engine.constraint.PatternConstraint;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.ValueMinInclusiveConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.path.P_Link;

/**
 * Compiles the shapes Jena parsed into a {@link ConformanceCheck}. It knows only the SHACL features
 * the newsgraph shapes use and refuses any other, so that a check it builds never skips a constraint.
 */
final class ShapeCompiler {

    /** A shape uses a SHACL feature the compiler does not implement. */
    static final class UnsupportedShapeException extends Exception {
        UnsupportedShapeException(String feature, Object where) {
            super("unsupported SHACL feature (" + feature + "): " + where);
        }
    }

    private final Map<Shape, CompiledShape> compiled = new IdentityHashMap<>();
    private final Map<Node, Integer> predicateIds = new HashMap<>();
    private final Set<Shape> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    private ShapeCompiler() {
    }

    /** The compiled check, or empty when the shapes use a feature it does not implement. */
    static Optional<ConformanceCheck> compile(Shapes shapes) {
        try {
            return Optional.of(compileOrExplain(shapes));
        } catch (UnsupportedShapeException e) {
            return Optional.empty();
        }
    }

    static ConformanceCheck compileOrExplain(Shapes shapes) throws UnsupportedShapeException {
        ShapeCompiler compiler = new ShapeCompiler();
        Map<Node, List<CompiledShape>> byTargetClass = new HashMap<>();
        for (Shape shape : shapes.getTargetShapes()) {
            if (!(shape instanceof NodeShape)) {
                throw new UnsupportedShapeException("property shape with a target", shape);
            }
            CompiledShape check = compiler.shape(shape);
            for (Target target : shape.getTargets()) {
                if (target.getTargetType() != TargetType.targetClass) {
                    throw new UnsupportedShapeException("target " + target.getTargetType(), shape);
                }
                if (!shape.deactivated()) {
                    byTargetClass.computeIfAbsent(target.getObject(), k -> new ArrayList<>()).add(check);
                }
            }
        }
        byTargetClass.replaceAll((k, v) -> List.copyOf(v));
        return new ConformanceCheck(byTargetClass, compiler.predicateIds);
    }

    /** A node shape; deactivated ones still compile, so that an unsupported feature anywhere is refused. */
    private CompiledShape shape(Shape shape) throws UnsupportedShapeException {
        CompiledShape done = compiled.get(shape);
        if (done != null) {
            return done;
        }
        if (!(shape instanceof NodeShape)) {
            throw new UnsupportedShapeException("property shape used as a node shape", shape);
        }
        if (!inProgress.add(shape)) {
            throw new UnsupportedShapeException("recursive shape", shape);
        }
        List<ValueTest> nodeTests = new ArrayList<>();
        for (Constraint c : shape.getConstraints()) {
            nodeTests.add(c.getClass() == HasValueConstraint.class
                    ? new ValueTest.Is(((HasValueConstraint) c).getValue()) : valueTest(c));
        }
        List<PropertyCheck> properties = new ArrayList<>();
        for (PropertyShape p : shape.getPropertyShapes()) {
            PropertyCheck check = property(p, properties.size());
            if (!p.deactivated()) {
                properties.add(check);
            }
        }
        CompiledShape result = shape.deactivated() ? CompiledShape.DEACTIVATED
                : new CompiledShape(nodeTests, properties);
        inProgress.remove(shape);
        compiled.put(shape, result);
        return result;
    }

    private PropertyCheck property(PropertyShape shape, int slot) throws UnsupportedShapeException {
        if (!(shape.getPath() instanceof P_Link link)) {
            throw new UnsupportedShapeException("path other than a single predicate", shape);
        }
        if (!shape.getPropertyShapes().isEmpty()) {
            throw new UnsupportedShapeException("sh:property inside a property shape", shape);
        }
        int min = 0;
        int max = -1;
        List<Node> required = new ArrayList<>();
        List<ValueTest> tests = new ArrayList<>();
        for (Constraint c : shape.getConstraints()) {
            if (c.getClass() == MinCount.class) {
                min = Math.max(min, ((MinCount) c).getMinCount());
            } else if (c.getClass() == MaxCount.class) {
                int m = ((MaxCount) c).getMaxCount();
                // Jena ignores a negative maximum.
                if (m >= 0) {
                    max = max < 0 ? m : Math.min(max, m);
                }
            } else if (c.getClass() == HasValueConstraint.class) {
                required.add(((HasValueConstraint) c).getValue());
            } else {
                tests.add(valueTest(c));
            }
        }
        Node predicate = link.getNode();
        int predicateId = predicateIds.computeIfAbsent(predicate, k -> predicateIds.size());
        return new PropertyCheck(slot, predicate, predicateId, min, max, required, tests);
    }

    /** Exact class matches only: a subclass of a Jena constraint may mean something else. */
    private ValueTest valueTest(Constraint c) throws UnsupportedShapeException {
        Class<?> kind = c.getClass();
        if (kind == DatatypeConstraint.class) {
            DatatypeConstraint d = (DatatypeConstraint) c;
            // The datatype's own URI string is the one literals of it report, so equals() mostly hits identity.
            String uri = d.getRDFDatatype().getURI().equals(d.getDatatypeURI()) ? d.getRDFDatatype().getURI()
                    : d.getDatatypeURI();
            return new ValueTest.DatatypeIs(uri, d.getRDFDatatype());
        }
        if (kind == ClassConstraint.class) {
            return new ValueTest.InstanceOf(((ClassConstraint) c).getExpectedClass());
        }
        if (kind == NodeKindConstraint.class) {
            NodeKindConstraint k = (NodeKindConstraint) c;
            return new ValueTest.KindIs(k.isCanBeIRI(), k.isCanBeBlankNode(), k.isCanBeLiteral());
        }
        if (kind == PatternConstraint.class) {
            return matches((PatternConstraint) c);
        }
        if (kind == InConstraint.class) {
            return new ValueTest.OneOf(Set.copyOf(((InConstraint) c).getValues()));
        }
        if (kind == ValueMinInclusiveConstraint.class) {
            return ValueTest.AtLeast.of(((ValueMinInclusiveConstraint) c).getNodeValue());
        }
        if (kind == ShNode.class) {
            return new ValueTest.Conforms(shape(((ShNode) c).getOther()));
        }
        if (kind == ShOr.class) {
            List<CompiledShape> alternatives = new ArrayList<>();
            for (Shape other : ((ShOr) c).getOthers()) {
                alternatives.add(shape(other));
            }
            return new ValueTest.ConformsToAny(List.copyOf(alternatives));
        }
        throw new UnsupportedShapeException("constraint " + kind.getSimpleName(), c);
    }

    /** Compiled as PatternConstraint compiles it; with flag "q" Jena is inconsistent, so that flag is refused. */
    private static ValueTest matches(PatternConstraint c) throws UnsupportedShapeException {
        String flags = c.getFlagsStr();
        if (flags != null && flags.contains("q")) {
            throw new UnsupportedShapeException("sh:flags \"q\"", c);
        }
        return new ValueTest.Matches(Pattern.compile(c.getPattern(), RegexEngine.makeMask(flags)));
    }
}
