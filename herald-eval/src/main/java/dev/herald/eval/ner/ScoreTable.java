package dev.herald.eval.ner;

import dev.herald.metrics.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A side-by-side table of counts, one row per type and one column group per system. */
final class ScoreTable {
    /** One row: the type, its gold count and one {@link Counts} per system, in column order. */
    record Row(String name, List<Counts> systems) {
        Row {
            systems = List.copyOf(systems);
        }
    }

    private ScoreTable() {}

    static List<String> lines(List<String> systems, List<Row> rows) {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s", "", ""));
        StringBuilder columns = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s", "type", "gold"));
        for (String system : systems) {
            head.append(String.format(Locale.ROOT, " | %-34s", system));
            columns.append(String.format(Locale.ROOT, " | %6s %6s %6s %6s %6s", "pred", "right", "P", "R", "F1"));
        }
        lines.add(head.toString().stripTrailing());
        lines.add(columns.toString());
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(
                    String.format(Locale.ROOT, "%-12s %6d", row.name(), row.systems().get(0).gold()));
            for (Counts c : row.systems()) {
                line.append(String.format(Locale.ROOT, " | %6d %6d %s %s %s", c.predicted(), c.correct(),
                        ConllScore.fixed(c.precision(), 6), ConllScore.fixed(c.recall(), 6),
                        ConllScore.fixed(c.f1(), 6)));
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
