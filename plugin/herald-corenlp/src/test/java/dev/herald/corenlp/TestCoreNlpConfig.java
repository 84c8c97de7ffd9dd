package dev.herald.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TestCoreNlpConfig {
    @Test
    void defaultsTagWithTheThreeClassModelThenAddMiscFromTheConllModel() {
        CoreNlpConfig defaults = CoreNlpConfig.defaults();
        assertEquals(List.of(CoreNlpConfig.ALL_3CLASS, CoreNlpConfig.CONLL_4CLASS), defaults.nerModelList());
        Properties props = defaults.toProperties();
        assertEquals("tokenize,ssplit,pos,lemma,depparse", props.getProperty("annotators"));
        assertNull(props.getProperty("ner.model"));
    }

    @Test
    void rejectsNoModelAndUnknownSentenceBreaks() {
        assertThrows(IllegalArgumentException.class, () -> CoreNlpConfig.defaults().withNerModels(" "));
        assertThrows(IllegalArgumentException.class, () -> CoreNlpConfig.defaults().withNerModels(" , "));
        assertThrows(IllegalArgumentException.class, () -> CoreNlpConfig.defaults().withNewlineIsSentenceBreak("x"));
    }
}
