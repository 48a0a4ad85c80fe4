package org.newsgraph.store;

import java.util.List;
import org.newsgraph.cli.Components;
import org.newsgraph.rdf.Iris;

/** Test fixture: the production corpus builder, wired as cli/BuildCommand wires it, on components made once per JVM. */
public final class Builders {

    private static Components components;

    private Builders() {
    }

    /** The components under the default base. */
    public static synchronized Components components() {
        if (components == null) {
            components = new Components(Iris.DEFAULT_BASE);
        }
        return components;
    }

    /** A builder whose log lines go to {@code log}. */
    public static CorpusBuilder builder(List<String> log) {
        Components c = components();
        return new CorpusBuilder(c.converter, new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES), c.ontology, c.reference,
                log::add);
    }
}
