package dev.herald.metrics;

import static dev.herald.spi.Checks.checkArgument;

/**
 * Correct, predicted and gold item counts, with precision, recall and F1 in percent, F1 computed from the two
 * percentages as conlleval and the PolNeAR reference scorer do.
 */
public record Counts(long correct, long predicted, long gold) {
    public Counts {
        checkArgument(correct >= 0 && correct <= predicted && correct <= gold,
                "correct %s must lie in [0, min(predicted %s, gold %s)]", correct, predicted, gold);
    }

    public double precision() {
        return predicted == 0 ? 0.0 : 100.0 * correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0.0 : 100.0 * correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
