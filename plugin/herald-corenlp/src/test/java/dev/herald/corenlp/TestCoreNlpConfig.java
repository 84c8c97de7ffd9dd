package dev.herald.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class TestCoreNlpConfig {
    @Test
    void defaultsTagWithTheThreeClassModelThenAddMiscFromTheConllModel() {
        CoreNlpConfig defaults = CoreNlpConfig.defaults();
        assertEquals(CoreNlpConfig.ALL_3CLASS + "," + CoreNlpConfig.CONLL_4CLASS, defaults.nerModels());
        Properties props = defaults.toProperties();
        assertEquals(defaults.nerModels(), props.getProperty("ner.model"));
        assertEquals("NORMAL", props.getProperty("ner.combinationMode"));
        assertEquals("false", props.getProperty("ner.applyFineGrained"));
        assertEquals("tokenize,ssplit,pos,lemma,ner,depparse", props.getProperty("annotators"));
    }

    @Test
    void rejectsNoModelAndUnknownSentenceBreaks() {
        assertThrows(IllegalArgumentException.class, () -> CoreNlpConfig.defaults().withNerModels(" "));
        assertThrows(IllegalArgumentException.class, () -> CoreNlpConfig.defaults().withNewlineIsSentenceBreak("x"));
    }
}
