package dev.herald.quotes;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Sparse feature weights, the storage of Herald's small trained models: a manifest line naming the model, then one
 * {@code feature TAB weight} line per feature. Immutable.
 */
final class LinearModel {
    private final Map<String, Double> weights;

    LinearModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The model in a resource of this package. */
    static LinearModel resource(String name, String manifest) {
        return parse(PackageResources.text(name, "model"), manifest);
    }

    /** Reads a model file; fails on a missing manifest or a malformed line. */
    static LinearModel parse(String content, String manifest) {
        String[] lines = content.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(manifest)) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "not the expected model: first line must be " + manifest);
        }
        Map<String, Double> weights = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int tab = lines[i].lastIndexOf('\t');
            try {
                weights.put(lines[i].substring(0, tab), Double.parseDouble(lines[i].substring(tab + 1)));
            } catch (RuntimeException e) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "model line " + (i + 1) + " is malformed: "
                        + lines[i], e);
            }
        }
        return new LinearModel(weights);
    }

    double score(List<String> features) {
        double score = 0;
        for (String f : features) {
            score += weights.getOrDefault(f, 0.0);
        }
        return score;
    }

    /** The file format {@link #parse} reads, features sorted. */
    String format(String manifest) {
        StringBuilder out = new StringBuilder(manifest).append('\n');
        new TreeMap<>(weights).forEach((f, v) -> out.append(checkFeature(f)).append('\t').append(String.format(
                Locale.ROOT, "%.6f", v)).append('\n'));
        return out.toString();
    }

    int size() {
        return weights.size();
    }

    /** A feature must stay on its line: one with a line break or a tab would make the file unreadable. */
    private static String checkFeature(String feature) {
        checkArgument(feature.indexOf('\n') < 0 && feature.indexOf('\t') < 0 && feature.indexOf('\r') < 0,
                "feature with a line break or tab: %s", feature);
        return feature;
    }

    /**
     * Online training with averaged weights over {@code epochs} shuffled passes with a fixed seed (the same data gives
     * the same model): {@code learn} scores one example and updates the weights (a perceptron on a mistake, a
     * logistic regression by its gradient).
     */
    static <E> LinearModel trainAveraged(List<E> examples, int epochs, BiConsumer<AveragedWeights, E> learn) {
        requireNonNull(examples, "examples");
        checkArgument(epochs >= 1, "epochs must be positive: %s", epochs);
        AveragedWeights weights = new AveragedWeights();
        List<E> order = new ArrayList<>(examples);
        Random random = new Random(42);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (E example : order) {
                weights.tick();
                learn.accept(weights, example);
            }
        }
        return weights.averaged();
    }

    /**
     * The weights of an online learner while it learns: {@link #tick} before each example, {@link #update} when it
     * learns from one, {@link #averaged} at the end (the average over all steps generalises better than the last
     * weights).
     */
    static final class AveragedWeights {
        private final Map<String, Double> w = new HashMap<>();
        private final Map<String, Double> total = new HashMap<>();
        private final Map<String, Integer> stamp = new HashMap<>();
        private int step;

        double score(List<String> features) {
            double score = 0;
            for (String f : features) {
                score += w.getOrDefault(f, 0.0);
            }
            return score;
        }

        void tick() {
            step++;
        }

        void update(List<String> features, double delta) {
            for (String f : features) {
                double old = w.getOrDefault(f, 0.0);
                total.merge(f, old * (step - stamp.getOrDefault(f, 0)), Double::sum);
                stamp.put(f, step);
                w.put(f, old + delta);
            }
        }

        LinearModel averaged() {
            Map<String, Double> averaged = new HashMap<>();
            for (Map.Entry<String, Double> e : w.entrySet()) {
                String f = e.getKey();
                double value = (total.getOrDefault(f, 0.0) + e.getValue() * (step - stamp.getOrDefault(f, 0)))
                        / Math.max(step, 1);
                if (Math.abs(value) > 1e-6) {
                    averaged.put(f, value);
                }
            }
            return new LinearModel(averaged);
        }
    }
}
