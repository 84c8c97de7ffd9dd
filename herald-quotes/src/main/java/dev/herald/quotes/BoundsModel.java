package dev.herald.quotes;

import static dev.herald.spi.Checks.checkArgument;

import java.util.List;
import java.util.Map;

/**
 * Ranks the places where a content could start or end ({@link ContentBounds}): a linear model over each place's
 * features, trained as an averaged ranking perceptron on PolNeAR train ({@code TestTrainAttributionModel}).
 * Immutable.
 */
public final class BoundsModel {
    private static final String RESOURCE = "bounds-model.tsv";
    private static final String MANIFEST = "# herald-quotes content bounds model v1";

    private final LinearModel weights;

    private BoundsModel(LinearModel weights) {
        this.weights = weights;
    }

    /**
     * One choice to learn from: the features of each place, and which place the annotators chose.
     *
     * @param gold the index of the right place in {@code candidates}
     */
    public record Example(List<List<String>> candidates, int gold) {
        public Example {
            candidates = candidates.stream().map(List::copyOf).toList();
            checkArgument(0 <= gold && gold < candidates.size(), "gold index out of range: %s", gold);
        }
    }

    /** The model shipped with the module. */
    public static BoundsModel standard() {
        return new BoundsModel(LinearModel.resource(RESOURCE, MANIFEST));
    }

    public static BoundsModel parse(String content) {
        return new BoundsModel(LinearModel.parse(content, MANIFEST));
    }

    /** A model with no weights: every place scores 0 and the first, the rules' own bound, wins. */
    public static BoundsModel untrained() {
        return new BoundsModel(new LinearModel(Map.of()));
    }

    /** Trains over {@code epochs} shuffled passes with a fixed seed. */
    public static BoundsModel train(List<Example> examples, int epochs) {
        return new BoundsModel(LinearModel.trainAveraged(examples, epochs, (weights, example) -> {
            int best = best(example.candidates(), weights::score);
            if (best != example.gold()) {
                weights.update(example.candidates().get(example.gold()), 1);
                weights.update(example.candidates().get(best), -1);
            }
        }));
    }

    /** The index of the best-scoring place; ties go to the earlier one. */
    public int best(List<List<String>> candidates) {
        return best(candidates, weights::score);
    }

    private static int best(List<List<String>> candidates, java.util.function.ToDoubleFunction<List<String>> score) {
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double s = score.applyAsDouble(candidates.get(i));
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    public String format() {
        return weights.format(MANIFEST);
    }

    public int size() {
        return weights.size();
    }
}
