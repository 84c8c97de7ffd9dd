package dev.herald.time;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.TimeType;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
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

        /** Whether {@code word} occurs shortly before or after the match (lower case), for cues such as "quarter". */
        boolean nearby(String word, int before, int after) {
            int from = Math.max(0, start - before);
            int to = Math.min(text.length(), end + after);
            return text.substring(from, to).toLowerCase(Locale.ROOT).contains(word);
        }
    }

    /** Turns the matcher's current match into a timex, or rejects it with an empty result. */
    @FunctionalInterface
    interface Normaliser {
        Optional<Timex> normalise(Matcher match, Context context);
    }
}
