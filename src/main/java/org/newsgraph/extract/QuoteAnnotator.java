package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.NewsDoc;

/** Adds the quote layer: the stretches of quoted speech {@link QuoteFinder} finds in the body, speakers not yet known. */
public final class QuoteAnnotator implements Annotator {

    private final QuoteFinder quotes;

    public QuoteAnnotator(QuoteFinder quotes) {
        this.quotes = quotes;
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.BODY, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public void annotate(NewsDoc doc, Deadline deadline) {
        doc.add(Layers.QUOTES, List.copyOf(quotes.find(doc.body(), doc.get(Layers.SENTENCES))));
    }
}
