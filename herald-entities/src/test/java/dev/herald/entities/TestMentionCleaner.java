package dev.herald.entities;

import static dev.herald.entities.TaggedText.entities;
import static dev.herald.entities.TaggedText.mentionTexts;
import static dev.herald.entities.TaggedText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.spi.Entity;
import dev.herald.spi.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestMentionCleaner {
    @Test
    void stripsHeadlineAndLowerCaseDeterminers() {
        List<Entity> entities = entities("""
                THE/ORG Associated/ORG Press/ORG reported it .
                He spoke to the/ORG Pentagon/ORG .""");
        assertTrue(named(entities, "Associated Press").isPresent(), entities.toString());
        assertTrue(named(entities, "Pentagon").isPresent(), entities.toString());
    }

    @Test
    void keepsCapitalisedTheInsideASentence() {
        List<Entity> entities = entities("""
                It is the tenth album from the band The/ORG Mad/ORG Capsule/ORG Markets/ORG .
                The/ORG Mad/ORG Capsule/ORG Markets/ORG split up .""");
        Entity band = named(entities, "The Mad Capsule Markets").orElseThrow(() -> new AssertionError(entities));
        assertEquals(List.of("The Mad Capsule Markets", "Mad Capsule Markets"), mentionTexts(band));
    }

    @Test
    void extendsAPlaceToTheCountryNameItEnds() {
        List<Entity> entities = entities("""
                Israel/LOC is here .
                They ensure the security of the State of Israel/LOC .
                He flew to Korea/LOC and to South Korea/LOC .""");
        Entity israel = named(entities, "Israel").orElseThrow(() -> new AssertionError(entities));
        assertEquals(List.of("Israel", "State of Israel"), mentionTexts(israel));
        assertEquals(Optional.of("ISR"), israel.country());
        Entity southKorea = entities.stream().filter(e -> mentionTexts(e).contains("South Korea")).findFirst()
                .orElseThrow(() -> new AssertionError(entities));
        assertEquals(EntityType.LOCATION, southKorea.type());
        assertEquals(Optional.of("KOR"), southKorea.country());
    }

    @Test
    void doesNotExtendOverADeterminerOrAnotherName() {
        List<Entity> entities = entities("""
                The United/LOC States/LOC agreed .
                Gallant/PER Israel/LOC met .""");
        assertTrue(entities.stream().flatMap(e -> mentionTexts(e).stream()).noneMatch(m -> m.startsWith("The")),
                entities.toString());
        assertTrue(named(entities, "Gallant").isPresent(), entities.toString());
    }
}
