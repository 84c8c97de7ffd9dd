package dev.herald.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.spi.Article;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Layer;
import dev.herald.spi.Spanned;
import dev.herald.spi.Stage;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Checks the contract every stage keeps: its layers are produced, every span lies inside the text and comes out
 * sorted, a second run gives the same output, and the input document is left unchanged.
 */
public abstract class StageTestCase {

    /** Runs {@code stage} on {@code seed} (a document carrying the layers the stage requires) and checks it. */
    protected static Document checkContract(Stage stage, Document seed) {
        var layersBefore = List.copyOf(seed.layers());
        Document first = stage.apply(seed);
        Document second = stage.apply(seed);
        assertEquals(layersBefore, List.copyOf(seed.layers()), stage.name() + " changed its input document");
        for (Layer<?> layer : stage.produces()) {
            assertTrue(first.has(layer), stage.name() + " did not produce " + layer);
            List<?> items = first.get(layer);
            assertEquals(items, second.get(layer), stage.name() + " is not deterministic on " + layer);
            checkSpans(layer, items, first.text().length());
        }
        return first;
    }

    /**
     * Runs the stage on {@code count} random texts made of words, punctuation, quote marks, digits and stray
     * Unicode, each prepared by {@code prepare} (which adds the required layers).
     */
    protected static void checkRandomArticles(Stage stage, Function<Article, Document> prepare, int count) {
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            Article article = Article.of("random-" + i, RandomText.generate(random, 1 + random.nextInt(400)));
            checkContract(stage, prepare.apply(article));
        }
    }

    private static void checkSpans(Layer<?> layer, List<?> items, int textLength) {
        CharSpan previous = null;
        for (Object item : items) {
            if (!(item instanceof Spanned spanned)) {
                continue;
            }
            CharSpan span = spanned.span();
            assertTrue(span.end() <= textLength, layer + ": span " + span + " outside text of length " + textLength);
            if (previous != null) {
                assertTrue(previous.start() <= span.start(), layer + ": " + span + " comes after " + previous);
            }
            previous = span;
        }
    }
}
