package org.newsgraph.text;

import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.NewsDoc;

/** Adds the sentence layer with the one sentence splitter, {@link SentenceSplitter}, that every later step reads by. */
public final class SentenceAnnotator implements Annotator {

    private final SentenceSplitter splitter;

    public SentenceAnnotator(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.BODY);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public void annotate(NewsDoc doc, Deadline deadline) {
        doc.add(Layers.SENTENCES, splitter.index(doc.body()));
    }
}
