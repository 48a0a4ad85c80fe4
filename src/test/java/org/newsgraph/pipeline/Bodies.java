package org.newsgraph.pipeline;

import java.util.List;
import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Metadata;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.reference.ReferenceData;

/** Test fixture: the standard pipeline's steps after the page reader, run over a cleaned body written in a test. */
public final class Bodies {

    private static final Pipeline AFTER_READER;

    static {
        List<org.newsgraph.doc.Annotator> steps = StandardPipeline.steps(ReferenceData.referenceModel());
        AFTER_READER = new Pipeline(Set.of(Layers.METADATA, Layers.BODY, Layers.COMMENTS), steps.subList(1, steps.size()));
    }

    private Bodies() {
    }

    /** The body annotated by every step, as an article with that date (or none) and no other metadata. */
    public static NewsDoc annotate(String body, PartialDate date) {
        NewsDoc doc = new NewsDoc("t", body);
        doc.add(Layers.METADATA, new Metadata("T", List.of(), null, date));
        doc.add(Layers.BODY, body);
        doc.add(Layers.COMMENTS, List.of());
        return AFTER_READER.annotate(doc, Deadline.NONE);
    }
}
