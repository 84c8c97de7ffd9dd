package dev.herald.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.metrics.Counts;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestConllScorer {
    @Test
    void readsIob1AndIob2Alike() {
        Set<Chunk> expected = Set.of(new Chunk(0, 1, "PER"), new Chunk(2, 2, "PER"), new Chunk(4, 4, "LOC"));
        assertEquals(expected, chunks("I-PER I-PER B-PER O I-LOC"));
        assertEquals(expected, chunks("B-PER I-PER B-PER O B-LOC"));
    }

    @Test
    void typeChangeEndsAnEntity() {
        assertEquals(Set.of(new Chunk(0, 1, "ORG"), new Chunk(2, 2, "LOC")), chunks("I-ORG I-ORG I-LOC"));
    }

    @Test
    void sentenceBoundaryEndsAnEntity() {
        List<Boolean> starts = List.of(true, false, true, false);
        assertEquals(Set.of(new Chunk(0, 1, "PER"), new Chunk(2, 2, "PER")),
                ConllScorer.chunks(tags("I-PER I-PER I-PER O"), starts));
    }

    @Test
    void readsATagWithoutDashThatIsNoPrefixAsO() {
        assertEquals(Set.of(new Chunk(0, 0, "PER"), new Chunk(2, 2, "PER")), chunks("I-PER 0 I-PER"));
    }

    @Test
    void countsExactMatchesOnly() {
        ConllScore score = ConllScorer.score(sequence("I-PER I-PER O I-ORG I-MISC"),
                sequence("I-PER I-PER O I-LOC I-MISC"));
        assertEquals(new Counts(2, 3, 3), score.overall());
        assertEquals(new Counts(1, 2, 2), score.perOrgLoc());
        assertEquals(new Counts(0, 1, 0), score.type("LOC"));
        assertEquals(List.of("LOC", "MISC", "ORG", "PER"), score.types());
        assertEquals(80.0, score.accuracy());
    }

    @Test
    void reportsAsTheReferenceScorer() {
        ConllScore score = ConllScorer.score(sequence("I-PER O I-LOC O"), sequence("I-PER O I-ORG O"));
        assertEquals(List.of(
                "processed 4 tokens with 2 phrases; found: 2 phrases; correct: 1.",
                "accuracy:  75.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00",
                "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0  (gold 1, correct 0)",
                "              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1  (gold 0, correct 0)",
                "              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1  (gold 1, correct 1)",
                "      PER/ORG/LOC: precision:  50.00%; recall:  50.00%; FB1:  50.00  2  (gold 2, correct 1)",
                "f1_all=50.00 f1_per_org_loc=50.00"), score.report());
    }

    @Test
    void roundsHalfEvenOnTheBinaryValueAsPython() {
        assertEquals("  0.12", ConllScore.fixed(0.125, 6));
        assertEquals("2.67", ConllScore.fixed(2.675, 0));
        assertEquals("100.00", ConllScore.fixed(100.0, 6));
    }

    @Test
    void rejectsDifferentTokens() {
        TagSequence gold = sequence("O O");
        TagSequence other = new TagSequence(List.of("t0", "x"), tags("O O"), List.of(true, false));
        HeraldException e = assertThrows(HeraldException.class, () -> ConllScorer.score(gold, other));
        assertEquals(ErrorCode.BAD_INPUT, e.errorCode());
        assertEquals("token mismatch at token 1: gold 't1' pred 'x'", e.getMessage());
    }

    private static Set<Chunk> chunks(String tags) {
        List<Boolean> starts = new ArrayList<>(Collections.nCopies(tags.split(" ").length, false));
        starts.set(0, true);
        return ConllScorer.chunks(tags(tags), starts);
    }

    private static TagSequence sequence(String tags) {
        List<String> tagList = tags(tags);
        List<String> tokens = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        for (int i = 0; i < tagList.size(); i++) {
            tokens.add("t" + i);
            starts.add(i == 0);
        }
        return new TagSequence(tokens, tagList, starts);
    }

    private static List<String> tags(String tags) {
        return Arrays.asList(tags.split(" "));
    }
}
