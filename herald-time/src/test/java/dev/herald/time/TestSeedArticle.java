package dev.herald.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.spi.TimeExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article of the project, published 2024-06-26, must resolve its relative dates as a reader would. */
class TestSeedArticle {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 26);

    @Test
    void resolvesTheRelativeDatesOfTheSeedArticle() throws IOException {
        Path shared = Path.of(System.getProperty("herald.shared", "../shared"));
        String text = Files.readString(shared.resolve("articles/gallant-pentagon.txt"));
        List<TimeExpression> times = TimeTagger.standard().tag(text, PUBLISHED);

        assertEquals(List.of("2024-06-25", "2024-06-25"), valuesOf(times, "Tuesday"));
        assertEquals(List.of("2024-04"), valuesOf(times, "April"));
        assertEquals(List.of("2024-W25"), valuesOf(times, "last week"));
        assertEquals(List.of("2024-W26"), valuesOf(times, "this week"));
        assertEquals(List.of("2024-07"), valuesOf(times, "mid-July"));
        for (TimeExpression time : times) {
            assertEquals(time.text(), time.span().coveredText(text));
        }
    }

    private static List<String> valuesOf(List<TimeExpression> times, String text) {
        return times.stream().filter(t -> t.text().equals(text)).map(TimeExpression::value).toList();
    }
}
