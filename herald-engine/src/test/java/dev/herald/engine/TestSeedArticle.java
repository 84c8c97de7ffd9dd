package dev.herald.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.Layers;
import dev.herald.spi.TimeExpression;
import dev.herald.testing.SharedData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article against its hand annotation (shared/gold/gallant-pentagon.json). */
class TestSeedArticle {
    private static final Set<String> PRONOUNS_AND_COMMON = Set.of("he", "she", "it", "they", "his", "her", "their",
            "the", "war", "official", "officials", "administration", "president", "secretary", "minister");
    private static Document document;
    private static JsonNode gold;

    @BeforeAll
    static void analyze() throws IOException {
        gold = new ObjectMapper().readTree(SharedData.read("gold/gallant-pentagon.json"));
        Article article = Article.of("gallant-pentagon", SharedData.read("articles/gallant-pentagon.txt"))
                .withPublished(LocalDate.parse(gold.get("published").asText()));
        document = StandardPipeline.create().analyze(article);
    }

    @Test
    void findsEveryGoldEntityWithItsTypeRoleCountryAndAffiliation() {
        List<Entity> entities = document.get(Layers.ENTITIES);
        for (JsonNode expected : gold.get("entities")) {
            String name = expected.get("name").asText();
            Entity entity = entities.stream().filter(e -> e.name().equals(name)).findFirst()
                    .orElseGet(() -> fail("no entity named " + name + " in " + names(entities)));
            assertEquals(expected.get("type").asText(), entity.type().name(), name);
            assertField(expected, "role", entity.role(), name);
            assertField(expected, "country", entity.country(), name);
            assertField(expected, "affiliation", entity.affiliation(), name);
            List<String> forms = entity.mentions().stream().map(EntityMention::text).toList();
            for (JsonNode mention : expected.path("mentions")) {
                assertTrue(forms.contains(mention.asText()), name + " lacks mention " + mention + ": " + forms);
            }
        }
    }

    @Test
    void reportsNoPronounOrCommonNounAsEntity() {
        for (Entity entity : document.get(Layers.ENTITIES)) {
            for (EntityMention mention : entity.mentions()) {
                assertFalse(PRONOUNS_AND_COMMON.contains(mention.text().toLowerCase(Locale.ROOT)),
                        "false entity: " + mention);
                assertTrue(Character.isUpperCase(mention.text().codePointAt(0)), "false entity: " + mention);
            }
        }
    }

    @Test
    void normalisesEveryGoldTime() {
        List<TimeExpression> times = document.get(Layers.TIMES);
        for (JsonNode expected : gold.get("times")) {
            String text = expected.get("text").asText();
            List<String> values = times.stream().filter(t -> t.text().equals(text)).map(TimeExpression::value)
                    .toList();
            assertFalse(values.isEmpty(), "time not found: " + text + " in " + times);
            values.forEach(v -> assertEquals(expected.get("value").asText(), v, text));
        }
    }

    @Test
    void everyMentionSpanCoversItsText() {
        String text = document.text();
        for (Entity entity : document.get(Layers.ENTITIES)) {
            for (EntityMention mention : entity.mentions()) {
                assertEquals(mention.text(), mention.span().coveredText(text));
            }
        }
    }

    private static void assertField(JsonNode expected, String field, Optional<String> actual, String name) {
        if (expected.has(field)) {
            assertEquals(Optional.of(expected.get(field).asText()), actual, name + " " + field);
        }
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
