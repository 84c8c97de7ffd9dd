package dev.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.quotes.PersonGenders.Gender;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.TokenSpan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestPersonGenders {
    private static final PersonGenders GENDERS = PersonGenders.standard();

    @Test
    void readsTheFirstNamePastATitle() {
        assertEquals(Optional.of(Gender.FEMALE), GENDERS.of(person("Hillary Clinton", "Clinton spoke.", 0, 7,
                Optional.empty()), "Clinton spoke."));
        assertEquals(Optional.of(Gender.MALE), GENDERS.of(person("Sen. Ted Cruz", "Cruz spoke.", 0, 4,
                Optional.empty()), "Cruz spoke."));
    }

    @Test
    void leavesNamesOfBothGendersAndBareSurnamesUnknown() {
        assertEquals(Optional.empty(), GENDERS.of(person("Kelly Ayotte", "Ayotte spoke.", 0, 6, Optional.empty()),
                "Ayotte spoke."));
        assertEquals(Optional.empty(), GENDERS.of(person("Obama", "Obama spoke.", 0, 5, Optional.empty()),
                "Obama spoke."));
    }

    @Test
    void anHonorificOrAGenderedRoleOutweighsTheFirstName() {
        String text = "Ms. Lindsey spoke.";
        assertEquals(Optional.of(Gender.FEMALE), GENDERS.of(person("Chris Lindsey", text, 4, 11, Optional.empty()),
                text));
        assertEquals(Optional.of(Gender.FEMALE), GENDERS.of(person("Chris Jones", "Jones spoke.", 0, 5,
                Optional.of("campaign spokeswoman")), "Jones spoke."));
    }

    @Test
    void pronounsAskForAGender() {
        assertEquals(Optional.of(Gender.FEMALE), PersonGenders.ofPronoun("She"));
        assertEquals(Optional.of(Gender.MALE), PersonGenders.ofPronoun("his"));
        assertEquals(Optional.empty(), PersonGenders.ofPronoun("they"));
    }

    private static Entity person(String name, String text, int start, int end, Optional<String> role) {
        CharSpan span = new CharSpan(start, end);
        EntityMention mention = new EntityMention(span, span.coveredText(text), EntityType.PERSON, new TokenSpan(0, 1));
        return new Entity("e0", name, EntityType.PERSON, java.util.List.of(mention), role, Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
