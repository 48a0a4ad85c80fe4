package org.newsgraph.doc;

/**
 * The typed key of one layer of a {@link NewsDoc} (its sentences, its mentions, …): annotators declare
 * the layers they need and add by these keys, and the document hands each back with its type.
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {

    private final String name;

    private Layer(String name) {
        this.name = name;
    }

    /** A new layer key; keys are compared by identity, so each layer is declared once, in {@link Layers}. */
    static <T> Layer<T> named(String name) {
        return new Layer<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
