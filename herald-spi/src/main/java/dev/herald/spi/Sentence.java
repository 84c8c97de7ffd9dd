package dev.herald.spi;

import static dev.herald.spi.Checks.requireNonNull;

/** A sentence: its character span and the tokens it holds. */
public record Sentence(CharSpan span, TokenSpan tokens) implements Spanned {
    public Sentence {
        requireNonNull(span, "span");
        requireNonNull(tokens, "tokens");
    }
}
