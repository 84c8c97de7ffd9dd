package dev.herald.actors;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code such as {@code USAMIL}, {@code LBNREB} or {@code IGOUNO}: a sequence of
 * three-character groups, the first of which is a country when it is one of CAMEO's country codes.
 */
public record ActorCode(String code) {
    private static final Pattern SHAPE = Pattern.compile("(?:[A-Z0-9]{3})+");

    public ActorCode {
        requireNonNull(code, "code");
        checkArgument(SHAPE.matcher(code).matches(), "actor code must be groups of three capitals or digits: %s", code);
    }

    /** The country, e.g. {@code USA} for {@code USAMIL}; empty for codes such as {@code IGOUNO} or {@code REB}. */
    public Optional<String> country() {
        String first = code.substring(0, 3);
        return CountryCodes.isCountry(first) ? Optional.of(first) : Optional.empty();
    }

    /** The three-character groups after the country, or all groups when the code has no country. */
    public List<String> sectors() {
        List<String> sectors = new ArrayList<>();
        for (int i = country().isPresent() ? 3 : 0; i < code.length(); i += 3) {
            sectors.add(code.substring(i, i + 3));
        }
        return List.copyOf(sectors);
    }

    @Override
    public String toString() {
        return code;
    }
}
