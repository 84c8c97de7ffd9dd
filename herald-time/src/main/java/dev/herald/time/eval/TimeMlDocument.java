package dev.herald.time.eval;

import static dev.herald.spi.Checks.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A TimeML document reduced to what TempEval-3 scores: the plain text of {@code <TEXT>}, the creation time and
 * the gold timexes (code point offsets, sorted by span).
 */
public record TimeMlDocument(String name, String text, Optional<String> dct, List<TimexAnnotation> gold) {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    public TimeMlDocument {
        requireNonNull(name, "name");
        requireNonNull(text, "text");
        requireNonNull(dct, "dct");
        gold = List.copyOf(gold);
    }

    /** The calendar day of the creation time ("1998-02-06T22:19:00" gives 1998-02-06), if it has one. */
    public Optional<LocalDate> anchor() {
        return dct.filter(value -> ISO_DAY.matcher(value).matches())
                .map(value -> LocalDate.parse(value.substring(0, 10)));
    }
}
