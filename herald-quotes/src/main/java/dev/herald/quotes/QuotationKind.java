package dev.herald.quotes;

/** What a stretch of text inside quotation marks is used for. */
public enum QuotationKind {
    /** Reported words: a direct quote, or the quoted part of a mixed quote. */
    SPEECH,
    /** Words quoted as words: scare quotes, nicknames, titles, slogans ("so-called “woke”", “Shorty”). */
    TERM
}
