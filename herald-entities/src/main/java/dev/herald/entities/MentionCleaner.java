package dev.herald.entities;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns raw NER mentions into candidates: strips leading determiners ("THE Associated Press") but keeps a
 * capitalised "The" inside a sentence ("joined The Mad Capsule Markets"), drops what names nothing in particular
 * (nationality words, "the Administration", lower-case words), and recognises country names, also when the tagger
 * left out the front of the name ("the State of [Israel]").
 */
final class MentionCleaner {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_COUNTRY_PREFIX_TOKENS = 4;

    private final CountryLexicon countries;
    private final Set<String> genericNames;

    MentionCleaner(CountryLexicon countries, Set<String> genericNames) {
        this.countries = countries;
        this.genericNames = genericNames;
    }

    Optional<Candidate> clean(EntityMention mention, List<Token> tokens, String text) {
        int first = mention.tokens().first();
        int end = mention.tokens().endExclusive();
        while (end - first > 1 && DETERMINERS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))
                && !isTitleCaseInsideSentence(tokens, first)) {
            first++;
        }
        String surface = surface(tokens, first, end, text);
        if (surface.chars().noneMatch(Character::isUpperCase) || isGeneric(tokens, first, end)) {
            return Optional.empty();
        }
        Optional<String> country = countries.byName(surface);
        if (mention.type() == EntityType.LOCATION) {
            int start = countryNameStart(tokens, first, end, text);
            if (start < first) {
                first = start;
                surface = surface(tokens, first, end, text);
                country = countries.byName(surface);
            }
        }
        CharSpan span = new CharSpan(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        EntityType type = country.isPresent() ? EntityType.LOCATION : mention.type();
        if (type == EntityType.MISC && isNationality(tokens, first, end)) {
            return Optional.empty();
        }
        Optional<String> capitalOf = type == EntityType.LOCATION && country.isEmpty()
                ? countries.byCapital(surface) : Optional.empty();
        return Optional.of(new Candidate(span, surface, type, new TokenSpan(first, end), country, capitalOf));
    }

    /** The first token of the longest country name that ends with this place name ("State of Israel"). */
    private int countryNameStart(List<Token> tokens, int first, int end, String text) {
        int sentence = tokens.get(first).sentence();
        int best = first;
        for (int start = first - 1; start >= Math.max(0, first - MAX_COUNTRY_PREFIX_TOKENS); start--) {
            Token token = tokens.get(start);
            if (token.sentence() != sentence || !token.ner().equals("O")) {
                break;
            }
            if (Character.isUpperCase(token.text().codePointAt(0))
                    && !DETERMINERS.contains(token.text().toLowerCase(Locale.ROOT))
                    && countries.byName(surface(tokens, start, end, text)).isPresent()) {
                best = start;
            }
        }
        return best;
    }

    /** "The" written so inside a sentence is part of the name; "THE" in a headline and "the" are not. */
    private static boolean isTitleCaseInsideSentence(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        boolean sentenceInitial = i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
        return !sentenceInitial && word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
    }

    private static String surface(List<Token> tokens, int first, int end, String text) {
        return new CharSpan(tokens.get(first).span().start(), tokens.get(end - 1).span().end()).coveredText(text);
    }

    private boolean isGeneric(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!genericNames.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "Israeli", "Israelis", "American Administrations": a nationality, possibly with generic nouns. */
    private boolean isNationality(List<Token> tokens, int first, int end) {
        if (countries.byDemonym(tokens.get(first).text()).isEmpty()) {
            return false;
        }
        return isGeneric(tokens, first + 1, end);
    }
}
