package dev.herald.time.eval;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Micro-averaged TempEval-3 counts over one or more documents, with the measures of {@code te3_score.py}:
 * strict and relaxed P/R/F1, type and value accuracy over the relaxed matches, and type/value F1 (accuracy
 * times relaxed F1).
 *
 * @param byType per gold type: gold count, relaxed-found, strict, value-correct
 */
public record TempEvalScore(int documents, int gold, int predicted, int relaxed, int strict, int typeCorrect,
        int valueCorrect, Map<String, TypeCounts> byType) {

    /** Counts for the gold timexes of one type. */
    public record TypeCounts(int gold, int relaxed, int strict, int valueCorrect) {
        TypeCounts plus(TypeCounts other) {
            return new TypeCounts(gold + other.gold, relaxed + other.relaxed, strict + other.strict,
                    valueCorrect + other.valueCorrect);
        }
    }

    public TempEvalScore {
        checkArgument(documents >= 0 && gold >= 0 && predicted >= 0, "negative count");
        checkArgument(relaxed <= Math.min(gold, predicted) && strict <= relaxed, "bad match counts %s/%s",
                relaxed, strict);
        byType = new TreeMap<>(requireNonNull(byType, "byType"));
    }

    /** No documents at all. */
    public static TempEvalScore empty() {
        return new TempEvalScore(0, 0, 0, 0, 0, 0, 0, Map.of());
    }

    /** The counts of both scores added up. */
    public TempEvalScore plus(TempEvalScore other) {
        Map<String, TypeCounts> types = new TreeMap<>(byType);
        other.byType.forEach((type, counts) -> types.merge(type, counts, TypeCounts::plus));
        return new TempEvalScore(documents + other.documents, gold + other.gold, predicted + other.predicted,
                relaxed + other.relaxed, strict + other.strict, typeCorrect + other.typeCorrect,
                valueCorrect + other.valueCorrect, types);
    }

    public double strictPrecision() {
        return ratio(strict, predicted);
    }

    public double strictRecall() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return empty(gold, predicted) ? 1.0 : f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxed, predicted);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return empty(gold, predicted) ? 1.0 : f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeAccuracy() {
        return ratio(typeCorrect, relaxed);
    }

    public double valueAccuracy() {
        return ratio(valueCorrect, relaxed);
    }

    public double typeF1() {
        return empty(gold, predicted) ? 1.0 : typeAccuracy() * relaxedF1();
    }

    public double valueF1() {
        return empty(gold, predicted) ? 1.0 : valueAccuracy() * relaxedF1();
    }

    /** The table {@code te3_score.py} prints, ending with {@code relaxed_f1=.. strict_f1=.. value_f1=..}. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("documents=").append(documents).append(" gold_timexes=").append(gold)
                .append(" predicted=").append(predicted).append(" relaxed_matches=").append(relaxed)
                .append(" strict_matches=").append(strict).append(" type_correct=").append(typeCorrect)
                .append(" value_correct=").append(valueCorrect).append('\n');
        out.append(String.format("%-9s %7s %7s %7s", "", "P", "R", "F1")).append('\n');
        out.append(row("strict", strictPrecision(), strictRecall(), strictF1()));
        out.append(row("relaxed", relaxedPrecision(), relaxedRecall(), relaxedF1()));
        out.append("type  accuracy ").append(pad(percent(typeAccuracy()), 6)).append("  type  F1 ")
                .append(pad(percent(typeF1()), 6)).append('\n');
        out.append("value accuracy ").append(pad(percent(valueAccuracy()), 6)).append("  value F1 ")
                .append(pad(percent(valueF1()), 6)).append('\n');
        out.append("by gold type (gold / relaxed-found / strict / value-correct): ")
                .append(byType.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().gold() + "/" + e.getValue().relaxed() + "/"
                                + e.getValue().strict() + "/" + e.getValue().valueCorrect())
                        .collect(Collectors.joining(", ")))
                .append('\n');
        out.append(summary()).append('\n');
        return out.toString();
    }

    /** The final line: {@code relaxed_f1=.. strict_f1=.. value_f1=..} in percent. */
    public String summary() {
        return "relaxed_f1=" + percent(relaxedF1()) + " strict_f1=" + percent(strictF1()) + " value_f1="
                + percent(valueF1());
    }

    private static String row(String name, double p, double r, double f) {
        return String.format("%-9s", name) + " " + pad(percent(p), 7) + " " + pad(percent(r), 7) + " "
                + pad(percent(f), 7) + "\n";
    }

    /** Python's {@code "%.2f" % (100.0 * x)}: the exact binary value rounded half-even. */
    private static String percent(double fraction) {
        return new BigDecimal(100.0 * fraction).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static boolean empty(int gold, int predicted) {
        return gold == 0 && predicted == 0;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
