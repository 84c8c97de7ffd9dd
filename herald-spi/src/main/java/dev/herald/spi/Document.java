package dev.herald.spi;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article with the layers computed so far. Immutable: a stage returns a new document with its layers added,
 * so one document can be read from many threads and a stage cannot disturb what another produced.
 */
public final class Document {
    private final Article article;
    private final Map<Layer<?>, List<?>> layers;

    private Document(Article article, Map<Layer<?>, List<?>> layers) {
        this.article = article;
        this.layers = layers;
    }

    public static Document of(Article article) {
        return new Document(requireNonNull(article, "article"), Map.of());
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The layer's items; fails when no stage has produced the layer, which is a pipeline-order bug. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> items = layers.get(layer);
        checkArgument(items != null, "layer %s has not been produced", layer);
        return (List<T>) items;
    }

    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    /**
     * A copy of this document with {@code layer} set to {@code items}. Every spanned item must lie inside the
     * text, so no stage can hand out evidence that does not exist.
     */
    public <T> Document with(Layer<T> layer, List<? extends T> items) {
        requireNonNull(layer, "layer");
        List<T> copy = List.copyOf(items);
        int length = article.text().length();
        for (T item : copy) {
            checkArgument(layer.elementType().isInstance(item), "layer %s does not take %s", layer, item);
            if (item instanceof Spanned spanned) {
                checkArgument(spanned.span().end() <= length, "layer %s: span %s outside text of length %s",
                        layer, spanned.span(), length);
            }
        }
        Map<Layer<?>, List<?>> next = new LinkedHashMap<>(layers);
        next.put(layer, copy);
        return new Document(article, Collections.unmodifiableMap(next));
    }
}
