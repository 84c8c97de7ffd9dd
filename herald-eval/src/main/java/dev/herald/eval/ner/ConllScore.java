package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.metrics.Counts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The result of {@link ConllScorer}: gold and predicted entities over a corpus and the token-tag agreement.
 *
 * @param sameTags tokens whose predicted tag equals the gold tag literally
 * @param boundariesDiffer whether the prediction's sentence boundaries differ from gold's (gold's are used)
 */
public record ConllScore(int tokens, int sameTags, Set<Chunk> gold, Set<Chunk> predicted,
        boolean boundariesDiffer) {
    /** The types of the PER/ORG/LOC measure, which leaves MISC out. */
    public static final Set<String> PER_ORG_LOC = Set.of("PER", "ORG", "LOC");

    public ConllScore {
        checkArgument(0 <= sameTags && sameTags <= tokens, "sameTags %s outside [0, %s]", sameTags, tokens);
        gold = Set.copyOf(requireNonNull(gold, "gold"));
        predicted = Set.copyOf(requireNonNull(predicted, "predicted"));
    }

    public Counts overall() {
        return counts(type -> true);
    }

    public Counts type(String type) {
        requireNonNull(type, "type");
        return counts(type::equals);
    }

    /** The measure with MISC (and any other type) left out of gold and predictions. */
    public Counts perOrgLoc() {
        return counts(PER_ORG_LOC::contains);
    }

    /** Token accuracy in percent. */
    public double accuracy() {
        return tokens == 0 ? 0.0 : 100.0 * sameTags / tokens;
    }

    /** Gold and predicted types, sorted. */
    public List<String> types() {
        Set<String> types = new TreeSet<>();
        gold.forEach(c -> types.add(c.type()));
        predicted.forEach(c -> types.add(c.type()));
        return List.copyOf(types);
    }

    /** Exactly the lines {@code conll_score.py} prints to standard output for the same files. */
    public List<String> report() {
        Counts all = overall();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("processed %d tokens with %d phrases; found: %d phrases; correct: %d.", tokens,
                all.gold(), all.predicted(), all.correct()));
        lines.add("accuracy: " + fixed(accuracy(), 6) + "%; precision: " + fixed(all.precision(), 6)
                + "%; recall: " + fixed(all.recall(), 6) + "%; FB1: " + fixed(all.f1(), 6));
        for (String type : types()) {
            lines.add(typeLine(type, type(type)));
        }
        Counts three = perOrgLoc();
        lines.add(typeLine("PER/ORG/LOC", three));
        lines.add("f1_all=" + fixed(all.f1(), 0) + " f1_per_org_loc=" + fixed(three.f1(), 0));
        return lines;
    }

    private Counts counts(Predicate<String> keep) {
        Set<Chunk> g = new HashSet<>();
        gold.stream().filter(c -> keep.test(c.type())).forEach(g::add);
        int p = (int) predicted.stream().filter(c -> keep.test(c.type())).count();
        int correct = (int) predicted.stream().filter(c -> keep.test(c.type()) && g.contains(c)).count();
        return new Counts(correct, p, g.size());
    }

    private static String typeLine(String name, Counts c) {
        return String.format("%17s", name) + ": precision: " + fixed(c.precision(), 6) + "%; recall: "
                + fixed(c.recall(), 6) + "%; FB1: " + fixed(c.f1(), 6) + "  " + c.predicted() + "  (gold "
                + c.gold() + ", correct " + c.correct() + ")";
    }

    /**
     * Python's {@code %W.2f}: the double's exact binary value rounded half-even, which {@link String#format}
     * does not do ({@code 0.125} gives {@code 0.12} in Python, {@code 0.13} in Java).
     */
    static String fixed(double value, int width) {
        String digits = new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        return " ".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
