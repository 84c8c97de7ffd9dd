package dev.herald.actors;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.TokenSpan;

/**
 * An actor found in a word sequence.
 *
 * @param span the matched words, as indices into the list that was searched
 * @param phrase the normalised dictionary phrase (for a country followed by one of its own
 *     institutions, both phrases joined by a space)
 * @param code the code that holds on the date asked for
 * @param kind the kind of the phrase that gave the code
 */
public record ActorMatch(TokenSpan span, String phrase, ActorCode code, ActorKind kind) {
    public ActorMatch {
        requireNonNull(span, "span");
        requireNonNull(phrase, "phrase");
        requireNonNull(code, "code");
        requireNonNull(kind, "kind");
        checkArgument(span.size() > 0, "match must cover at least one word: %s", span);
    }
}
