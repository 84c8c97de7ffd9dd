package dev.herald.entities;

import dev.herald.spi.EntityType;
import java.util.Optional;

/**
 * Knowledge of what a name usually names ("Hezbollah" → organisation, "Tehran" → place), e.g. from an actor
 * dictionary. It overrides the tagger's type of a whole name chain, so it should answer only for names it is sure of.
 */
@FunctionalInterface
public interface NameKinds {
    /** The type of what {@code name} names, or empty when the name is unknown or ambiguous. */
    Optional<EntityType> kindOf(String name);

    /** Knows no names. */
    static NameKinds none() {
        return name -> Optional.empty();
    }
}
