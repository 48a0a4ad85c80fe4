package org.newsgraph.doc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One article as it goes through the pipeline: its source id, the raw text as read from its file, and
 * the layers annotators add one after the other (metadata and body first, then sentences, mentions,
 * quotes, times, triggers, claims, events), each written once and read by every later stage.
 * Spans in every layer are Java char offsets [start, end) into the {@link Layers#BODY body}.
 */
public final class NewsDoc {

    private final String source;
    private final String raw;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

    /**
     * @param source the article's identity: its file path below the input folder, without ".txt"
     * @param raw    the decoded text of the file, as scraped
     */
    public NewsDoc(String source, String raw) {
        this.source = Objects.requireNonNull(source, "source");
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    public String source() {
        return source;
    }

    public String raw() {
        return raw;
    }

    /** The value of a layer; asking for one no annotator added yet is a mistake in the pipeline's order. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null) {
            throw new IllegalStateException("layer " + layer + " of " + source + " read before any annotator added it");
        }
        return (T) v;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** Adds a layer; each is written once, so a later stage can rely on what an earlier one read. */
    public <T> void add(Layer<T> layer, T value) {
        Objects.requireNonNull(value, () -> "layer " + layer);
        if (layers.putIfAbsent(layer, value) != null) {
            throw new IllegalStateException("layer " + layer + " of " + source + " added twice");
        }
    }

    /** The layers added so far, in the order they were added. */
    public Set<Layer<?>> layers() {
        return java.util.Collections.unmodifiableSet(layers.keySet());
    }

    /** Shorthand for the body every span points into. */
    public String body() {
        return get(Layers.BODY);
    }

    /** Shorthand for the metadata layer. */
    public Metadata metadata() {
        return get(Layers.METADATA);
    }
}
