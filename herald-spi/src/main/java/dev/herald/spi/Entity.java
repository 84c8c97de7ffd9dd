package dev.herald.spi;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A real-world thing the article names, with every mention that refers to it.
 *
 * @param name canonical name: the longest full form used in the article ("Yoav Gallant")
 * @param mentions all mentions in text order; the entity's own span is the first one
 * @param role title or function attached in the text ("Defense Minister", "reporter")
 * @param country ISO 3166-1 alpha-3 code of the country the entity is, or belongs to
 * @param affiliation organisation named with the role ("Axios" for "Axios reporter Barak Ravid")
 * @param roleSpan the text that supports the role, country or affiliation
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        List<EntityMention> mentions,
        Optional<String> role,
        Optional<String> country,
        Optional<String> affiliation,
        Optional<CharSpan> roleSpan) implements Spanned {

    public Entity {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        checkArgument(!mentions.isEmpty(), "entity %s has no mention", name);
        requireNonNull(role, "role");
        requireNonNull(country, "country");
        requireNonNull(affiliation, "affiliation");
        requireNonNull(roleSpan, "roleSpan");
    }

    @Override
    public CharSpan span() {
        return mentions.get(0).span();
    }
}
