package dev.herald.actors;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Immutable map from normalised phrases to values, with longest-match lookup over a word sequence. */
final class PhraseTable<V> {
    /** A phrase found in a word sequence: words {@code [first..endExclusive)}. */
    record Hit<V>(int first, int endExclusive, String phrase, V value) {}

    private final Map<String, V> values;
    private final Set<String> prefixes;
    private final int maxWords;
    private final boolean guardShortWords;

    /**
     * @param guardShortWords when set, a one-word phrase of at most three characters (US, UN, IDF) only
     *     matches a word written with a capital letter, so that the pronoun "us" is not the United States
     */
    PhraseTable(Map<String, V> values, boolean guardShortWords) {
        this.values = Map.copyOf(values);
        this.guardShortWords = guardShortWords;
        Set<String> prefixes = new HashSet<>();
        int maxWords = 0;
        for (String phrase : values.keySet()) {
            checkArgument(!phrase.isEmpty() && phrase.equals(phrase.strip()) && !phrase.contains("  ") && phrase.equals(phrase.toLowerCase(Locale.ROOT)),
                    "phrase is not normalised: '%s'", phrase);
            int words = 1;
            for (int i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) {
                prefixes.add(phrase.substring(0, i));
                words++;
            }
            maxWords = Math.max(maxWords, words);
        }
        this.prefixes = Set.copyOf(prefixes);
        this.maxWords = maxWords;
    }

    int size() {
        return values.size();
    }

    Optional<V> get(String phrase) {
        List<String> words = List.of(phrase.strip().split("[\\s_]+"));
        return longestMatch(words, 0).filter(hit -> hit.endExclusive() == words.size()).map(Hit::value);
    }

    Optional<Hit<V>> longestMatch(List<String> words, int from) {
        requireNonNull(words, "words");
        checkArgument(0 <= from && from <= words.size(), "from out of range 0..%s: %s", words.size(), from);
        StringBuilder key = new StringBuilder();
        Hit<V> best = null;
        for (int end = from; end < words.size() && end - from < maxWords; end++) {
            String word = PhraseNormalizer.normalizeWord(requireNonNull(words.get(end), "word"));
            if (word.isEmpty()) {
                break;
            }
            if (end > from) {
                key.append(' ');
            }
            key.append(word);
            String phrase = key.toString();
            V value = values.get(phrase);
            if (value != null && (end > from || allowedAlone(words.get(from), phrase))) {
                best = new Hit<>(from, end + 1, phrase, value);
            }
            if (!prefixes.contains(phrase)) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean allowedAlone(String raw, String phrase) {
        return !guardShortWords || phrase.length() > 3 || !raw.equals(raw.toLowerCase(Locale.ROOT));
    }
}
