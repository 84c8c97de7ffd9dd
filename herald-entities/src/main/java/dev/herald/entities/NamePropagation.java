package dev.herald.entities;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityType;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the occurrences of a known name that the tagger missed: once "Yoav Gallant" is a person, every later
 * capitalised "Gallant" is a mention of him too. Left alone are a form shared by two chains (ambiguous), a form the
 * tagger only saw at the start of a sentence, where every word is capitalised ("Milepost 2.7: …"), a one-word form
 * the article also writes in lower case ("Reading" and "reading"), and an occurrence inside a longer capitalised
 * name ("Bank of [America]", "[Gallant] Street").
 */
final class NamePropagation {
    private static final int MAX_FORM_TOKENS = 6;
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "de", "du", "des", "la", "le", "von", "van",
            "der", "da", "di");

    private NamePropagation() {}

    static void extend(List<List<Candidate>> chains, List<Token> tokens, String text) {
        Map<List<String>, List<Candidate>> forms = new HashMap<>();
        Set<List<String>> ambiguous = new HashSet<>();
        Set<List<String>> seenInsideSentence = new HashSet<>();
        for (List<Candidate> chain : chains) {
            for (Candidate c : chain) {
                List<String> form = words(tokens, c.tokens().first(), c.tokens().endExclusive());
                add(forms, ambiguous, form, chain);
                if (!sentenceInitial(tokens, c.tokens().first())) {
                    seenInsideSentence.add(form);
                }
                if (NameChains.majorityType(chain) == EntityType.PERSON && c.tokens().size() > 1) {
                    List<String> surname = words(tokens, c.tokens().endExclusive() - 1, c.tokens().endExclusive());
                    add(forms, ambiguous, surname, chain);
                    seenInsideSentence.add(surname);
                }
            }
        }
        ambiguous.forEach(forms::remove);
        forms.keySet().retainAll(seenInsideSentence);
        Set<String> lowerCaseWords = new HashSet<>();
        for (Token token : tokens) {
            if (Character.isLowerCase(token.text().codePointAt(0))) {
                lowerCaseWords.add(token.text());
            }
        }
        forms.keySet().removeIf(form -> form.size() == 1
                && lowerCaseWords.contains(form.get(0).toLowerCase(Locale.ROOT)));
        boolean[] covered = new boolean[tokens.size()];
        chains.forEach(chain -> chain.forEach(c -> markCovered(covered, c.tokens())));
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
                continue;
            }
            for (int n = Math.min(MAX_FORM_TOKENS, tokens.size() - i); n >= 1; n--) {
                List<Candidate> chain = forms.get(words(tokens, i, i + n));
                if (chain != null && uncovered(covered, i, i + n) && sameSentence(tokens, i, i + n)
                        && !insideLongerName(tokens, i, i + n)) {
                    Candidate model = chain.get(0);
                    CharSpan span = new CharSpan(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
                    chain.add(new Candidate(span, span.coveredText(text), NameChains.majorityType(chain),
                            new TokenSpan(i, i + n), model.country(), Optional.empty()));
                    markCovered(covered, new TokenSpan(i, i + n));
                    break;
                }
            }
        }
        chains.forEach(chain -> chain.sort((a, b) -> a.span().compareTo(b.span())));
        chains.sort((a, b) -> a.get(0).span().compareTo(b.get(0).span()));
    }

    private static void add(Map<List<String>, List<Candidate>> forms, Set<List<String>> ambiguous, List<String> form,
            List<Candidate> chain) {
        List<Candidate> previous = forms.putIfAbsent(form, chain);
        if (previous != null && previous != chain) {
            ambiguous.add(form);
        }
    }

    /** Whether the tokens [from, to) continue a capitalised word before or after them in the same sentence. */
    private static boolean insideLongerName(List<Token> tokens, int from, int to) {
        int sentence = tokens.get(from).sentence();
        if (to < tokens.size() && tokens.get(to).sentence() == sentence && capitalised(tokens.get(to))) {
            return true;
        }
        int before = from - 1;
        if (before >= 0 && tokens.get(before).sentence() == sentence
                && NAME_CONNECTORS.contains(tokens.get(before).text())) {
            before--;
        }
        return before >= 0 && tokens.get(before).sentence() == sentence && !sentenceInitial(tokens, before)
                && capitalised(tokens.get(before));
    }

    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.text().codePointAt(0));
    }

    private static boolean sentenceInitial(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            words.add(tokens.get(i).text());
        }
        return words;
    }

    private static void markCovered(boolean[] covered, TokenSpan span) {
        for (int i = span.first(); i < span.endExclusive(); i++) {
            covered[i] = true;
        }
    }

    private static boolean uncovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSentence(List<Token> tokens, int from, int to) {
        return tokens.get(from).sentence() == tokens.get(to - 1).sentence();
    }
}
