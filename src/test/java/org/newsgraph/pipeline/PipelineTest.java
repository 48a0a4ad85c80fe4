package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.reference.ReferenceData;

/** The pipeline checks its order when made, and each step adds what it declares. */
class PipelineTest {

    private static Annotator step(Set<Layer<?>> needs, Set<Layer<?>> adds, boolean keepsPromise) {
        return new Annotator() {
            @Override
            public Set<Layer<?>> needs() {
                return needs;
            }

            @Override
            public Set<Layer<?>> adds() {
                return adds;
            }

            @Override
            public void annotate(NewsDoc doc, Deadline deadline) {
                if (keepsPromise && adds.contains(Layers.BODY)) {
                    doc.add(Layers.BODY, doc.raw());
                }
            }
        };
    }

    @Test
    void aStepNeedingALayerNoEarlierStepAddsIsRefusedAtStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(
                step(Set.of(Layers.SENTENCES), Set.of(Layers.BODY), true))));
        assertTrue(e.getMessage().contains("sentences"), e.getMessage());
    }

    @Test
    void twoStepsAddingOneLayerAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(
                step(Set.of(), Set.of(Layers.BODY), true), step(Set.of(), Set.of(Layers.BODY), true))));
    }

    @Test
    void aStepThatDoesNotAddWhatItDeclaresFailsOnTheDocument() {
        Pipeline p = new Pipeline(List.of(step(Set.of(), Set.of(Layers.BODY), false)));
        assertThrows(IllegalStateException.class, () -> p.annotate(new NewsDoc("a", "text"), Deadline.NONE));
    }

    @Test
    void aLayerIsWrittenOnce() {
        NewsDoc doc = new NewsDoc("a", "text");
        doc.add(Layers.BODY, "text");
        assertThrows(IllegalStateException.class, () -> doc.add(Layers.BODY, "other"));
        assertThrows(IllegalStateException.class, () -> doc.get(Layers.SENTENCES));
    }

    @Test
    void theStandardPipelineIsInOrderAndFillsEveryLayer() {
        Pipeline p = StandardPipeline.of(ReferenceData.referenceModel());
        NewsDoc doc = p.annotate(new NewsDoc("a", "Talks in Vienna\n\nVladimir Putin met David Cameron in Vienna on "
                + "Monday.\n\n\"We agree on the need for a ceasefire in Syria,\" Mr Putin said."), Deadline.NONE);
        List<String> layers = new ArrayList<>();
        doc.layers().forEach(l -> layers.add(l.name()));
        assertEquals(List.of("metadata", "body", "comments", "tokens", "sentences", "mentions", "quotes", "claims", "times",
                "triggers", "events"), layers);
        assertEquals(2, doc.get(Layers.EVENTS).size(), () -> doc.get(Layers.EVENTS).toString());
        var claim = doc.get(Layers.CLAIMS).get(0);
        assertEquals(doc.get(Layers.MENTIONS).get(0).entity(), claim.speaker());
        // The ceasefire is asserted in the quote: the event holds the claim itself, not its position.
        assertTrue(doc.get(Layers.EVENTS).get(1).claims().get(0) == claim);
    }
}
