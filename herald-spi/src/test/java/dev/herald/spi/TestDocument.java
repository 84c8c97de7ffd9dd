package dev.herald.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestDocument {
    private final Document document = Document.of(Article.of("a", "Gallant said."));

    @Test
    void addingALayerLeavesTheOriginalUnchanged() {
        Document next = document.with(Layers.TIMES, List.of());
        assertTrue(next.has(Layers.TIMES));
        assertFalse(document.has(Layers.TIMES));
    }

    @Test
    void refusesSpansOutsideTheText() {
        TimeExpression outside = new TimeExpression(new CharSpan(10, 20), "x", TimeType.DATE, "2024");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> document.with(Layers.TIMES, List.of(outside)));
        assertEquals("layer times: span [10..20) outside text of length 13", e.getMessage());
    }

    @Test
    void copiesTheListItIsGiven() {
        List<TimeExpression> times = new ArrayList<>();
        Document next = document.with(Layers.TIMES, times);
        times.add(new TimeExpression(new CharSpan(0, 1), "G", TimeType.DATE, "2024"));
        assertEquals(List.of(), next.get(Layers.TIMES));
    }

    @Test
    void readingAMissingLayerNamesIt() {
        assertEquals("layer entities has not been produced",
                assertThrows(IllegalArgumentException.class, () -> document.get(Layers.ENTITIES)).getMessage());
    }
}
