package dev.herald.quotes;

import java.util.List;
import java.util.Map;

/**
 * A logistic regression that tells true attributions from false ones among the candidates the rules propose,
 * trained by stochastic gradient with averaged weights on PolNeAR train ({@code TestTrainAttributionModel}), so
 * that its probability is a confidence a user can read. The file is a manifest line and one
 * {@code feature TAB weight} line per feature. Immutable.
 */
public final class AttributionModel {
    private static final String RESOURCE = "attribution-model.tsv";
    private static final String MANIFEST = "# herald-quotes attribution model v2";
    private static final double LEARNING_RATE = 0.2;

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

    /** Trains over {@code epochs} shuffled passes (fixed seed: the same data gives the same model). */
    public static AttributionModel train(List<Example> examples, int epochs) {
        return new AttributionModel(LinearModel.trainAveraged(examples, epochs, (weights, example) -> {
            double p = sigmoid(weights.score(example.features()));
            weights.update(example.features(), LEARNING_RATE * ((example.positive() ? 1 : 0) - p));
        }));
    }

    /** The model's score: positive for an attribution it accepts. */
    public double score(List<String> features) {
        return weights.score(features);
    }

    /** The probability that the candidate is an attribution, used as a quote's confidence. */
    public double probability(List<String> features) {
        return sigmoid(score(features));
    }

    private static double sigmoid(double score) {
        return 1 / (1 + Math.exp(-score));
    }

    /** The file format {@link #parse} reads, features sorted. */
    public String format() {
        return weights.format(MANIFEST);
    }

    public int size() {
        return weights.size();
    }
}
