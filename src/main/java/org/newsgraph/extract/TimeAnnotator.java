package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.doc.PartialDate;
import org.newsgraph.doc.Sentence;
import org.newsgraph.doc.TimeExpression;

/** Adds the time layer: the dates each sentence names, resolved against the article's date by {@link TimeExpressions}. */
public final class TimeAnnotator implements Annotator {

    private final TimeExpressions times;

    public TimeAnnotator(TimeExpressions times) {
        this.times = times;
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.BODY, Layers.METADATA, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public void annotate(NewsDoc doc, Deadline deadline) {
        String body = doc.body();
        PartialDate published = doc.metadata().date();
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES).sentences()) {
            deadline.check();
            for (TimeExpressions.Hit h : times.find(s.text(body), published)) {
                out.add(new TimeExpression(s.start() + h.start(), s.start() + h.end(), h.date()));
            }
        }
        doc.add(Layers.TIMES, List.copyOf(out));
    }
}
