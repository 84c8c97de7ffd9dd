package dev.herald.spi;

/** How a quote is reported. */
public enum QuoteType {
    /** Wholly inside quotation marks. */
    DIRECT,
    /** A quoted fragment inside reported speech. */
    MIXED,
    /** Reported speech with no quotation marks. */
    INDIRECT
}
