package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;

/**
 * Correct, predicted and gold item counts, with precision, recall and F1 in percent computed as conlleval does.
 */
public record Counts(int correct, int predicted, int gold) {
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

    /** F1 from the two percentages, in the reference scorer's order of operations. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
