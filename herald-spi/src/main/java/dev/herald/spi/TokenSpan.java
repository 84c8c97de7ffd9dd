package dev.herald.spi;

import static dev.herald.spi.Checks.checkArgument;

/** A half-open range of token indices {@code [first..endExclusive)} into a document's token layer. */
public record TokenSpan(int first, int endExclusive) {
    public TokenSpan {
        checkArgument(0 <= first && first <= endExclusive, "bad token span [%s..%s)", first, endExclusive);
    }

    public int size() {
        return endExclusive - first;
    }

    public boolean contains(int token) {
        return first <= token && token < endExclusive;
    }

    @Override
    public String toString() {
        return "tokens[" + first + ".." + endExclusive + ")";
    }
}
