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
 * Turns raw NER mentions into candidates: strips leading determiners ("THE Associated Press"), drops what names
 * nothing in particular (nationality words, "the Administration", lower-case words) and recognises country names.
 */
final class MentionCleaner {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private final CountryLexicon countries;
    private final Set<String> genericNames;

    MentionCleaner(CountryLexicon countries, Set<String> genericNames) {
        this.countries = countries;
        this.genericNames = genericNames;
    }

    Optional<Candidate> clean(EntityMention mention, List<Token> tokens, String text) {
        int first = mention.tokens().first();
        int end = mention.tokens().endExclusive();
        while (end - first > 1 && DETERMINERS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
            first++;
        }
        CharSpan span = new CharSpan(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        String surface = span.coveredText(text);
        if (surface.chars().noneMatch(Character::isUpperCase) || isGeneric(tokens, first, end)) {
            return Optional.empty();
        }
        Optional<String> country = countries.byName(surface);
        EntityType type = country.isPresent() ? EntityType.LOCATION : mention.type();
        if (type == EntityType.MISC && isNationality(tokens, first, end)) {
            return Optional.empty();
        }
        Optional<String> capitalOf = type == EntityType.LOCATION && country.isEmpty()
                ? countries.byCapital(surface) : Optional.empty();
        return Optional.of(new Candidate(span, surface, type, new TokenSpan(first, end), country, capitalOf));
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
