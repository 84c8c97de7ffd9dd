package dev.herald.spi;

import static dev.herald.spi.Checks.requireNonNull;

/**
 * A time expression normalised to a TIMEX3 value ("2024-06-25", "2024-W25", "P3D", "PRESENT_REF").
 */
public record TimeExpression(CharSpan span, String text, TimeType type, String value) implements Spanned {
    public TimeExpression {
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(type, "type");
        requireNonNull(value, "value");
    }
}
