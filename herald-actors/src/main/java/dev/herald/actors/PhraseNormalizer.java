package dev.herald.actors;

import static dev.herald.spi.Checks.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns words into the keys the dictionaries are stored under: accents folded, lower case,
 * full stops removed ({@code "U.S."} becomes {@code "us"}), curly apostrophes and dashes made plain,
 * and punctuation at either end stripped. A word that is only punctuation normalises to {@code ""}.
 */
public final class PhraseNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");

    private PhraseNormalizer() {}

    /** The key of one word. */
    public static String normalizeWord(String word) {
        requireNonNull(word, "word");
        String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case '.' -> { }
                case '\u2018', '\u2019', '`' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> out.append('-');
                default -> out.append(c);
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && !Character.isLetterOrDigit(out.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }

    /** The keys of the words of a phrase split at white space and underscores, empty keys dropped. */
    public static List<String> words(String phrase) {
        requireNonNull(phrase, "phrase");
        List<String> words = new ArrayList<>();
        for (String raw : SEPARATORS.split(phrase.strip())) {
            String word = normalizeWord(raw);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** The key of a whole phrase: its word keys joined by single spaces. */
    public static String normalizePhrase(String phrase) {
        return String.join(" ", words(phrase));
    }
}
