package dev.herald.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.entities.EntityResolver;
import dev.herald.entities.OrganizationCountries;
import dev.herald.quotes.eval.PolnearEval;
import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.Layers;
import dev.herald.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * PolNeAR end to end (CoreNLP, entity resolution, quotes) with the reference scorer's tables, and the time the
 * quote stage adds to the seed article. Slow, so it runs only with {@code -Dherald.corenlp=true}; pick the split
 * with {@code -Dherald.polnear=dev|train}. The split's analyses are cached by {@link ParsedCorpus}.
 */
class TestQuoteStageEndToEnd {
    private static final int WARM_UP = 300;
    private static final int TIMED = 300;

    @Test
    void polnear() throws Exception {
        assumeTrue(Boolean.getBoolean("herald.corenlp"), "set -Dherald.corenlp=true to run CoreNLP end to end");
        CoreNlpBackbone backbone = new CoreNlpBackbone(CoreNlpConfig.defaults());
        EntityResolver entities = new EntityResolver(OrganizationCountries.none());
        QuoteStage stage = QuoteStage.standard();
        Document seed = entities.apply(backbone.apply(Document.of(Article.of("seed",
                SharedData.read("articles/gallant-pentagon.txt")))));
        for (int i = 0; i < WARM_UP; i++) {
            stage.apply(seed);
        }
        long start = System.nanoTime();
        for (int i = 0; i < TIMED; i++) {
            stage.apply(seed);
        }
        System.out.printf("quote stage on the seed article: %.2f ms%n", (System.nanoTime() - start) / 1e6 / TIMED);
        String split = System.getProperty("herald.polnear", "dev");
        Path gold = SharedData.path("eval/quotes/polnear/polnear_" + split + ".jsonl");
        Files.createDirectories(Path.of("target"));
        Map<String, Document> parsed = new HashMap<>();
        ParsedCorpus.load(split).forEach(item -> parsed.put(item.gold().docId(), item.document()));
        Function<Article, Document> analyze = article -> parsed.get(article.id());
        System.out.println("every rule match (QuoteStage.standard()):");
        PolnearEval.run(gold, article -> stage.apply(analyze.apply(article)).get(Layers.QUOTES), System.out,
                Optional.of(Path.of("target/polnear-" + split + "-pred.jsonl")));
        System.out.println("model filter (withMinConfidence(0.5)):");
        QuoteStage filtered = stage.withMinConfidence(0.5);
        PolnearEval.run(gold, article -> filtered.apply(analyze.apply(article)).get(Layers.QUOTES), System.out,
                Optional.of(Path.of("target/polnear-" + split + "-filtered-pred.jsonl")));
    }
}
