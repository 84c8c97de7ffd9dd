package dev.herald.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.core.output.JsonOutput;
import dev.herald.core.pipeline.Pipeline;
import dev.herald.spi.Article;
import dev.herald.testing.SharedData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON a user gets for the seed article: the documented schema, evidence spans, byte-identical reruns. */
class TestJsonOutput {
    private static final List<String> LAYERS = List.of("entities", "times", "quotes", "provenance");
    private static String text;
    private static String json;
    private static Pipeline pipeline;

    @BeforeAll
    static void analyze() {
        text = SharedData.read("articles/gallant-pentagon.txt");
        pipeline = StandardPipeline.create();
        json = JsonOutput.write(pipeline.analyze(article()));
    }

    private static Article article() {
        return Article.of("gallant-pentagon", text).withPublished(LocalDate.of(2024, 6, 26));
    }

    @Test
    void everyRecordQuotesItsEvidence() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("herald/1", root.get("schema").asText());
        assertEquals("2024-06-26", root.at("/article/published").asText());
        for (String layer : LAYERS) {
            JsonNode items = root.get(layer);
            assertTrue(items.isArray() && items.size() > 0, layer + " missing or empty");
            int previousStart = -1;
            for (JsonNode item : items) {
                checkSpan(item, layer);
                assertTrue(item.get("start").asInt() >= previousStart, layer + " not sorted at " + item);
                previousStart = item.get("start").asInt();
            }
        }
        for (JsonNode entity : root.get("entities")) {
            entity.get("mentions").forEach(m -> checkSpan(m, "entity mention"));
        }
        for (JsonNode quote : root.get("quotes")) {
            quote.get("content").forEach(c -> checkSpan(c, "quote content"));
        }
    }

    @Test
    void rerunsAreByteIdentical() {
        assertEquals(json, JsonOutput.write(pipeline.analyze(article())));
    }

    private static void checkSpan(JsonNode item, String what) {
        int start = item.get("start").asInt();
        int end = item.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(), what + " span outside text: " + item);
        assertEquals(text.substring(start, end), item.get("text").asText(), what + " text differs from its span");
    }
}
