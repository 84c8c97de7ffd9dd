package dev.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.quotes.eval.PolnearFiles;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestCueLexicon {
    private static final Path TRAIN = Path.of(System.getProperty("herald.shared", "../../shared"))
            .resolve("eval/quotes/polnear/polnear_train.jsonl");

    @Test
    void knowsTheCommonCues() {
        CueLexicon lexicon = CueLexicon.standard();
        for (String lemma : new String[] {"say", "tell", "add", "warn", "claim", "insist", "urge", "write"}) {
            assertTrue(lexicon.isCue(lemma), lemma);
        }
        assertTrue(lexicon.count("say") > lexicon.count("warn"));
        assertFalse(lexicon.isCue("table"));
    }

    @Test
    void lemmatisesSpeechVerbs() {
        Map<String, Integer> vocabulary = Map.of("notes", 5, "nots", 0, "argues", 3, "admits", 2);
        assertEquals("say", CueLexiconBuilder.lemma("said", vocabulary));
        assertEquals("note", CueLexiconBuilder.lemma("noted", vocabulary));
        assertEquals("argue", CueLexiconBuilder.lemma("arguing", vocabulary));
        assertEquals("admit", CueLexiconBuilder.lemma("admitted", vocabulary));
        assertEquals("deny", CueLexiconBuilder.lemma("denies", vocabulary));
        assertEquals("warn", CueLexiconBuilder.lemma("warns", vocabulary));
    }

    @Test
    void rejectsMalformedLines() {
        HeraldException e = assertThrows(HeraldException.class, () -> CueLexicon.parse("word\tsay\n"));
        assertEquals(ErrorCode.MODEL_ERROR, e.errorCode());
        // A word without its occurrences, a kind the lexicon has no more, a count that is no number.
        for (String line : new String[] {"word\tsay\t10", "phrase\taccord to\t5\t9", "word\tsay\tten\t20"}) {
            assertThrows(HeraldException.class, () -> CueLexicon.parse(line), line);
        }
    }

    @Test
    void ratesAWordByTheShareOfItsOccurrencesThatReport() {
        CueLexicon lexicon = CueLexicon.parse("# comment\nword\tsay\t80\t100\nword\tsee\t10\t200\n");
        assertEquals(0.8, lexicon.cueRate("Say"), 1e-9);
        assertEquals(0.05, lexicon.cueRate("see"), 1e-9);
        assertEquals(0, lexicon.cueRate("table"));
        CueLexicon standard = CueLexicon.standard();
        assertTrue(standard.cueRate("say") > 0.5, "most occurrences of say report");
        assertTrue(standard.cueRate("endorse") > standard.cueRate("see"));
    }

    /** The shipped file is what the builder makes from PolNeAR train; regenerate it when this fails. */
    @Test
    void resourceIsUpToDate() throws IOException {
        assumeTrue(Files.isRegularFile(TRAIN), "PolNeAR train not found");
        String expected = CueLexiconBuilder.build(PolnearFiles.readGold(TRAIN));
        try (var in = CueLexicon.class.getResourceAsStream("cues.tsv")) {
            assertEquals(expected, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "cues.tsv is stale: run CueLexiconBuilder (see its Javadoc)");
        }
    }
}
