package dev.herald.spi;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

/**
 * Where an article as a whole comes from, as a credit line says ("The Associated Press contributed to this
 * article."): not a quote, so it lives in its own layer, {@link Layers#PROVENANCE}.
 *
 * @param span the credit line without its final punctuation
 * @param kind what the line credits
 * @param name the credited agency or person, without a leading article ("Associated Press")
 * @param nameSpan where the name is written
 */
public record Provenance(CharSpan span, Kind kind, String name, CharSpan nameSpan) implements Spanned {

    /** What a credit line credits. */
    public enum Kind {
        /** A news agency or another outlet contributed the reporting. */
        WIRE_CREDIT,
        /** A named person contributed reporting. */
        CONTRIBUTOR
    }

    public Provenance {
        requireNonNull(span, "span");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(nameSpan, "nameSpan");
        checkArgument(!name.isBlank(), "name is blank");
        checkArgument(span.contains(nameSpan), "name %s outside credit %s", nameSpan, span);
    }
}
