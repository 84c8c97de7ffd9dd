package dev.herald.actors;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One phrase of the actor dictionary with its codes in source order. An entry with no codes is a
 * phrase the source marks as naming no actor (e.g. "Indian Ocean", which must not code as India).
 *
 * @param phrase the normalised phrase (see {@link PhraseNormalizer})
 */
public record ActorEntry(String phrase, ActorKind kind, List<DatedCode> codes) {
    public ActorEntry {
        requireNonNull(phrase, "phrase");
        requireNonNull(kind, "kind");
        codes = List.copyOf(codes);
        checkArgument(!phrase.isEmpty(), "phrase is empty");
    }

    /** The first dated code that holds on {@code date}, else the first undated code, else empty. */
    public Optional<ActorCode> codeOn(LocalDate date) {
        requireNonNull(date, "date");
        return codes.stream().filter(c -> c.holdsOn(date)).findFirst()
                .or(() -> codes.stream().filter(c -> !c.isDated()).findFirst())
                .map(DatedCode::code);
    }

    /**
     * The code when no date is known: the code that holds after every date the entry mentions
     * (an open-ended dated code, else the default), or failing that the dated code that ends last.
     */
    public Optional<ActorCode> latestCode() {
        Optional<ActorCode> open = codeOn(LocalDate.MAX);
        if (open.isPresent()) {
            return open;
        }
        DatedCode last = null;
        for (DatedCode code : codes) {
            if (last == null || code.to().orElse(LocalDate.MAX).isAfter(last.to().orElse(LocalDate.MAX))) {
                last = code;
            }
        }
        return Optional.ofNullable(last).map(DatedCode::code);
    }
}
