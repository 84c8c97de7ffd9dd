package dev.herald.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.metrics.Counts;
import dev.herald.spi.CharSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Annotator agreement on PolNeAR: a hand-made document whose majority is known, and the figures of PolNeAR train's
 * multiply annotated documents as the reference scorer and an independent script computed them.
 */
class TestPolnearAgreement {
    private static final Path TRAIN = Path.of(System.getProperty("herald.shared", "../../shared"))
            .resolve("eval/quotes/polnear/polnear_train.jsonl");
    private static final String TEXT = "Smith said taxes rose. Jones said costs fell.";

    @Test
    void theMajorityOfTheOthersIsScoredAgainstEachAnnotator() {
        // Annotators a and b mark both attributions, c only the first, and c's cue takes in "said taxes".
        PolnearAgreement agreement = PolnearAgreement.of(List.of(
                annotation("doc", "a", said(0, 5, 6, 10, 11, 22), said(23, 28, 29, 33, 34, 44)),
                annotation("doc", "b", said(0, 5, 6, 10, 11, 22), said(23, 28, 29, 33, 34, 44)),
                annotation("doc", "c", said(0, 5, 6, 16, 11, 22)),
                annotation("other", "a", said(0, 5, 6, 10, 11, 22))));
        assertEquals(1, agreement.documents(), "a document one annotator annotated is left out");
        assertEquals(3, agreement.annotations());
        Map<String, Counts> majority = agreement.consensus(false);
        // With two others one vote is half: a and b are each given both contents and all three cues (2 right of
        // 3); c, on whom a and b agree, is given two contents (1 right) and their two cues (none right).
        assertEquals(new Counts(5, 6, 5), majority.get("content"));
        assertEquals(new Counts(4, 8, 5), majority.get("cue"));
        // six ordered pairs: a and b agree on two contents, either with c on one
        PolnearScore pairwise = agreement.pairwise(PolnearScorer.Options.defaults());
        assertEquals(new Counts(8, 10, 10), pairwise.role("content", "exact"));
    }

    @Test
    void polnearTrainAnnotatorsAgreeAsTheReferenceScorerSays() {
        assumeTrue(Files.isRegularFile(TRAIN), "shared PolNeAR data not found");
        PolnearAgreement agreement = PolnearAgreement.of(PolnearFiles.readGold(TRAIN));
        assertEquals(16, agreement.documents());
        assertEquals(95, agreement.annotations());
        // polnear_score.py on every ordered pair of annotations written as GOLD and PRED files
        PolnearScore pairs = agreement.pairwise(PolnearScorer.Options.defaults());
        assertEquals(78.9, pairs.role("source", "exact").f1(), 0.05);
        assertEquals(70.7, pairs.role("cue", "exact").f1(), 0.05);
        assertEquals(68.4, pairs.role("content", "exact").f1(), 0.05);
        assertEquals(85.4, pairs.role("content", "overlap").f1(), 0.05);
        assertEquals(86.6, agreement.pairwise(PolnearScorer.Options.defaults().withDirectOnly(true))
                .role("content", "exact").f1(), 0.05);
        // a short script over the reference scorer's normalisation, voting span sets among the other annotators
        Map<String, Counts> majority = agreement.consensus(false);
        assertEquals(82.8, majority.get("source").f1(), 0.05);
        assertEquals(77.1, majority.get("cue").f1(), 0.05);
        assertEquals(74.7, majority.get("content").f1(), 0.05);
        assertEquals(89.6, agreement.consensus(true).get("content").f1(), 0.05);
    }

    private static PolnearDocument annotation(String id, String annotator, PolnearAttribution... attributions) {
        return new PolnearDocument(id, annotator, "test", Optional.empty(), "", TEXT, List.of(attributions));
    }

    private static PolnearAttribution said(int s0, int s1, int c0, int c1, int t0, int t1) {
        return new PolnearAttribution("a" + s0, true, List.of(new CharSpan(s0, s1)), List.of(new CharSpan(c0, c1)),
                List.of(new CharSpan(t0, t1)), false);
    }
}
