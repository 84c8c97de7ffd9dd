package dev.herald.time;

/** The tense a sentence is reported in, as far as a time expression in it needs to know. */
enum Tense {
    PAST, FUTURE, UNKNOWN
}
