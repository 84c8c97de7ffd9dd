package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

/** An entity read from IOB tags: its first and last token (inclusive, corpus-wide indices) and its type. */
public record Chunk(int first, int last, String type) {
    public Chunk {
        checkArgument(0 <= first && first <= last, "bad chunk [%s..%s]", first, last);
        requireNonNull(type, "type");
    }
}
