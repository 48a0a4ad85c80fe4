package org.newsgraph.rdf;

import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.newsgraph.base.ValidationException;

/** Checks each article graph against the SHACL shapes before it reaches the store. */
public final class ShapeChecker {

    // Parsed once: parsing the shapes graph costs more than validating one article against it.
    private final Shapes shapes;

    public ShapeChecker(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** Throws {@link ValidationException} naming the article and every offending node. */
    public void check(String source, Model graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
        if (!report.conforms()) {
            String problems = report.getEntries().stream().limit(5).map(ShapeChecker::describe)
                    .collect(Collectors.joining("; "));
            throw new ValidationException(source, "output breaks the shapes (" + report.getEntries().size()
                    + " violation(s)): " + problems);
        }
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        return "<" + e.focusNode() + ">" + path + ": " + e.message();
    }
}
