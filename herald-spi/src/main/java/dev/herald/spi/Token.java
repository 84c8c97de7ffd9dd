package dev.herald.spi;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

/**
 * A token with its linguistic annotations.
 *
 * @param pos Penn Treebank tag
 * @param ner the backbone's named-entity tag ({@code O} outside a name)
 * @param sentence index of the sentence that holds the token
 */
public record Token(CharSpan span, String text, String pos, String lemma, String ner, int sentence) implements Spanned {
    public Token {
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(pos, "pos");
        requireNonNull(lemma, "lemma");
        requireNonNull(ner, "ner");
        checkArgument(sentence >= 0, "sentence must not be negative: %s", sentence);
    }
}
