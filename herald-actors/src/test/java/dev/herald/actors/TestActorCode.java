package dev.herald.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestActorCode {
    @Test
    void splitsCountryAndSectors() {
        ActorCode code = new ActorCode("USAMILSPY");
        assertEquals(Optional.of("USA"), code.country());
        assertEquals(List.of("MIL", "SPY"), code.sectors());
        assertEquals(Optional.of("LBN"), new ActorCode("LBNREB").country());
        assertEquals(List.of(), new ActorCode("ISR").sectors());
    }

    @Test
    void hasNoCountryForInternationalActors() {
        ActorCode code = new ActorCode("IGOUNO");
        assertEquals(Optional.empty(), code.country());
        assertEquals(List.of("IGO", "UNO"), code.sectors());
    }

    @Test
    void rejectsMalformedCodes() {
        assertThrows(IllegalArgumentException.class, () -> new ActorCode("USAMI"));
        assertThrows(IllegalArgumentException.class, () -> new ActorCode("usa"));
        assertThrows(IllegalArgumentException.class, () -> new ActorCode(""));
        assertThrows(NullPointerException.class, () -> new ActorCode(null));
    }

    @Test
    void knowsCameoCountryCodes() {
        assertEquals(208, CountryCodes.all().size());
        assertEquals(Optional.of("SUN"), new ActorCode("SUNGOV").country());
        assertEquals(Optional.of("PSE"), new ActorCode("PSEREB").country());
    }
}
