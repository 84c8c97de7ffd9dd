package dev.herald.entities;

import static dev.herald.entities.TaggedText.named;
import static dev.herald.entities.TaggedText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.spi.Entity;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestNameKinds {
    private static final Map<String, EntityType> KNOWN = Map.of("Hezbollah", EntityType.ORGANIZATION,
            "Tehran", EntityType.LOCATION, "Olympics", EntityType.ORGANIZATION, "John Kirby", EntityType.ORGANIZATION);
    private static final EntityResolver RESOLVER = new EntityResolver(OrganizationCountries.none(),
            name -> Optional.ofNullable(KNOWN.get(name)));

    @Test
    void knownNamesOverrideTheTaggersPersonOrPlace() {
        List<Entity> entities = resolve("""
                Hezbollah/PER fired rockets .
                Officials in Tehran/PER met .""");
        assertEquals(EntityType.ORGANIZATION, type(entities, "Hezbollah"));
        assertEquals(EntityType.LOCATION, type(entities, "Tehran"));
    }

    @Test
    void leavesMiscNamesAndUnknownNames() {
        List<Entity> entities = resolve("""
                The Olympics/MISC opened .
                Gallant/PER spoke .""");
        assertEquals(EntityType.MISC, type(entities, "Olympics"));
        assertEquals(EntityType.PERSON, type(entities, "Gallant"));
    }

    @Test
    void aFullPersonalNameStaysAPersonWhateverTheDictionarySays() {
        List<Entity> entities = resolve("John/PER Kirby/PER spoke .");
        assertEquals(EntityType.PERSON, type(entities, "John Kirby"));
    }

    private static List<Entity> resolve(String tagged) {
        return RESOLVER.apply(parse(tagged)).get(Layers.ENTITIES);
    }

    private static EntityType type(List<Entity> entities, String name) {
        return named(entities, name).orElseThrow(() -> new AssertionError(entities)).type();
    }
}
