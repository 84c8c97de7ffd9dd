package dev.herald.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestConllReader {
    private static final List<String> WIKIGOLD = List.of(
            "010 I-MISC", "is O", "by The I-ORG", "Capsule I-ORG", ". O", "",
            "It O", "sold 0", "", "-DOCSTART- O", "", "Paris I-LOC", "", "-DOCSTART- O", "");

    @TempDir
    Path temp;

    @Test
    void readsDocumentsSentencesAndTheLastColumn() {
        List<ConllDocument> documents = ConllReader.parse(WIKIGOLD, "wg");
        assertEquals(2, documents.size());
        ConllDocument first = documents.get(0);
        assertEquals("wg#1", first.id());
        assertEquals(List.of(List.of("010", "is", "by", "Capsule", "."), List.of("It", "sold")),
                first.tokenSentences());
        assertEquals(List.of("I-MISC", "O", "I-ORG", "I-ORG", "O"), first.sentences().get(0).tags());
        assertEquals("0", first.sentences().get(1).tags().get(1));
        assertEquals(List.of(List.of("Paris")), documents.get(1).tokenSentences());
    }

    @Test
    void flattensWithSentenceStarts() {
        TagSequence sequence = TagSequence.of(ConllReader.parse(WIKIGOLD, "wg"));
        assertEquals(8, sequence.size());
        assertEquals(List.of(true, false, false, false, false, true, false, true), sequence.sentenceStarts());
    }

    @Test
    void splitsColumnsOnUnicodeWhitespaceAsPython() {
        assertEquals(List.of("a", "b", "c"), ConllReader.columns(" a\u00a0b\tc\u2003"));
    }

    @Test
    void rejectsALineWithOneColumn() {
        HeraldException e = assertThrows(HeraldException.class,
                () -> ConllReader.parse(List.of("a O", "lonely"), "x.txt"));
        assertEquals(ErrorCode.BAD_INPUT, e.errorCode());
        assertEquals("x.txt:2: need at least 2 columns: lonely", e.getMessage());
    }

    @Test
    void writesWhatItReads() {
        List<ConllDocument> documents = ConllReader.parse(WIKIGOLD, "wg");
        Path file = temp.resolve("pred.txt");
        ConllReader.write(file, documents);
        assertEquals(TagSequence.of(documents), TagSequence.of(ConllReader.read(file)));
    }
}
