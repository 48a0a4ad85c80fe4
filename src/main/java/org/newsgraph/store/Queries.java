package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.newsgraph.base.NewsgraphException;

/** Loads the SPARQL queries the code runs from .rq files on the classpath (never built by concatenation). */
public final class Queries {

    private Queries() {
    }

    public static Query load(String resource) {
        try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsgraphException(resource, -1, "query missing from the classpath", null);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NewsgraphException(resource, -1, "cannot read query: " + e.getMessage(), e);
        }
    }
}
