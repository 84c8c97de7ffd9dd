package dev.herald.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestCountryLexicon {
    private final CountryLexicon countries = CountryLexicon.standard();

    @Test
    void readsNamesDemonymsAndCapitals() {
        assertEquals(Optional.of("USA"), countries.byName("U.S."));
        assertEquals(Optional.of("ISR"), countries.byName("State of Israel"));
        assertEquals(Optional.of("ISR"), countries.byDemonym("Israelis"));
        assertEquals(Optional.of("IRN"), countries.byCapital("Tehran"));
    }

    @Test
    void describesCountriesByTheirAdjectiveAndName() {
        assertEquals(Optional.of("Israeli"), countries.demonym("ISR"));
        assertEquals(Optional.of("American"), countries.demonym("USA"));
        assertEquals(Optional.of("United States"), countries.commonName("USA"));
        assertEquals(Optional.empty(), countries.demonym("XXX"));
    }
}
