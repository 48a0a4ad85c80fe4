package org.newsgraph.text;

import java.util.List;
import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.NewsDoc;

/** Adds the token layer with the one {@link Tokenizer}: words, numbers and marks of the body, with their offsets. */
public final class TokenizerAnnotator implements Annotator {

    private final Tokenizer tokenizer;

    public TokenizerAnnotator(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.BODY);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public void annotate(NewsDoc doc, Deadline deadline) {
        doc.add(Layers.TOKENS, List.copyOf(tokenizer.tokenize(doc.body())));
    }
}
