package dev.herald.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestNerCombiner {
    private static final Set<String> MAIN_LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "O");

    @Test
    void addsAuxiliaryNamesOfNewTypesOnUntaggedTokens() {
        assertCombined("O MISC MISC O", "O O O O", "O MISC MISC O");
    }

    @Test
    void ignoresAuxiliaryNamesOfTypesTheMainModelProduces() {
        assertCombined("O O PERSON", "O O PERSON", "LOCATION O O");
    }

    @Test
    void eventNameWinsOverThePlaceInsideIt() {
        // Battle of Fredericksburg was fought
        assertCombined("MISC MISC MISC O O", "O O LOCATION O O", "MISC MISC MISC O O");
    }

    @Test
    void keepsMainNamesTheAuxiliaryNameCutsThroughOrOnlyRetypes() {
        assertCombined("O LOCATION LOCATION O", "O LOCATION LOCATION O", "MISC MISC O O");
        assertCombined("LOCATION LOCATION O", "LOCATION LOCATION O", "MISC MISC O");
    }

    @Test
    void organisationWinsOverPersonOnlyForExactlyTheSameName() {
        assertCombined("ORGANIZATION ORGANIZATION O", "PERSON PERSON O", "ORGANIZATION ORGANIZATION O");
        assertCombined("PERSON PERSON O", "PERSON PERSON O", "ORGANIZATION O O");
        assertCombined("LOCATION O", "LOCATION O", "ORGANIZATION O");
    }

    @Test
    void rejectsTagListsOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> NerCombiner.combine(List.of("O"), MAIN_LABELS, List.of("O", "O")));
    }

    private static void assertCombined(String expected, String main, String auxiliary) {
        assertEquals(tags(expected), NerCombiner.combine(tags(main), MAIN_LABELS, tags(auxiliary)));
    }

    private static List<String> tags(String tags) {
        return Arrays.asList(tags.split(" "));
    }
}
