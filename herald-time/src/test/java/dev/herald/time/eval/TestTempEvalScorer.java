package dev.herald.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestTempEvalScorer {
    private static final double EPSILON = 1e-9;

    @Test
    void scoresAHandMadePair() {
        List<TimexAnnotation> gold = List.of(
                timex(0, 7, "DATE", "2024-06-25"),
                timex(10, 19, "DATE", "2024-W25"),
                timex(30, 40, "DURATION", "P3Y"),
                timex(50, 55, "DATE", "2024-04"));
        List<TimexAnnotation> predicted = List.of(
                timex(0, 7, "DATE", "2024-06-25"),
                timex(10, 19, "DATE", "2024-W26"),
                timex(26, 40, "DURATION", "P3Y"),
                timex(60, 65, "SET", "P1W"));

        TempEvalScore score = TempEvalScorer.score(gold, predicted);

        assertEquals(3, score.relaxed());
        assertEquals(2, score.strict());
        assertEquals(3, score.typeCorrect());
        assertEquals(2, score.valueCorrect());
        assertEquals(0.75, score.relaxedPrecision(), EPSILON);
        assertEquals(0.75, score.relaxedRecall(), EPSILON);
        assertEquals(0.75, score.relaxedF1(), EPSILON);
        assertEquals(0.5, score.strictF1(), EPSILON);
        assertEquals(0.5, score.valueF1(), EPSILON);
        assertEquals(new TempEvalScore.TypeCounts(3, 2, 2, 1), score.byType().get("DATE"));
        assertEquals("relaxed_f1=75.00 strict_f1=50.00 value_f1=50.00", score.summary());
    }

    @Test
    void pairsATimexOverlappingTwoOthersOnlyWithTheFirst() {
        List<TimexAnnotation> gold = List.of(timex(0, 20, "DATE", "2024"));
        List<TimexAnnotation> predicted = List.of(timex(0, 5, "DATE", "2024"), timex(8, 12, "DATE", "2024"));

        TempEvalScore score = TempEvalScorer.score(gold, predicted);

        assertEquals(1, score.relaxed());
        assertEquals(0, score.strict());
        assertEquals(0.5, score.relaxedPrecision(), EPSILON);
        assertEquals(1.0, score.relaxedRecall(), EPSILON);
    }

    @Test
    void addsDocumentsMicroAveraged() {
        TempEvalScore first = TempEvalScorer.score(List.of(timex(0, 4, "DATE", "2024")),
                List.of(timex(0, 4, "DATE", "2024")));
        TempEvalScore second = TempEvalScorer.score(List.of(timex(0, 4, "DATE", "2023")), List.of());

        TempEvalScore total = first.plus(second);

        assertEquals(2, total.documents());
        assertEquals(0.5, total.relaxedRecall(), EPSILON);
        assertEquals(1.0, total.relaxedPrecision(), EPSILON);
        assertEquals(Map.of("DATE", new TempEvalScore.TypeCounts(2, 1, 1, 1)), total.byType());
    }

    @Test
    void scoresNothingAgainstNothingAsPerfect() {
        assertEquals("relaxed_f1=100.00 strict_f1=100.00 value_f1=100.00", TempEvalScore.empty().summary());
    }

    private static TimexAnnotation timex(int start, int end, String type, String value) {
        return new TimexAnnotation(start, end, type, value, "");
    }
}
