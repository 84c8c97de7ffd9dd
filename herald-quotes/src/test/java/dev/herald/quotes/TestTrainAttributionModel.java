package dev.herald.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.entities.EntityResolver;
import dev.herald.entities.OrganizationCountries;
import dev.herald.quotes.eval.PolnearAttribution;
import dev.herald.quotes.eval.PolnearDocument;
import dev.herald.quotes.eval.PolnearFiles;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retrains the shipped {@link AttributionModel} from PolNeAR train only: the rules propose candidates on every
 * training document (CoreNLP and entity resolution first), a candidate is positive when its content overlaps a
 * gold content and its cue a gold cue, and an averaged perceptron learns to tell them apart. The last tenth of
 * train is held out first to print the filter's precision and recall, then the model is trained on all of train
 * and written to {@code src/main/resources}. Opt-in: {@code -Dherald.train=true}. Cannot catch: gold attributions
 * that no rule proposes (recall lost before the model).
 */
class TestTrainAttributionModel {
    private static final int EPOCHS = 10;
    private static final Path OUT = Path.of("src/main/resources/dev/herald/quotes/attribution-model.tsv");

    @Test
    void train() throws Exception {
        assumeTrue(Boolean.getBoolean("herald.train"), "set -Dherald.train=true to retrain the attribution model");
        CoreNlpBackbone backbone = new CoreNlpBackbone(CoreNlpConfig.defaults());
        EntityResolver entities = new EntityResolver(OrganizationCountries.none());
        QuoteStage stage = QuoteStage.standard();
        List<PolnearDocument> documents = List.copyOf(PolnearFiles.firstAnnotations(PolnearFiles.readGold(
                SharedData.path("eval/quotes/polnear/polnear_train.jsonl"))).values());
        List<List<AttributionModel.Example>> perDocument = documents.parallelStream()
                .map(d -> examples(d, stage.candidates(entities.apply(backbone.apply(Document.of(d.toArticle()))))))
                .toList();
        int split = perDocument.size() * 9 / 10;
        AttributionModel heldOut = AttributionModel.train(flatten(perDocument.subList(0, split)), EPOCHS);
        report(heldOut, flatten(perDocument.subList(split, perDocument.size())));
        AttributionModel model = AttributionModel.train(flatten(perDocument), EPOCHS);
        Files.writeString(OUT, model.format(), StandardCharsets.UTF_8);
        System.out.println("wrote " + OUT + ": " + model.size() + " features");
    }

    private static List<AttributionModel.Example> examples(PolnearDocument document,
            List<QuoteFinder.Candidate> candidates) {
        List<AttributionModel.Example> out = new ArrayList<>();
        for (QuoteFinder.Candidate candidate : candidates) {
            boolean positive = false;
            for (PolnearAttribution gold : document.attributions()) {
                boolean content = intersects(gold.content(), candidate.quote().content());
                boolean cue = candidate.quote().cue().map(c -> intersects(gold.cue(), List.of(c))).orElse(true);
                positive |= content && cue;
            }
            out.add(new AttributionModel.Example(candidate.features(), positive));
        }
        return out;
    }

    private static boolean intersects(List<CharSpan> a, List<CharSpan> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::intersects));
    }

    private static List<AttributionModel.Example> flatten(List<List<AttributionModel.Example>> lists) {
        return lists.stream().flatMap(List::stream).toList();
    }

    private static void report(AttributionModel model, List<AttributionModel.Example> examples) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int positives = 0;
        for (AttributionModel.Example e : examples) {
            boolean kept = model.score(e.features()) >= 0;
            positives += e.positive() ? 1 : 0;
            tp += kept && e.positive() ? 1 : 0;
            fp += kept && !e.positive() ? 1 : 0;
            fn += !kept && e.positive() ? 1 : 0;
        }
        System.out.printf("held-out tenth of train: %d candidates, %d positive; rules alone precision %.1f; "
                + "with the model kept %d, precision %.1f, recall %.1f%n", examples.size(), positives,
                100.0 * positives / Math.max(1, examples.size()), tp + fp, 100.0 * tp / Math.max(1, tp + fp),
                100.0 * tp / Math.max(1, tp + fn));
    }
}
