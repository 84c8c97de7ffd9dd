package dev.herald.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.metrics.Counts;
import dev.herald.spi.CharSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cases of {@code polnear_score.py --selftest}, ported. */
class TestPolnearScorer {
    private static final String TEXT = "Intro line.\n\n“We were there under legitimate pretenses,” Figueroa told "
            + "reporters. She said the campaign planned a protest.\n\n\"It is over,\" he said.";

    private static CharSpan sp(String text, String sub, int from) {
        int i = text.indexOf(sub, from);
        return new CharSpan(i, i + sub.length());
    }

    private static CharSpan sp(String sub) {
        return sp(TEXT, sub, 0);
    }

    private static PolnearDocument synthetic() {
        return new PolnearDocument("synthetic", "a", "p", Optional.empty(), "", TEXT, List.of(
                new PolnearAttribution("E1", true, List.of(sp("Figueroa")), List.of(sp("told")),
                        List.of(sp("“We were there under legitimate pretenses,”")), true),
                new PolnearAttribution("E2", true, List.of(sp("She")), List.of(sp("said")),
                        List.of(sp("the campaign planned a protest")), false),
                new PolnearAttribution("E3", true, List.of(sp("he")), List.of(sp(TEXT, "said", TEXT.indexOf("\"It"))),
                        List.of(sp("\"It is over,\"")), true)));
    }

    private static PolnearPrediction prediction(List<CharSpan> source, List<CharSpan> cue, List<CharSpan> content) {
        return new PolnearPrediction(source, cue, content, Optional.empty());
    }

    private static List<Long> counts(Counts c) {
        return List.of(c.gold(), c.predicted(), c.correct());
    }

    @Test
    void scoresTheSelftestPredictions() {
        Map<String, PolnearDocument> gold = Map.of("synthetic", synthetic());
        Map<String, List<PolnearPrediction>> pred = Map.of("synthetic", List.of(
                prediction(List.of(sp("Figueroa")), List.of(), List.of(sp("We were there under legitimate pretenses"))),
                prediction(List.of(sp("reporters")), List.of(sp("said")), List.of(sp("campaign planned a protest."))),
                prediction(List.of(), List.of(), List.of(sp("Intro line")))));
        PolnearScore score = new PolnearScorer(PolnearScorer.Options.defaults()).score(gold, pred);
        assertEquals(List.of(3L, 3L, 1L), counts(score.role("content", "exact")));
        assertEquals(List.of(3L, 3L, 2L), counts(score.role("content", "overlap")));
        assertEquals(List.of(3L, 3L, 2L), counts(score.role("content", "tok>=0.8")));
        assertEquals(List.of(3L, 2L, 1L), counts(score.role("source", "exact")));
        assertEquals(List.of(3L, 1L, 1L), counts(score.role("cue", "exact")));
        assertEquals(List.of(3L, 3L, 1L), counts(score.attribution()));
        PolnearScore direct = new PolnearScorer(PolnearScorer.Options.defaults().withDirectOnly(true))
                .score(gold, pred);
        assertEquals(2, direct.goldAttributions());
        assertEquals(0, direct.predictedQuotes());
    }

    @Test
    void twoPieceContentIsOneSpanSet() {
        String text = "“It is over,” he said, “and we lost.”";
        PolnearDocument doc = new PolnearDocument("d2", "a", "p", Optional.empty(), "", text, List.of(
                new PolnearAttribution("E1", true, List.of(new CharSpan(14, 16)), List.of(new CharSpan(17, 21)),
                        List.of(new CharSpan(0, 13), new CharSpan(23, 37)), true)));
        Map<String, List<PolnearPrediction>> pred = Map.of("d2", List.of(
                prediction(List.of(new CharSpan(14, 16)), List.of(), List.of(new CharSpan(0, 13))),
                prediction(List.of(new CharSpan(14, 16)), List.of(), List.of(new CharSpan(23, 37)))));
        PolnearScore sets = new PolnearScorer(PolnearScorer.Options.defaults()).score(Map.of("d2", doc), pred);
        assertEquals(List.of(1L, 2L, 0L), counts(sets.role("content", "exact")));
        assertEquals(List.of(1L, 1L, 1L), counts(sets.role("source", "exact")));
        assertEquals(List.of(1L, 2L, 1L), counts(sets.attribution()));
        PolnearScore pieces = new PolnearScorer(new PolnearScorer.Options(false, List.of(0.8), true))
                .score(Map.of("d2", doc), pred);
        assertEquals(List.of(2L, 2L, 2L), counts(pieces.role("content", "exact")));
    }

    @Test
    void goldAgainstItselfIsPerfect() {
        PolnearDocument doc = synthetic();
        List<PolnearPrediction> pred = doc.attributions().stream()
                .map(a -> prediction(a.source(), a.cue(), a.content())).toList();
        PolnearScore score = new PolnearScorer(PolnearScorer.Options.defaults())
                .score(Map.of(doc.docId(), doc), Map.of(doc.docId(), pred));
        assertEquals(100.0, score.role("source", "exact").f1());
        assertEquals(100.0, score.attribution().f1());
    }

    @Test
    void trimsPunctuationQuoteMarksAndWhitespace() {
        assertTrue(PolnearScorer.isTrim('“'));
        assertTrue(PolnearScorer.isTrim('\u00a0'));
        assertTrue(PolnearScorer.isTrim('—'));
        assertTrue(PolnearScorer.isTrim('`'));
        assertFalse(PolnearScorer.isTrim('$'));
        assertFalse(PolnearScorer.isTrim('a'));
    }

    @Test
    void formatsLikePython() {
        assertEquals("0.1", PolnearScore.fixed1(0.125));
        assertEquals("2.6", PolnearScore.fixed1(2.65));
        assertEquals("2.8", PolnearScore.fixed1(2.75));
        assertEquals("100.0", PolnearScore.fixed1(100.0));
        assertEquals("0.8", PolnearScorer.formatG(0.8));
        assertEquals("1", PolnearScorer.formatG(1.0));
    }

    @Test
    void reportsTheReferenceTable() {
        PolnearScore score = new PolnearScorer(PolnearScorer.Options.defaults()).score(
                Map.of("synthetic", synthetic()), Map.of());
        List<String> lines = score.report("");
        assertEquals("docs=1 gold_attributions=3 pred_quotes=0", lines.get(0));
        assertEquals("role     match       gold   pred     tp      P      R     F1", lines.get(1));
        assertEquals("source   exact          3      0      0    0.0    0.0    0.0", lines.get(2));
        assertEquals("source_exact_f1=0.0 cue_exact_f1=0.0 content_exact_f1=0.0 content_overlap_f1=0.0 "
                + "attribution_f1=0.0", lines.get(lines.size() - 1));
    }
}
