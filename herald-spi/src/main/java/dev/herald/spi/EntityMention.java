package dev.herald.spi;

import static dev.herald.spi.Checks.requireNonNull;

/** One occurrence of a name in the text, as the NER backbone found it. */
public record EntityMention(CharSpan span, String text, EntityType type, TokenSpan tokens) implements Spanned {
    public EntityMention {
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(type, "type");
        requireNonNull(tokens, "tokens");
    }
}
