package org.newsgraph.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.NewsDoc;

/**
 * Annotators run in order over a {@link NewsDoc}. The order is checked once, when the pipeline is
 * made: every layer a step needs must be added by a step before it, and no two steps add one layer,
 * so a wrong order fails at start-up rather than on some article.
 */
public final class Pipeline {

    private final List<Annotator> steps;

    public Pipeline(List<Annotator> steps) {
        this(Set.of(), steps);
    }

    /**
     * A pipeline over documents that come with some layers already (a body cleaned elsewhere, say).
     *
     * @param given the layers every document has before the first step
     */
    public Pipeline(Set<Layer<?>> given, List<Annotator> steps) {
        this.steps = List.copyOf(steps);
        Set<Layer<?>> added = new HashSet<>(given);
        for (Annotator a : this.steps) {
            for (Layer<?> need : a.needs()) {
                if (!added.contains(need)) {
                    throw new IllegalArgumentException(a.name() + " needs the " + need
                            + " layer, which no step before it adds");
                }
            }
            for (Layer<?> adds : a.adds()) {
                if (!added.add(adds)) {
                    throw new IllegalArgumentException(a.name() + " adds the " + adds + " layer, which a step before it added");
                }
            }
        }
    }

    /** Runs every step, checking the deadline between steps and that each added what it declared. */
    public NewsDoc annotate(NewsDoc doc, Deadline deadline) {
        for (Annotator a : steps) {
            deadline.check();
            a.annotate(doc, deadline);
            for (Layer<?> l : a.adds()) {
                if (!doc.has(l)) {
                    throw new IllegalStateException(a.name() + " did not add the " + l + " layer it declares");
                }
            }
        }
        return doc;
    }
}
