package dev.herald.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestPhraseNormalizer {
    @Test
    void normalisesWords() {
        assertEquals("us", PhraseNormalizer.normalizeWord("U.S."));
        assertEquals("hezbollah", PhraseNormalizer.normalizeWord("Hezbollah,"));
        assertEquals("children's", PhraseNormalizer.normalizeWord("Children\u2019s"));
        assertEquals("erdogan", PhraseNormalizer.normalizeWord("Erdo\u011Fan"));
        assertEquals("secretary-general", PhraseNormalizer.normalizeWord("Secretary\u2013General"));
        assertEquals("", PhraseNormalizer.normalizeWord("--"));
    }

    @Test
    void splitsPhrasesAtSpacesAndUnderscores() {
        assertEquals(List.of("us", "state", "department"), PhraseNormalizer.words("U.S._STATE_DEPARTMENT_"));
        assertEquals("joint chiefs of staff", PhraseNormalizer.normalizePhrase("  Joint Chiefs\tof  Staff "));
        assertEquals(List.of(), PhraseNormalizer.words(" . "));
    }
}
