package dev.herald.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.spi.CharSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the Java scorer prints exactly what {@code polnear_score.py} prints, on PolNeAR dev with
 * predictions made by perturbing the gold (shifted, split, widened, dropped and spurious spans, and a second
 * annotator's attributions where a document has one), plus a document with characters outside the BMP. Skipped
 * when the shared data or python3 is missing.
 */
class TestPolnearScorerAgreement {
    private static final Path SHARED = Path.of(System.getProperty("herald.shared", "../../shared"));
    private static final Path SCORER = SHARED.resolve("eval/scorers/polnear_score.py");
    private static final Path DEV = SHARED.resolve("eval/quotes/polnear/polnear_dev.jsonl");

    @TempDir
    Path temp;

    @Test
    void agreesWithTheReferenceScorer() throws Exception {
        assumeTrue(Files.isRegularFile(SCORER) && Files.isRegularFile(DEV), "shared PolNeAR data not found");
        assumeTrue(pythonWorks(), "python3 not available");
        Path gold = temp.resolve("gold.jsonl");
        Files.writeString(gold, Files.readString(DEV) + astralDocument());
        List<PolnearDocument> all = PolnearFiles.readGold(gold);
        Map<String, PolnearDocument> first = PolnearFiles.firstAnnotations(all);
        Map<String, List<PolnearPrediction>> predictions = perturb(all, first, new Random(20240626));
        Path pred = temp.resolve("pred.jsonl");
        PolnearFiles.writePredictions(pred, List.copyOf(first.values()), predictions);
        List<List<String>> optionSets = List.of(List.of(), List.of("--direct-only"), List.of("--pieces"),
                List.of("--tok", "0.3,0.8"), List.of("--direct-only", "--tok", "0.5"));
        for (List<String> options : optionSets) {
            List<String> args = new ArrayList<>(List.of(gold.toString(), pred.toString()));
            args.addAll(options);
            assertEquals(python(args), java(gold, pred, options), "disagreement with options " + options);
        }
    }

    private static String astralDocument() throws IOException {
        String text = "Title 😀 here.\n\n“We 😀 won,” she said 😀 on Monday, “and 😀 they lost.”";
        ObjectMapper json = new ObjectMapper();
        ObjectNode line = json.createObjectNode().put("doc_id", "astral").put("annotator", "x").put("text", text);
        ObjectNode a = line.putArray("attributions").addObject().put("id", "E1").put("has_source", true);
        a.putArray("source").add(piece(json, text, "she"));
        a.putArray("cue").add(piece(json, text, "said"));
        a.putArray("content").add(piece(json, text, "“We 😀 won,”")).add(piece(json, text, "“and 😀 they lost.”"));
        a.put("content_has_quote_mark", true);
        return json.writeValueAsString(line) + "\n";
    }

    private static ArrayNode piece(ObjectMapper json, String text, String sub) {
        int start = text.indexOf(sub);
        int s = text.codePointCount(0, start);
        return json.createArrayNode().add(s).add(s + sub.codePointCount(0, sub.length()));
    }

    private static Map<String, List<PolnearPrediction>> perturb(List<PolnearDocument> all,
            Map<String, PolnearDocument> first, Random random) {
        Map<String, PolnearDocument> second = new LinkedHashMap<>();
        for (PolnearDocument document : all) {
            if (first.get(document.docId()) != document) {
                second.putIfAbsent(document.docId(), document);
            }
        }
        Map<String, List<PolnearPrediction>> out = new LinkedHashMap<>();
        for (PolnearDocument document : first.values()) {
            PolnearDocument source = second.getOrDefault(document.docId(), document);
            int length = document.text().length();
            List<PolnearPrediction> quotes = new ArrayList<>();
            for (PolnearAttribution a : source.attributions()) {
                if (random.nextDouble() < 0.12 || a.content().isEmpty()) {
                    continue;
                }
                List<CharSpan> content = new ArrayList<>();
                for (CharSpan span : a.content()) {
                    content.addAll(jitter(span, random, length));
                }
                quotes.add(new PolnearPrediction(random.nextDouble() < 0.2 ? List.of() : maybeShift(a.source(), random,
                        length), random.nextDouble() < 0.2 ? List.of() : a.cue(), content,
                        random.nextBoolean() ? Optional.of("speaker") : Optional.empty()));
                if (random.nextDouble() < 0.08) {
                    int s = random.nextInt(Math.max(1, length - 40));
                    int e = s + 1 + random.nextInt(Math.min(39, length - s));
                    quotes.add(new PolnearPrediction(List.of(), List.of(), List.of(new CharSpan(s, e)),
                            Optional.empty()));
                }
            }
            out.put(document.docId(), quotes);
        }
        return out;
    }

    private static List<CharSpan> maybeShift(List<CharSpan> spans, Random random, int length) {
        if (random.nextDouble() > 0.15) {
            return spans;
        }
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan span : spans) {
            out.addAll(jitter(span, random, length));
        }
        return out;
    }

    private static List<CharSpan> jitter(CharSpan span, Random random, int length) {
        double r = random.nextDouble();
        if (r < 0.25) {
            int s = clamp(span.start() + random.nextInt(11) - 5, 0, length - 1);
            int e = clamp(span.end() + random.nextInt(11) - 5, s + 1, length);
            return List.of(new CharSpan(s, e));
        }
        if (r < 0.35 && span.length() > 4) {
            int mid = span.start() + 1 + random.nextInt(span.length() - 2);
            return List.of(new CharSpan(span.start(), mid), new CharSpan(mid + 1, span.end()));
        }
        if (r < 0.45) {
            return List.of(new CharSpan(Math.max(0, span.start() - 1), Math.min(length, span.end() + 1)));
        }
        return List.of(span);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    private static String java(Path gold, Path pred, List<String> options) {
        boolean direct = options.contains("--direct-only");
        boolean pieces = options.contains("--pieces");
        int tok = options.indexOf("--tok");
        List<Double> thresholds = new ArrayList<>();
        if (tok < 0) {
            thresholds.add(0.8);
        } else {
            for (String t : options.get(tok + 1).split(",")) {
                thresholds.add(Double.parseDouble(t));
            }
        }
        PolnearScore score = PolnearEval.scoreFiles(gold, pred, new PolnearScorer.Options(direct, thresholds, pieces));
        return String.join("\n", score.report(PolnearEval.header(gold, pred.toString(), direct, pieces))) + "\n";
    }

    private static String python(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCORER.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), "polnear_score.py failed");
        return out;
    }

    private static boolean pythonWorks() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
