package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.doc.Sentence;

/** Adds the sentence layer with the one sentence splitter, {@link Sentences}, that every later step reads by. */
public final class SentenceAnnotator implements Annotator {

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
        List<Sentence> out = new ArrayList<>();
        for (int[] s : Sentences.split(doc.body())) {
            out.add(new Sentence(s[0], s[1]));
        }
        doc.add(Layers.SENTENCES, List.copyOf(out));
    }
}
