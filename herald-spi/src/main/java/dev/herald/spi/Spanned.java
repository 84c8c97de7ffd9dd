package dev.herald.spi;

/** A record backed by evidence in the article text. */
public interface Spanned {
    CharSpan span();
}
