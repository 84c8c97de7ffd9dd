package dev.herald.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestCharSpan {
    @Test
    void rejectsNegativeAndInvertedSpans() {
        assertEquals("bad span [-1..2)", assertThrows(IllegalArgumentException.class, () -> new CharSpan(-1, 2))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 4));
    }

    @Test
    void relatesSpans() {
        CharSpan outer = new CharSpan(3, 9);
        assertTrue(outer.contains(new CharSpan(3, 9)));
        assertTrue(outer.intersects(new CharSpan(8, 12)));
        assertTrue(outer.crosses(new CharSpan(8, 12)));
        assertFalse(outer.crosses(new CharSpan(4, 5)));
        assertFalse(outer.intersects(new CharSpan(9, 10)));
        assertEquals("[3..9)", outer.toString());
    }

    @Test
    void coveredTextChecksTheTextLength() {
        assertEquals("lo", new CharSpan(3, 5).coveredText("hello"));
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(3, 9).coveredText("hello"));
    }
}
