package dev.herald.entities;

import static dev.herald.entities.TaggedText.entities;
import static dev.herald.entities.TaggedText.mentionTexts;
import static dev.herald.entities.TaggedText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestNameChains {
    @Test
    void surnameAfterAFullPersonNameIsThePersonWhateverTheTagger() {
        List<Entity> entities = entities("""
                The army led by General Manuel/PER Belgrano/PER was defeated .
                Belgrano/LOC accepted the surrender .
                Most of Belgrano/LOC 's army escaped .
                Belgrano/LOC planned to retreat .""");
        Entity belgrano = named(entities, "Manuel Belgrano").orElseThrow(() -> new AssertionError(entities));
        assertEquals(EntityType.PERSON, belgrano.type());
        assertEquals(List.of("Manuel Belgrano", "Belgrano", "Belgrano", "Belgrano"), mentionTexts(belgrano));
        assertEquals(List.of(EntityType.PERSON), belgrano.mentions().stream().map(EntityMention::type).distinct()
                .toList());
    }

    @Test
    void placePrepositionsBreakATieForAPlace() {
        List<Entity> entities = entities("""
                The feast is celebrated in Divar/PER on the first day .
                The church of Divar/LOC is old .
                Divar/PER has a ferry .
                Pilgrims stay near Divar/ORG .""");
        Entity divar = named(entities, "Divar").orElseThrow(() -> new AssertionError(entities));
        assertEquals(EntityType.LOCATION, divar.type());
    }

    @Test
    void aPrepositionAloneDoesNotOverruleTheTagger() {
        List<Entity> entities = entities("""
                She studied in Harvard/ORG .""");
        assertEquals(EntityType.ORGANIZATION, named(entities, "Harvard").orElseThrow().type());
    }
}
