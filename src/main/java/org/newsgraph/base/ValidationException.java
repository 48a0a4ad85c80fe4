package org.newsgraph.base;

/** Converter output that breaks the SHACL shapes in ontology/shapes.ttl: a bug, reported with article and node. */
public class ValidationException extends NewsgraphException {
    public ValidationException(String source, String message) {
        super(source, -1, message, null);
    }
}
