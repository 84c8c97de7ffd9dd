package dev.herald.actors;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.TokenSpan;

/**
 * An agent noun found in a word sequence.
 *
 * @param span the matched words, as indices into the list that was searched
 * @param phrase the normalised dictionary phrase
 */
public record AgentMatch(TokenSpan span, String phrase, AgentCode code) {
    public AgentMatch {
        requireNonNull(span, "span");
        requireNonNull(phrase, "phrase");
        requireNonNull(code, "code");
        checkArgument(span.size() > 0, "match must cover at least one word: %s", span);
    }
}
