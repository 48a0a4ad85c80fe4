package org.newsgraph.doc;

import java.util.Set;
import org.newsgraph.base.Deadline;

/**
 * One step of the conversion pipeline: reads the layers it {@link #needs()} from a {@link NewsDoc}
 * and adds the ones it {@link #adds()}; a new step is one class implementing this and one line in the
 * pipeline's list. Annotators are pure and hold no per-document state, so one instance serves every
 * article and thread.
 */
public interface Annotator {

    /** The layers that must be present before this step runs. */
    Set<Layer<?>> needs();

    /** The layers this step adds, every one of them on every document. */
    Set<Layer<?>> adds();

    /** Adds this step's layers to the document, checking the deadline in any loop that grows with the text. */
    void annotate(NewsDoc doc, Deadline deadline);

    /** The name the pipeline reports this step by. */
    default String name() {
        return getClass().getSimpleName();
    }
}
