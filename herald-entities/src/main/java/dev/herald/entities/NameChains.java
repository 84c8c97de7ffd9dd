package dev.herald.entities;

import dev.herald.spi.EntityType;
import dev.herald.spi.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Groups candidates that name the same thing within one article: the same name ("Hezbollah" … "Hezbollah"), a
 * surname after the full name ("Yoav Gallant" … "Gallant", which makes every "Gallant" a person whatever the tagger
 * said), an acronym after its expansion, and a capital used for its government ("strategy regarding Tehran") when
 * the article names the country.
 */
final class NameChains {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "into", "outside", "inside",
            "across", "via", "around", "through", "toward", "towards");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near");
    private static final int PLACE_VOTE = 1;
    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "&");

    private NameChains() {}

    /** Chains in order of first mention; each chain's candidates in text order. */
    static List<List<Candidate>> group(List<Candidate> candidates, List<Token> tokens) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            byKey.computeIfAbsent(candidate.key(), k -> new ArrayList<>()).add(candidate);
        }
        List<List<Candidate>> chains = new ArrayList<>(byKey.values());
        mergeInto(chains, NameChains::surnameTarget, c -> c.withType(EntityType.PERSON));
        mergeInto(chains, NameChains::acronymTarget, c -> c);
        mergeInto(chains, (chain, all) -> capitalTarget(chain, all, tokens), c -> c);
        chains.forEach(chain -> chain.sort((a, b) -> a.span().compareTo(b.span())));
        chains.sort((a, b) -> a.get(0).span().compareTo(b.get(0).span()));
        return chains;
    }

    /** The majority type of a chain; ties go to the type of the earliest mention. */
    static EntityType majorityType(List<Candidate> chain) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        chain.forEach(c -> votes.merge(c.type(), 1, Integer::sum));
        EntityType best = chain.get(0).type();
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    /**
     * The type of a chain: {@link #majorityType} where one mention right after a locative preposition without an
     * article ("born in Divar", "near Aisby") adds a vote for a place.
     */
    static EntityType chainType(List<Candidate> chain, List<Token> tokens) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Candidate c : chain) {
            votes.merge(c.type(), 1, Integer::sum);
            int before = c.tokens().first() - 1;
            if (before >= 0 && PLACE_PREPOSITIONS.contains(tokens.get(before).text())) {
                votes.merge(EntityType.LOCATION, PLACE_VOTE, Integer::sum);
            }
        }
        EntityType best = chain.get(0).type();
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.getOrDefault(best, 0)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    private interface TargetFinder {
        List<Candidate> find(List<Candidate> chain, List<List<Candidate>> all);
    }

    private static void mergeInto(List<List<Candidate>> chains, TargetFinder finder,
            UnaryOperator<Candidate> asMerged) {
        for (int i = 0; i < chains.size(); i++) {
            List<Candidate> chain = chains.get(i);
            List<Candidate> target = finder.find(chain, chains);
            if (target != null && target != chain) {
                chain.forEach(c -> target.add(asMerged.apply(c)));
                chains.remove(i--);
            }
        }
    }

    /** A one-word name that is the last word of exactly one multi-word person name. */
    private static List<Candidate> surnameTarget(List<Candidate> chain, List<List<Candidate>> all) {
        Candidate first = chain.get(0);
        if (first.tokens().size() != 1 || first.country().isPresent()) {
            return null;
        }
        List<Candidate> found = null;
        for (List<Candidate> other : all) {
            if (other != chain && majorityType(other) == EntityType.PERSON && hasMultiWordName(other)
                    && lastWordKey(longest(other)).equals(first.key())) {
                if (found != null) {
                    return null;
                }
                found = other;
            }
        }
        return found;
    }

    private static List<Candidate> acronymTarget(List<Candidate> chain, List<List<Candidate>> all) {
        String acronym = chain.get(0).text().replace(".", "");
        if (acronym.length() < 2 || acronym.length() > 6 || !acronym.equals(acronym.toUpperCase(Locale.ROOT))
                || !acronym.chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (List<Candidate> other : all) {
            if (other != chain && initials(longest(other).text()).equals(acronym)) {
                return other;
            }
        }
        return null;
    }

    private static List<Candidate> capitalTarget(List<Candidate> chain, List<List<Candidate>> all, List<Token> tokens) {
        Candidate first = chain.get(0);
        if (first.capitalOf().isEmpty()) {
            return null;
        }
        for (Candidate c : chain) {
            int before = c.tokens().first() - 1;
            if (before >= 0 && LOCATIVE.contains(tokens.get(before).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        String key = "country:" + first.capitalOf().get();
        for (List<Candidate> other : all) {
            if (other.get(0).key().equals(key)) {
                return other;
            }
        }
        return null;
    }

    static Candidate longest(List<Candidate> chain) {
        Candidate best = chain.get(0);
        for (Candidate c : chain) {
            if (c.country().isEmpty() && c.text().length() > best.text().length()) {
                best = c;
            }
        }
        return best;
    }

    private static boolean hasMultiWordName(List<Candidate> chain) {
        return chain.stream().anyMatch(c -> c.tokens().size() > 1);
    }

    private static String lastWordKey(Candidate candidate) {
        String[] words = candidate.text().split("\\s+");
        return WordList.key(words[words.length - 1]);
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && !ACRONYM_SKIP.contains(word.toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }
}
