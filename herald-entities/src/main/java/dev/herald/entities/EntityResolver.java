package dev.herald.entities;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layer;
import dev.herald.spi.Layers;
import dev.herald.spi.Sentence;
import dev.herald.spi.Stage;
import dev.herald.spi.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves raw name mentions into the article's entities: names joined across quoted nicknames and widened to
 * their head nouns, cleaned names, in-document name chains, types of well-known names, roles and affiliations of
 * people, and ISO alpha-3 countries of people, organisations and places.
 */
public final class EntityResolver implements Stage {
    private static final Set<EntityType> KNOWN_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION);
    private final NameHeads heads;
    private final MentionCleaner cleaner;
    private final RoleFinder roles;
    private final CountryLexicon countries;
    private final OrganizationCountries organizationCountries;
    private final NameKinds nameKinds;

    /** A resolver that knows no name kinds. */
    public EntityResolver(OrganizationCountries organizationCountries) {
        this(organizationCountries, NameKinds.none());
    }

    /**
     * @param organizationCountries countries of organisations not named in the organisation's name
     * @param nameKinds types of well-known names, which override the tagger's
     */
    public EntityResolver(OrganizationCountries organizationCountries, NameKinds nameKinds) {
        this.countries = CountryLexicon.standard();
        this.heads = NameHeads.standard();
        this.cleaner = new MentionCleaner(countries, WordList.lowerCaseSet("generic-names.txt"));
        this.roles = new RoleFinder(countries, WordList.lowerCaseSet("role-heads.txt"),
                WordList.lowerCaseSet("role-modifiers.txt"));
        this.organizationCountries = requireNonNull(organizationCountries, "organizationCountries");
        this.nameKinds = requireNonNull(nameKinds, "nameKinds");
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<Candidate> candidates = new ArrayList<>();
        List<EntityMention> mentions = QuotedNicknames.join(document.get(Layers.MENTIONS), tokens, text);
        for (EntityMention mention : heads.widen(mentions, tokens, text)) {
            cleaner.clean(mention, tokens, text).ifPresent(candidates::add);
        }
        Map<Integer, Candidate> byToken = new HashMap<>();
        for (Candidate candidate : candidates) {
            for (int i = candidate.tokens().first(); i < candidate.tokens().endExclusive(); i++) {
                byToken.put(i, candidate);
            }
        }
        List<List<Candidate>> chains = NameChains.group(candidates, tokens);
        NamePropagation.extend(chains, tokens, text);
        Map<List<Candidate>, Role> roleOf = new HashMap<>();
        Set<String> affiliations = new HashSet<>();
        for (List<Candidate> chain : chains) {
            if (NameChains.majorityType(chain) == EntityType.PERSON) {
                findRole(chain, tokens, sentences, byToken, text).ifPresent(role -> {
                    roleOf.put(chain, role);
                    role.affiliation().ifPresent(a -> affiliations.add(a.key()));
                });
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (List<Candidate> chain : chains) {
            entities.add(toEntity("e" + (entities.size() + 1), chain, roleOf.get(chain), affiliations, tokens));
        }
        return document.with(Layers.ENTITIES, entities);
    }

    private Optional<Role> findRole(List<Candidate> chain, List<Token> tokens, List<Sentence> sentences,
            Map<Integer, Candidate> byToken, String text) {
        for (Candidate mention : chain) {
            Optional<Role> role = roles.find(mention, tokens, sentences, byToken, text);
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    private Entity toEntity(String id, List<Candidate> chain, Role role, Set<String> affiliations,
            List<Token> tokens) {
        Candidate first = chain.get(0);
        EntityType type = first.country().isPresent() ? EntityType.LOCATION : knownType(chain, tokens);
        boolean singleWordName = chain.stream().allMatch(c -> c.tokens().size() == 1);
        // "Axios reporter Barak Ravid": a one-word name used as a person's affiliation is an organisation.
        if (type == EntityType.PERSON && singleWordName && affiliations.contains(first.key())) {
            type = EntityType.ORGANIZATION;
        }
        String name = first.country().flatMap(countries::commonName).orElse(NameChains.longest(chain).text());
        Optional<String> country = first.country();
        if (role != null && role.country().isPresent()) {
            country = role.country();
        } else if (role != null && role.affiliation().isPresent()) {
            // "John Kirby, the White House spokesman": a person belongs to the country of the body they speak for.
            country = organizationCountry(List.of(role.affiliation().get()), tokens);
        } else if (type == EntityType.ORGANIZATION || type == EntityType.MISC) {
            country = organizationCountry(chain, tokens);
        }
        final EntityType finalType = type;
        List<EntityMention> mentions = chain.stream().map(c -> c.toMention(finalType)).toList();
        return new Entity(id, name, type, mentions,
                role == null ? Optional.empty() : Optional.of(role.title()),
                country,
                role == null ? Optional.empty() : role.affiliation().map(a -> NameChains.longest(List.of(a)).text()),
                role == null ? Optional.empty() : Optional.of(role.evidence()));
    }

    /** The chain's type, unless the name is a well-known one of another person, organisation or place type. */
    private EntityType knownType(List<Candidate> chain, List<Token> tokens) {
        EntityType tagged = NameChains.chainType(chain, tokens);
        if (tagged == EntityType.MISC) {
            return tagged;
        }
        Optional<EntityType> known = nameKinds.kindOf(NameChains.longest(chain).text()).filter(KNOWN_TYPES::contains);
        // Actor dictionaries list spokesmen and commanders as synonyms of their institution ("John Kirby" under
        // the U.S. military): a full personal name the tagger calls a person stays a person.
        if (tagged == EntityType.PERSON && known.equals(Optional.of(EntityType.ORGANIZATION))
                && NameChains.longest(chain).tokens().size() > 1) {
            return tagged;
        }
        return known.orElse(tagged);
    }

    /** A country named inside the organisation's name ("U.S. Joint Chiefs of Staff") or known for it. */
    private Optional<String> organizationCountry(List<Candidate> chain, List<Token> tokens) {
        for (Candidate mention : chain) {
            for (int i = mention.tokens().first(); i < mention.tokens().endExclusive(); i++) {
                String word = tokens.get(i).text();
                Optional<String> code = countries.byName(word).or(() -> countries.byDemonym(word));
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        for (Candidate mention : chain) {
            Optional<String> code = organizationCountries.countryOf(mention.text());
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }
}
