package dev.herald.engine;

import dev.herald.actors.ActorDictionary;
import dev.herald.actors.ActorKind;
import dev.herald.entities.NameKinds;
import dev.herald.spi.EntityType;

/**
 * Types of names from the CAMEO actor dictionary: countries and the places coded as them are places ("Tehran"),
 * dated office holders are persons, and everything else is an organisation ("Hezbollah", "Acer Inc").
 */
final class ActorNameKinds {
    private ActorNameKinds() {}

    static NameKinds standard() {
        ActorDictionary actors = ActorDictionary.standard();
        return name -> actors.entry(name).map(entry -> typeOf(entry.kind()));
    }

    static EntityType typeOf(ActorKind kind) {
        return switch (kind) {
            case COUNTRY -> EntityType.LOCATION;
            case PERSON -> EntityType.PERSON;
            case GROUP -> EntityType.ORGANIZATION;
        };
    }
}
