package dev.herald.entities;

import static dev.herald.entities.TaggedText.entities;
import static dev.herald.entities.TaggedText.mentionTexts;
import static dev.herald.entities.TaggedText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.spi.Entity;
import dev.herald.spi.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestQuotedNicknames {
    @Test
    void joinsAPersonNameSplitByAQuotedNickname() {
        List<Entity> entities = entities("""
                Joaquín/PER “ El Chapo ” Guzmán/PER was extradited .
                Guzmán appealed .""");
        Entity guzman = named(entities, "Joaquín “ El Chapo ” Guzmán").orElseThrow(() -> new AssertionError(entities));
        assertEquals(EntityType.PERSON, guzman.type());
        assertEquals(List.of("Joaquín “ El Chapo ” Guzmán", "Guzmán"), mentionTexts(guzman));
        assertEquals(1, entities.size(), entities::toString);
    }

    @Test
    void dropsANameFoundInTheNickname() {
        List<Entity> entities = entities("William/PER Mailes/PER \" Cowboy/MISC \" Cowley/PER played .");
        assertEquals(List.of("William Mailes \" Cowboy \" Cowley"), entities.stream().map(Entity::name).toList());
    }

    @Test
    void leavesTwoPeopleAroundAQuotedPhraseOrOtherTypes() {
        List<Entity> entities = entities("""
                Smith/PER " told them no " Jones/PER said .
                Paris/LOC " City of Light " Hilton/PER spoke .""");
        assertEquals(List.of("Smith", "Jones", "Paris", "Hilton"), entities.stream().map(Entity::name).toList());
    }
}
