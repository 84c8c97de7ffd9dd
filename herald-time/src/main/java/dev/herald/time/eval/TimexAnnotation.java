package dev.herald.time.eval;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

/**
 * One TIMEX3, gold or predicted, as TempEval-3 scores it. Offsets are 0-based, end-exclusive Unicode code point
 * indices into the document text (the convention of {@code te3_text.py}), not UTF-16 indices.
 */
public record TimexAnnotation(int start, int end, String type, String value, String text) {
    public TimexAnnotation {
        checkArgument(0 <= start && start <= end, "bad timex span [%s..%s)", start, end);
        requireNonNull(type, "type");
        requireNonNull(value, "value");
        requireNonNull(text, "text");
    }
}
