package dev.herald.actors;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** CAMEO's three-letter country codes, read once from the bundled {@code countries.txt}. */
final class CountryCodes {
    static final String RESOURCE = "countries.txt";
    private static final Set<String> CODES = load();

    private CountryCodes() {}

    static boolean isCountry(String code) {
        return CODES.contains(code);
    }

    static Set<String> all() {
        return CODES;
    }

    private static Set<String> load() {
        try (InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "missing resource dev/herald/actors/" + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "cannot read dev/herald/actors/" + RESOURCE, e);
        }
    }
}
