package dev.herald.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.quotes.eval.PolnearEval;
import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layers;
import dev.herald.spi.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs the stage after the CoreNLP backbone on the seed article and on PolNeAR dev, printing what it finds and the
 * reference scorer's tables. Slow (CoreNLP), so it runs only with {@code -Dherald.corenlp=true}. Entities are
 * approximated from the name mentions (one entity per full name, last names joined to it) until the entities stage
 * can be used here.
 */
class TestQuoteStageEndToEnd {
    private static final Path SHARED = Path.of(System.getProperty("herald.shared", "../../shared"));

    @Test
    void seedArticleAndPolnearDev() throws Exception {
        assumeTrue(Boolean.getBoolean("herald.corenlp"), "set -Dherald.corenlp=true to run CoreNLP end to end");
        CoreNlpBackbone backbone = new CoreNlpBackbone(CoreNlpConfig.defaults());
        QuoteStage stage = QuoteStage.standard();
        Path seed = SHARED.resolve("articles/gallant-pentagon.txt");
        Document seedDoc = stage.apply(withEntities(backbone.apply(Document.of(Article.of("seed",
                Files.readString(seed))))));
        for (Quote q : seedDoc.get(Layers.QUOTES)) {
            System.out.println(q.type() + " | " + q.speakerNames() + " | " + q.cue().map(c -> c.coveredText(
                    seedDoc.text())).orElse("-") + " | " + q.source().map(c -> c.coveredText(seedDoc.text())).orElse("-")
                    + " | " + (q.anonymous() ? "anon " : "") + (q.hedged() ? "hedged " : "") + q.medium().orElse("")
                    + " | " + q.content().stream().map(c -> c.coveredText(seedDoc.text())).toList());
        }
        String split = System.getProperty("herald.polnear", "dev");
        Path gold = SHARED.resolve("eval/quotes/polnear/polnear_" + split + ".jsonl");
        Files.createDirectories(Path.of("target"));
        PolnearEval.run(gold, article -> stage.apply(withEntities(backbone.apply(Document.of(article))))
                .get(Layers.QUOTES), System.out, Optional.of(Path.of("target/polnear-" + split + "-pred.jsonl")));
    }

    static Document withEntities(Document document) {
        List<EntityMention> mentions = document.get(Layers.MENTIONS);
        Map<String, List<EntityMention>> byName = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            String key = m.text();
            if (m.type() == EntityType.PERSON && !key.contains(" ")) {
                for (String name : byName.keySet()) {
                    if (types.get(name) == EntityType.PERSON && name.endsWith(" " + key)) {
                        key = name;
                        break;
                    }
                }
            }
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            types.putIfAbsent(key, m.type());
        }
        List<Entity> entities = new ArrayList<>();
        byName.forEach((name, ms) -> entities.add(new Entity("e" + entities.size(), name, types.get(name), ms,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        entities.sort((a, b) -> a.span().compareTo(b.span()));
        return document.with(Layers.ENTITIES, entities);
    }
}
