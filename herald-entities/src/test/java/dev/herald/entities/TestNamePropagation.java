package dev.herald.entities;

import static dev.herald.entities.TaggedText.entities;
import static dev.herald.entities.TaggedText.mentionTexts;
import static dev.herald.entities.TaggedText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.spi.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestNamePropagation {
    @Test
    void addsUntaggedOccurrencesOfAKnownName() {
        List<Entity> entities = entities("""
                Defense Minister Yoav/PER Gallant/PER arrived .
                Officials said Gallant would stay .""");
        Entity gallant = named(entities, "Yoav Gallant").orElseThrow(() -> new AssertionError(entities));
        assertEquals(List.of("Yoav Gallant", "Gallant"), mentionTexts(gallant));
    }

    @Test
    void leavesAFormTaggedOnlyAtTheStartOfSentences() {
        List<Entity> entities = entities("""
                Milepost/ORG 0 : the line starts .
                Milepost 1 : a siding .
                A milepost stands at Milepost 2 .""");
        Entity milepost = named(entities, "Milepost").orElseThrow(() -> new AssertionError(entities));
        assertEquals(List.of("Milepost"), mentionTexts(milepost));
    }

    @Test
    void leavesAOneWordFormTheArticleAlsoWritesInLowerCase() {
        List<Entity> entities = entities("""
                The train of the Reading/ORG crossed the river .
                The Reading engineer was reading a map .""");
        Entity reading = named(entities, "Reading").orElseThrow(() -> new AssertionError(entities));
        assertEquals(List.of("Reading"), mentionTexts(reading));
    }

    @Test
    void leavesAnOccurrenceInsideALongerCapitalisedName() {
        List<Entity> entities = entities("""
                They flew from Mars/LOC .
                Fans cheered at the Bank of Mars and on Mars Street .
                Then they saw Mars again .""");
        Entity mars = named(entities, "Mars").orElseThrow(() -> new AssertionError(entities));
        assertEquals(List.of("Mars", "Mars"), mentionTexts(mars));
    }
}
