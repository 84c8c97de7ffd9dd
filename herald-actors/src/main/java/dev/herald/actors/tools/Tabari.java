package dev.herald.actors.tools;

import dev.herald.actors.PhraseNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Text rules shared by the TABARI dictionary formats. */
final class Tabari {
    private Tabari() {}

    /** The line without its comment, which starts at the first {@code #}. */
    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /**
     * The normalised key of a source phrase such as {@code U.S._STATE_DEPARTMENT_}; words in
     * parentheses (acronyms such as {@code (AAIA)}) are dropped. Empty when nothing usable is left or
     * the phrase holds an undecodable character.
     */
    static Optional<String> phraseKey(String raw) {
        if (raw.indexOf('\uFFFD') >= 0) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        for (String word : raw.split("[\\s_]+")) {
            if (!(word.startsWith("(") && word.endsWith(")"))) {
                kept.add(word);
            }
        }
        String key = PhraseNormalizer.normalizePhrase(String.join(" ", kept));
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
