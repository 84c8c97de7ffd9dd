package dev.herald.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Retrains the shipped {@link AttributionModel} and {@link BoundsModel} from PolNeAR train only: the rules propose
 * candidates on every training document (CoreNLP and entity resolution first, cached by {@link ParsedCorpus}), a
 * candidate is positive when its content overlaps a gold content and its cue a gold cue ({@link Training}), and a
 * logistic regression learns to tell them apart; the bounds ranker then learns the annotators' content bounds. The
 * models are written to {@code src/main/resources}; {@code TestPolnearHeldOut} scores the same recipe on held-out
 * parts of train. Opt-in: {@code -Dherald.train=true}. Cannot catch: gold
 * attributions that no rule proposes (recall lost before the model).
 */
class TestTrainAttributionModel {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/herald/quotes");

    @Test
    void train() throws Exception {
        assumeTrue(Boolean.getBoolean("herald.train"), "set -Dherald.train=true to retrain the attribution model");
        Training.Models models = Training.train(ParsedCorpus.load("train"));
        Files.writeString(RESOURCES.resolve("attribution-model.tsv"), models.attribution().format(),
                StandardCharsets.UTF_8);
        Files.writeString(RESOURCES.resolve("bounds-model.tsv"), models.bounds().format(), StandardCharsets.UTF_8);
        System.out.printf("wrote %s: attribution model %d features, bounds model %d features%n", RESOURCES,
                models.attribution().size(), models.bounds().size());
    }
}
