package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.EventType;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.doc.Sentence;
import org.newsgraph.doc.Trigger;
import org.newsgraph.reference.PhraseMatcher;

/** Adds the trigger layer: the event words of each sentence, found by {@link EventTriggers}. */
public final class TriggerAnnotator implements Annotator {

    private final EventTriggers triggers;

    public TriggerAnnotator(EventTriggers triggers) {
        this.triggers = triggers;
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.BODY, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.TRIGGERS);
    }

    @Override
    public void annotate(NewsDoc doc, Deadline deadline) {
        String body = doc.body();
        List<Trigger> out = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES).sentences()) {
            deadline.check();
            for (PhraseMatcher.Hit<EventType> h : triggers.find(s.text(body))) {
                out.add(new Trigger(s.start() + h.start(), s.start() + h.end(), h.value()));
            }
        }
        doc.add(Layers.TRIGGERS, List.copyOf(out));
    }
}
