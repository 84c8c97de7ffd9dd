package dev.herald.spi;

import static dev.herald.spi.Checks.requireNonNull;

/**
 * A typed key for one layer of annotations over an article. Layers are compared by identity: use the
 * constants in {@link Layers} or declare a new constant once.
 *
 * @param <T> the element type of the layer's list
 */
public final class Layer<T> {
    private final String name;
    private final Class<T> elementType;

    private Layer(String name, Class<T> elementType) {
        this.name = requireNonNull(name, "name");
        this.elementType = requireNonNull(elementType, "elementType");
    }

    public static <T> Layer<T> of(String name, Class<T> elementType) {
        return new Layer<>(name, elementType);
    }

    public String name() {
        return name;
    }

    public Class<T> elementType() {
        return elementType;
    }

    @Override
    public String toString() {
        return name;
    }
}
