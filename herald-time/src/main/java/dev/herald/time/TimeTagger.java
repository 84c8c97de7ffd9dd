package dev.herald.time;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.CharSpan;
import dev.herald.spi.TimeExpression;
import dev.herald.time.Rule.Context;
import dev.herald.time.Rule.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds time expressions in English news text and normalises them to TIMEX3 values (TimeML / TempEval-3
 * conventions), with a rule grammar over the raw text.
 *
 * <p>Relative expressions resolve against the anchor, the article's publication day: "yesterday" is the day
 * before it, "last week" its previous ISO week ({@code 2024-W25}), a weekday or a month name alone is the one
 * the tense of its sentence points to ("said Tuesday" is the most recent Tuesday, "will meet on Monday" the next
 * Monday; "April" in a June 2024 article is {@code 2024-04}). Without an anchor the fields that depend on it are
 * left unknown in TIMEX3 style: "April" gives {@code XXXX-04}, "yesterday" {@code XXXX-XX-XX}, "last week"
 * {@code XXXX-WXX}, "Tuesday" {@code XXXX-WXX-2}; absolute dates, durations and sets are unaffected.
 *
 * <p>Immutable and thread-safe: a call keeps no state, so one instance serves any number of documents and
 * threads. Output is sorted by span, with no two expressions overlapping; the longest match wins at each
 * position.
 */
public final class TimeTagger {
    private static final TimeTagger STANDARD = new TimeTagger(Grammar.rules());

    private final List<Rule> rules;

    private TimeTagger(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The English news grammar. */
    public static TimeTagger standard() {
        return STANDARD;
    }

    /** Tags {@code text} with relative expressions resolved against {@code anchor}. */
    public List<TimeExpression> tag(String text, LocalDate anchor) {
        return tag(text, Optional.of(requireNonNull(anchor, "anchor")));
    }

    /** Tags {@code text}; with an empty {@code anchor}, relative values keep TIMEX3 unknowns ("XXXX-04"). */
    public List<TimeExpression> tag(String text, Optional<LocalDate> anchor) {
        requireNonNull(text, "text");
        Anchor resolved = new Anchor(requireNonNull(anchor, "anchor"));
        record Candidate(int start, int end, int rule, Timex timex) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Matcher matcher = rules.get(i).pattern().matcher(text);
            int from = 0;
            while (from <= text.length() && matcher.find(from)) {
                int start = matcher.start();
                int end = matcher.end();
                if (end > start) {
                    Optional<Timex> timex = rules.get(i).normaliser()
                            .normalise(matcher, new Context(text, start, end, resolved));
                    if (timex.isPresent()) {
                        candidates.add(new Candidate(start, end, i, timex.get()));
                    }
                }
                from = start + 1;
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
                .thenComparingInt(Candidate::rule));
        List<TimeExpression> chosen = new ArrayList<>();
        int covered = 0;
        for (Candidate candidate : candidates) {
            if (candidate.start() < covered) {
                continue;
            }
            CharSpan span = new CharSpan(candidate.start(), candidate.end());
            chosen.add(new TimeExpression(span, span.coveredText(text), candidate.timex().type(),
                    candidate.timex().value()));
            covered = candidate.end();
        }
        return List.copyOf(chosen);
    }
}
