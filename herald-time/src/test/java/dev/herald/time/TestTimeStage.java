package dev.herald.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.Layers;
import dev.herald.spi.TimeExpression;
import dev.herald.testing.StageTestCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestTimeStage extends StageTestCase {
    private final TimeStage stage = new TimeStage();

    @Test
    void declaresItsLayers() {
        assertEquals("time", stage.name());
        assertEquals(Set.of(), stage.requires());
        assertEquals(Set.of(Layers.TIMES), stage.produces());
    }

    @Test
    void anchorsOnThePublicationDay() {
        Article article = Article.of("a1", "The minister resigned yesterday.").withPublished(LocalDate.of(2024, 6, 26));
        List<TimeExpression> times = checkContract(stage, Document.of(article)).get(Layers.TIMES);
        assertEquals(List.of("2024-06-25"), times.stream().map(TimeExpression::value).toList());
    }

    @Test
    void leavesValuesUnresolvedWithoutPublicationDay() {
        Document document = checkContract(stage, Document.of(Article.of("a2", "The minister resigned yesterday.")));
        assertEquals(List.of("XXXX-XX-XX"), document.get(Layers.TIMES).stream().map(TimeExpression::value).toList());
    }

    @Test
    void survivesRandomText() {
        checkRandomArticles(stage, Document::of, 200);
    }

    @Test
    void survivesRandomTextWithPublicationDay() {
        checkRandomArticles(stage, article -> Document.of(article.withPublished(LocalDate.of(2024, 2, 29))), 200);
    }
}
