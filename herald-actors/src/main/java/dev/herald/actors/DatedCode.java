package dev.herald.actors;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An actor code that holds from {@code from} to {@code to}, both inclusive; an absent bound is open.
 * A code with neither bound is the default that holds when no dated code does.
 */
public record DatedCode(ActorCode code, Optional<LocalDate> from, Optional<LocalDate> to) {
    public DatedCode {
        requireNonNull(code, "code");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        checkArgument(from.isEmpty() || to.isEmpty() || !to.get().isBefore(from.get()),
                "date range ends before it starts: %s..%s", from.orElse(null), to.orElse(null));
    }

    /** A default code, with no date restriction. */
    public static DatedCode undated(ActorCode code) {
        return new DatedCode(code, Optional.empty(), Optional.empty());
    }

    public boolean isDated() {
        return from.isPresent() || to.isPresent();
    }

    /** Whether this code holds on {@code date}; always false for an undated code. */
    public boolean holdsOn(LocalDate date) {
        requireNonNull(date, "date");
        return isDated()
                && from.map(start -> !date.isBefore(start)).orElse(true)
                && to.map(end -> !date.isAfter(end)).orElse(true);
    }
}
