package dev.herald.quotes;

import java.util.List;
import java.util.Map;

/**
 * A linear model that tells true attributions from false ones among the candidates the rules propose, trained
 * as an averaged perceptron on PolNeAR train ({@code TestTrainAttributionModel}). The file is a manifest line and
 * one {@code feature TAB weight} line per feature. Immutable.
 */
public final class AttributionModel {
    private static final String RESOURCE = "attribution-model.tsv";
    private static final String MANIFEST = "# herald-quotes attribution model v1";

    private final LinearModel weights;

    private AttributionModel(LinearModel weights) {
        this.weights = weights;
    }

    /** One training candidate: its features and whether it matches a gold attribution. */
    public record Example(List<String> features, boolean positive) {
        public Example {
            features = List.copyOf(features);
        }
    }

    /** The model shipped with the module. */
    public static AttributionModel standard() {
        return new AttributionModel(LinearModel.resource(RESOURCE, MANIFEST));
    }

    /** Reads a model file; fails on a missing manifest or a malformed line. */
    public static AttributionModel parse(String content) {
        return new AttributionModel(LinearModel.parse(content, MANIFEST));
    }

    /** A model with no weights: every candidate gets probability 0.5, so it rejects none. */
    public static AttributionModel untrained() {
        return new AttributionModel(new LinearModel(Map.of()));
    }

    /**
     * Trains an averaged perceptron over {@code epochs} shuffled passes (fixed seed: the same data gives the same
     * model).
     */
    public static AttributionModel train(List<Example> examples, int epochs) {
        return new AttributionModel(LinearModel.trainAveraged(examples, epochs, (perceptron, example) -> {
            if ((perceptron.score(example.features()) >= 0) != example.positive()) {
                perceptron.update(example.features(), example.positive() ? 1 : -1);
            }
        }));
    }

    /** The model's score: positive for an attribution it accepts. */
    public double score(List<String> features) {
        return weights.score(features);
    }

    /** The score squashed into (0, 1), used as a quote's confidence. */
    public double probability(List<String> features) {
        return 1 / (1 + Math.exp(-4 * score(features)));
    }

    /** The file format {@link #parse} reads, features sorted. */
    public String format() {
        return weights.format(MANIFEST);
    }

    public int size() {
        return weights.size();
    }
}
