package dev.herald.core.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import org.junit.jupiter.api.Test;

class TestEnglishCheck {
    @Test
    void acceptsEnglishNews() {
        assertDoesNotThrow(() -> EnglishCheck.requireEnglish("During a visit to the Pentagon on Tuesday, Israeli"
                + " Defense Minister Yoav Gallant urged the U.S. to continue cooperating with Israel in defense against"
                + " Iran and its proxies, following reports that the U.S. Joint Chiefs of Staff indicated the U.S. may"
                + " not be able to provide the same level of support.", "f"));
    }

    @Test
    void refusesFrenchNews() {
        HeraldException e = assertThrows(HeraldException.class, () -> EnglishCheck.requireEnglish("Lors d'une"
                + " visite au Pentagone mardi, le ministre israélien de la Défense Yoav Gallant a exhorté les"
                + " États-Unis à continuer de coopérer avec Israël pour se défendre contre l'Iran et ses alliés, après"
                + " des informations selon lesquelles les chefs d'état-major américains auraient indiqué que les"
                + " États-Unis pourraient ne pas être en mesure de fournir le même soutien.", "f"));
        assertEquals(ErrorCode.BAD_INPUT, e.errorCode());
        assertEquals("f: does not look like English (0 of 63 words are English function words); Herald analyses"
                + " English news only", e.getMessage());
    }

    @Test
    void letsShortTextsThrough() {
        assertDoesNotThrow(() -> EnglishCheck.requireEnglish("Gallant au Pentagone", "f"));
    }
}
