package dev.herald.engine;

import dev.herald.actors.ActorCode;
import dev.herald.actors.ActorDictionary;
import dev.herald.entities.OrganizationCountries;

/** Countries of organisations from the CAMEO actor dictionary: "Pentagon" → USA, "Hezbollah" → LBN. */
final class ActorCountries {
    private ActorCountries() {}

    static OrganizationCountries standard() {
        ActorDictionary actors = ActorDictionary.standard();
        return name -> actors.lookup(name).flatMap(ActorCode::country);
    }
}
