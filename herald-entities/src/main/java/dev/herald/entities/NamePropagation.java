package dev.herald.entities;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityType;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the occurrences of a known name that the tagger missed: once "Yoav Gallant" is a person, every later
 * capitalised "Gallant" is a mention of him too. A form shared by two chains is ambiguous and left alone.
 */
final class NamePropagation {
    private static final int MAX_FORM_TOKENS = 6;

    private NamePropagation() {}

    static void extend(List<List<Candidate>> chains, List<Token> tokens, String text) {
        Map<List<String>, List<Candidate>> forms = new HashMap<>();
        Set<List<String>> ambiguous = new HashSet<>();
        for (List<Candidate> chain : chains) {
            for (List<String> form : formsOf(chain, tokens)) {
                List<Candidate> previous = forms.putIfAbsent(form, chain);
                if (previous != null && previous != chain) {
                    ambiguous.add(form);
                }
            }
        }
        ambiguous.forEach(forms::remove);
        boolean[] covered = new boolean[tokens.size()];
        chains.forEach(chain -> chain.forEach(c -> markCovered(covered, c.tokens())));
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
                continue;
            }
            for (int n = Math.min(MAX_FORM_TOKENS, tokens.size() - i); n >= 1; n--) {
                List<Candidate> chain = forms.get(words(tokens, i, i + n));
                if (chain != null && uncovered(covered, i, i + n) && sameSentence(tokens, i, i + n)) {
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

    private static List<List<String>> formsOf(List<Candidate> chain, List<Token> tokens) {
        List<List<String>> forms = new ArrayList<>();
        for (Candidate c : chain) {
            forms.add(words(tokens, c.tokens().first(), c.tokens().endExclusive()));
            if (NameChains.majorityType(chain) == EntityType.PERSON && c.tokens().size() > 1) {
                forms.add(words(tokens, c.tokens().endExclusive() - 1, c.tokens().endExclusive()));
            }
        }
        return forms;
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
