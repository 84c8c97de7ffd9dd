package dev.herald.quotes;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A linear model that tells true attributions from false ones among the candidates the rules propose, trained
 * as an averaged perceptron on PolNeAR train ({@code TestTrainAttributionModel}). The file is a manifest line and
 * one {@code feature TAB weight} line per feature. Immutable.
 */
public final class AttributionModel {
    private static final String RESOURCE = "attribution-model.tsv";
    private static final String MANIFEST = "# herald-quotes attribution model v1";

    private final Map<String, Double> weights;

    private AttributionModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** One training candidate: its features and whether it matches a gold attribution. */
    public record Example(List<String> features, boolean positive) {
        public Example {
            features = List.copyOf(features);
        }
    }

    /** The model shipped with the module. */
    public static AttributionModel standard() {
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "attribution model resource missing: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "cannot read attribution model: " + e.getMessage(), e);
        }
    }

    /** Reads a model file; fails on a missing manifest or a malformed line. */
    public static AttributionModel parse(String content) {
        String[] lines = content.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(MANIFEST)) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "not an attribution model: first line must be "
                    + MANIFEST);
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
                throw new HeraldException(ErrorCode.MODEL_ERROR, "attribution model line " + (i + 1)
                        + " is malformed: " + lines[i], e);
            }
        }
        return new AttributionModel(weights);
    }

    /** Trains an averaged perceptron over {@code epochs} shuffled passes (fixed seed: the same data gives the same model). */
    public static AttributionModel train(List<Example> examples, int epochs) {
        requireNonNull(examples, "examples");
        checkArgument(epochs >= 1, "epochs must be positive: %s", epochs);
        Map<String, Double> w = new HashMap<>();
        Map<String, Double> total = new HashMap<>();
        Map<String, Integer> stamp = new HashMap<>();
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(42);
        int step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                step++;
                double score = 0;
                for (String f : example.features()) {
                    score += w.getOrDefault(f, 0.0);
                }
                boolean predicted = score >= 0;
                if (predicted == example.positive()) {
                    continue;
                }
                double delta = example.positive() ? 1 : -1;
                for (String f : example.features()) {
                    double old = w.getOrDefault(f, 0.0);
                    total.merge(f, old * (step - stamp.getOrDefault(f, 0)), Double::sum);
                    stamp.put(f, step);
                    w.put(f, old + delta);
                }
            }
        }
        Map<String, Double> averaged = new HashMap<>();
        for (Map.Entry<String, Double> e : w.entrySet()) {
            String f = e.getKey();
            double sum = total.getOrDefault(f, 0.0) + e.getValue() * (step - stamp.getOrDefault(f, 0));
            double value = sum / step;
            if (Math.abs(value) > 1e-6) {
                averaged.put(f, value);
            }
        }
        return new AttributionModel(averaged);
    }

    /** The model's score: positive for an attribution it accepts. */
    public double score(List<String> features) {
        double score = 0;
        for (String f : features) {
            score += weights.getOrDefault(f, 0.0);
        }
        return score;
    }

    /** The score squashed into (0, 1), used as a quote's confidence. */
    public double probability(List<String> features) {
        return 1 / (1 + Math.exp(-4 * score(features)));
    }

    /** The file format {@link #parse} reads, features sorted. */
    public String format() {
        StringBuilder out = new StringBuilder(MANIFEST).append('\n');
        new TreeMap<>(weights).forEach((f, v) -> out.append(f).append('\t').append(String.format(
                Locale.ROOT, "%.6f", v)).append('\n'));
        return out.toString();
    }

    public int size() {
        return weights.size();
    }
}
