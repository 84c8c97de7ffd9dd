package dev.herald.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that {@link ConllScorer} prints exactly what {@code conll_score.py} prints, on WikiGold against
 * predictions made by perturbing its tags: retyped, dropped, shortened and invented entities, IOB2 and bare
 * prefixes. Skipped when the shared data or python3 is missing.
 */
class TestConllScorerAgreement {
    private static final Path SHARED = Path.of(System.getProperty("herald.shared", "../../shared"));
    private static final Path SCORER = SHARED.resolve("eval/scorers/conll_score.py");
    private static final Path WIKIGOLD = SHARED.resolve("eval/ner/wikigold/wikigold.conll.txt");
    private static final List<String> TAGS = List.of("O", "I-PER", "B-PER", "I-ORG", "B-LOC", "I-LOC", "I-MISC",
            "B-MISC", "I", "B", "0", "E-ORG");

    @TempDir
    Path temp;

    @Test
    void agreesWithTheReferenceScorer() throws Exception {
        assumeTrue(Files.isRegularFile(SCORER) && Files.isRegularFile(WIKIGOLD), "shared WikiGold data not found");
        assumeTrue(pythonWorks(), "python3 not available");
        Random random = new Random(20250101);
        List<ConllDocument> predicted = new ArrayList<>();
        for (ConllDocument document : ConllReader.read(WIKIGOLD)) {
            List<ConllSentence> sentences = new ArrayList<>();
            for (ConllSentence sentence : document.sentences()) {
                List<String> tags = new ArrayList<>(sentence.tags());
                for (int i = 0; i < tags.size(); i++) {
                    if (random.nextInt(8) == 0) {
                        tags.set(i, TAGS.get(random.nextInt(TAGS.size())));
                    }
                }
                sentences.add(sentence.withTags(tags));
            }
            predicted.add(new ConllDocument(document.id(), sentences));
        }
        Path pred = temp.resolve("pred.txt");
        ConllReader.write(pred, predicted);
        assertEquals(python(WIKIGOLD, pred), String.join("\n", ConllScorer.scoreFiles(WIKIGOLD, pred).report()));
    }

    private static boolean pythonWorks() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String python(Path gold, Path pred) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", SCORER.toString(), gold.toString(), pred.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out.strip();
    }
}
