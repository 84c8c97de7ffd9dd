package dev.herald.entities;

import static dev.herald.entities.TaggedText.entities;
import static dev.herald.entities.TaggedText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.spi.Entity;
import dev.herald.spi.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestNameHeads {
    @Test
    void organisationHeadBeforeOfTakesInThePlace() {
        assertType("She studied at the University of Berlin/LOC .", "University of Berlin", EntityType.ORGANIZATION);
        assertType("It served in the Army of the Potomac/LOC .", "Army of the Potomac", EntityType.ORGANIZATION);
    }

    @Test
    void takesInANameBeforeOfThatEndsInTheHead() {
        assertType("He joined the Carnegie/ORG Institution/ORG of Washington/LOC .",
                "Carnegie Institution of Washington", EntityType.ORGANIZATION);
    }

    @Test
    void eventAndPlaceHeads() {
        assertType("He fell at the Battle of Gettysburg/LOC .", "Battle of Gettysburg", EntityType.MISC);
        assertType("The City of Brampton/LOC voted .", "City of Brampton", EntityType.LOCATION);
        assertType("They landed on the Island of Divar/PER .", "Island of Divar", EntityType.LOCATION);
    }

    @Test
    void organisationHeadAfterThePlace() {
        assertType("She studied at Boston/LOC University .", "Boston University", EntityType.ORGANIZATION);
        assertType("They won the GMAC/ORG Bowl .", "GMAC Bowl", EntityType.MISC);
    }

    @Test
    void placeOrOrganisationEndingInAHeadTakesItsType() {
        assertType("He died at Atlantic/LOC City/LOC Hospital/LOC .", "Atlantic City Hospital",
                EntityType.ORGANIZATION);
        assertType("The American/MISC League/MISC expanded .", "American League", EntityType.ORGANIZATION);
        assertType("Boeing/ORG showed it at the Paris/ORG Air/ORG Show/ORG .", "Paris Air Show", EntityType.MISC, 2);
    }

    @Test
    void leavesPersonsWhoseSurnameIsAHead() {
        assertType("Senator Tom/PER Church/PER spoke .", "Tom Church", EntityType.PERSON);
    }

    @Test
    void leavesPlacesWithoutAHeadOrWithALongerNameAfterTheHead() {
        List<Entity> entities = entities("""
                The mayor of Berlin/LOC spoke .
                The Portland/LOC Museum Shop opened .""");
        assertEquals(List.of("Berlin", "Portland"), entities.stream().map(Entity::name).toList());
        assertTrue(entities.stream().allMatch(e -> e.type() == EntityType.LOCATION), entities::toString);
    }

    private static void assertType(String tagged, String name, EntityType type) {
        assertType(tagged, name, type, 1);
    }

    private static void assertType(String tagged, String name, EntityType type, int entityCount) {
        List<Entity> entities = entities(tagged);
        Entity entity = named(entities, name).orElseThrow(() -> new AssertionError(entities));
        assertEquals(type, entity.type());
        assertEquals(entityCount, entities.size(), entities::toString);
    }
}
