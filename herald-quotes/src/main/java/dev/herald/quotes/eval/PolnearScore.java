package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.metrics.Counts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The counts of one scoring run and the table the reference scorer prints for them.
 *
 * @param roles counts keyed {@code role + "/" + mode}, e.g. {@code "source/exact"}
 * @param attribution fully correct attributions: content overlap and source exact
 */
public record PolnearScore(long documents, long goldAttributions, long predictedQuotes, List<String> modes,
        Map<String, Counts> roles, Counts attribution) {

    public PolnearScore {
        modes = List.copyOf(modes);
        roles = Map.copyOf(roles);
        requireNonNull(attribution, "attribution");
    }

    public Counts role(String role, String mode) {
        Counts counts = roles.get(role + "/" + mode);
        checkArgument(counts != null, "no counts for role %s and mode %s", role, mode);
        return counts;
    }

    /** The lines the reference scorer prints, header first when it is not empty. */
    public List<String> report(String header) {
        List<String> lines = new ArrayList<>();
        if (!header.isEmpty()) {
            lines.add(header);
        }
        lines.add("docs=" + documents + " gold_attributions=" + goldAttributions + " pred_quotes=" + predictedQuotes);
        lines.add(String.format("%-8s %-9s %6s %6s %6s %6s %6s %6s", "role", "match", "gold", "pred", "tp", "P", "R",
                "F1"));
        for (String role : PolnearScorer.ROLES) {
            for (String mode : modes) {
                Counts c = role(role, mode);
                lines.add(String.format("%-8s %-9s %6d %6d %6d %6s %6s %6s", role, mode, c.gold(), c.predicted(),
                        c.correct(), fixed1(c.precision()), fixed1(c.recall()), fixed1(c.f1())));
            }
        }
        Counts a = attribution;
        lines.add(String.format("%-18s %6d %6d %6d %6s %6s %6s   (content overlap AND source exact)", "attribution",
                a.gold(), a.predicted(), a.correct(), fixed1(a.precision()), fixed1(a.recall()), fixed1(a.f1())));
        lines.add("source_exact_f1=" + fixed1(role("source", "exact").f1())
                + " cue_exact_f1=" + fixed1(role("cue", "exact").f1())
                + " content_exact_f1=" + fixed1(role("content", "exact").f1())
                + " content_overlap_f1=" + fixed1(role("content", "overlap").f1())
                + " attribution_f1=" + fixed1(a.f1()));
        return lines;
    }

    /** Python's {@code %.1f}: the exact binary value rounded half-even, which {@link String#format} does not do. */
    static String fixed1(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
