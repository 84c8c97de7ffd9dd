package dev.herald.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.spi.Entity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestRoleFinder {
    private static Entity person(String tagged, String name) {
        List<Entity> entities = TaggedText.entities(tagged);
        return TaggedText.named(entities, name).orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    @Test
    void readsTitlesInFrontOfTheName() {
        Entity gallant = person("Israeli/MISC Defense Minister Yoav/PER Gallant/PER spoke .", "Yoav Gallant");
        assertEquals(Optional.of("Defense Minister"), gallant.role());
        assertEquals(Optional.of("ISR"), gallant.country());
    }

    @Test
    void readsAnAffiliationInFrontOfARole() {
        Entity ravid = person("Axios/ORG reporter Barak/PER Ravid/PER wrote .", "Barak Ravid");
        assertEquals(Optional.of("reporter"), ravid.role());
        assertEquals(Optional.of("Axios"), ravid.affiliation());
    }

    @Test
    void readsAnAppositiveWithACountryAmongItsWords() {
        Entity blinken = person("Antony/PER Blinken/PER , the top U.S./LOC diplomat , said so .", "Antony Blinken");
        assertEquals(Optional.of("diplomat"), blinken.role());
        assertEquals(Optional.of("USA"), blinken.country());
    }

    @Test
    void readsAnAppositiveWithAnOrganisation() {
        Entity kirby = person("John/PER Kirby/PER , the White/ORG House/ORG spokesman , said so .", "John Kirby");
        assertEquals(Optional.of("spokesman"), kirby.role());
        assertEquals(Optional.of("White House"), kirby.affiliation());
    }

    @Test
    void givesAPersonTheCountryOfTheOrganisationNamedInTheRole() {
        Entity kirby = person("U.S./ORG Army/ORG spokesman John/PER Kirby/PER said so .", "John Kirby");
        assertEquals(Optional.of("spokesman"), kirby.role());
        assertEquals(Optional.of("USA"), kirby.country());
    }

    @Test
    void readsAPossessiveCountryAppositive() {
        Entity gallant = person("Yoav/PER Gallant/PER , Israel/LOC 's defense minister , said so .", "Yoav Gallant");
        assertEquals(Optional.of("defense minister"), gallant.role());
        assertEquals(Optional.of("ISR"), gallant.country());
    }

    @Test
    void findsNoRoleInAListOfNames() {
        Entity gallant = person("Yoav/PER Gallant/PER , the U.S./LOC and Israel/LOC agreed .", "Yoav Gallant");
        assertEquals(Optional.empty(), gallant.role());
    }
}
