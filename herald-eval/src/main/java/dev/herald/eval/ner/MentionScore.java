package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.metrics.Counts;
import java.util.Map;

/**
 * Mention-level scores against MEANTIME.
 *
 * @param types exact-span counts for PER, ORG and LOC
 * @param perOrgLoc exact-span counts over the three types together
 * @param overlapGoldFound gold mentions overlapped by a prediction of their type
 * @param overlapPredictedRight predictions overlapping a gold mention of their type
 * @param ignored predictions not scored because their span is exactly a gold mention of an unscored syntactic
 *     type (MEANTIME leaves many names untyped, e.g. "Canada" with an empty syntactic_type)
 * @param misc Herald MISC mentions, not scored: MEANTIME has no such class
 */
public record MentionScore(Map<String, Counts> types, Counts perOrgLoc, int overlapGoldFound,
        int overlapPredictedRight, int ignored, int misc) {
    public MentionScore {
        types = Map.copyOf(types);
        requireNonNull(perOrgLoc, "perOrgLoc");
        checkArgument(overlapGoldFound <= perOrgLoc.gold() && overlapPredictedRight <= perOrgLoc.predicted(),
                "overlap counts %s/%s exceed gold %s or predicted %s", overlapGoldFound, overlapPredictedRight,
                perOrgLoc.gold(), perOrgLoc.predicted());
        checkArgument(ignored >= 0 && misc >= 0, "negative counts: ignored %s, misc %s", ignored, misc);
    }

    public Counts type(String type) {
        Counts counts = types.get(type);
        checkArgument(counts != null, "no counts for type %s", type);
        return counts;
    }

    public double overlapPrecision() {
        return perOrgLoc.predicted() == 0 ? 0.0 : 100.0 * overlapPredictedRight / perOrgLoc.predicted();
    }

    public double overlapRecall() {
        return perOrgLoc.gold() == 0 ? 0.0 : 100.0 * overlapGoldFound / perOrgLoc.gold();
    }

    public double overlapF1() {
        double p = overlapPrecision();
        double r = overlapRecall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
