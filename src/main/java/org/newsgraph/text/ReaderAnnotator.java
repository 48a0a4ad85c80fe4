package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Annotator;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Metadata;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.reference.OutletDirectory;

/**
 * The first step: reads the raw page with {@link ArticleReader} into metadata, body and comments, with
 * the outlet resolved to its reference entity (so its IRI comes from the outlet list, not its name)
 * and the bylined authors as people known by name. The analysed text opens with the headline as its
 * own paragraph, so names, countries and quotes only in the headline are found, with spans into it.
 */
public final class ReaderAnnotator implements Annotator {

    private final ArticleReader reader;
    private final OutletDirectory outlets;

    public ReaderAnnotator(ArticleReader reader, OutletDirectory outlets) {
        this.reader = reader;
        this.outlets = outlets;
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.METADATA, Layers.BODY, Layers.COMMENTS);
    }

    @Override
    public void annotate(NewsDoc doc, Deadline deadline) {
        Document read = reader.read(doc.source(), doc.raw(), deadline);
        List<Entity> authors = new ArrayList<>();
        for (String a : read.authors()) {
            authors.add(Entity.named(a, EntityKind.PERSON));
        }
        Entity outlet = read.publisherIfAny().map(this::outlet).orElse(null);
        doc.add(Layers.METADATA, new Metadata(read.title(), authors, outlet, read.date()));
        doc.add(Layers.BODY, text(read));
        doc.add(Layers.COMMENTS, read.comments());
    }

    /** The text every later span points into: the headline paragraph, then the body. */
    static String text(Document read) {
        if (read.title() == null || read.title().isBlank()) {
            return read.body();
        }
        return read.body().isEmpty() ? read.title() : read.title() + "\n\n" + read.body();
    }

    private Entity outlet(String name) {
        return outlets.resolve(name)
                .map(o -> new Entity(o.id(), o.name(), EntityKind.ORGANIZATION, null, null))
                .orElseGet(() -> Entity.named(name, EntityKind.ORGANIZATION));
    }
}
