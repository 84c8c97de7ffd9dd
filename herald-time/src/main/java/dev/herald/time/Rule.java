package dev.herald.time;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.TimeType;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** One pattern of the time grammar and how to normalise what it matches. */
record Rule(String name, Pattern pattern, Normaliser normaliser) {
    Rule {
        requireNonNull(name, "name");
        requireNonNull(pattern, "pattern");
        requireNonNull(normaliser, "normaliser");
    }

    /** A TIMEX3 type and value. */
    record Timex(TimeType type, String value) {
        Timex {
            requireNonNull(type, "type");
            requireNonNull(value, "value");
        }
    }

    /** Where a match sits: the text, its span and the anchor. */
    record Context(String text, int start, int end, Anchor anchor) {
        Tense tense() {
            return TenseGuesser.tenseAround(text, start, end);
        }

        /** The sentence-local text around the match, lower-cased, for cue words such as "quarter". */
        boolean nearby(String word) {
            int from = Math.max(0, start - 120);
            int to = Math.min(text.length(), end + 120);
            return text.substring(from, to).toLowerCase(java.util.Locale.ROOT).contains(word);
        }
    }

    /** Turns a match into a timex, or rejects it with an empty result. */
    @FunctionalInterface
    interface Normaliser {
        Optional<Timex> normalise(MatchResult match, Context context);
    }
}
