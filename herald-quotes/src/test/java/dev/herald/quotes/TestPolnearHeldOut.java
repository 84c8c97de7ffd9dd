package dev.herald.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.metrics.Counts;
import dev.herald.quotes.eval.PolnearAgreement;
import dev.herald.quotes.eval.PolnearAttribution;
import dev.herald.quotes.eval.PolnearDocument;
import dev.herald.quotes.eval.PolnearFiles;
import dev.herald.quotes.eval.PolnearPrediction;
import dev.herald.quotes.eval.PolnearScore;
import dev.herald.quotes.eval.PolnearScorer;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Layers;
import dev.herald.spi.Quote;
import dev.herald.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The development loop on PolNeAR train only: the model is trained on the first nine tenths of train and the stage
 * scored on the last tenth, at every confidence threshold of interest, with an error listing grouped by gold cue
 * written to {@code target/polnear-heldout-errors.txt} and the {@code standard()} predictions to
 * {@code target/polnear-heldout-pred.jsonl}. Dev is never read here. Opt-in:
 * {@code -Dherald.heldout=true}; uses the {@link ParsedCorpus} cache. {@code -Dherald.nobounds=true} scores without
 * the bounds model (ablation), here and in {@link #crossValidated}.
 */
class TestPolnearHeldOut {
    private static final double[] THRESHOLDS = {0, 0.5};

    @Test
    void heldOut() throws IOException {
        assumeTrue(Boolean.getBoolean("herald.heldout"), "set -Dherald.heldout=true to score held-out train");
        List<ParsedCorpus.Item> train = ParsedCorpus.load("train");
        int split = train.size() * 9 / 10;
        Training.Models models = Training.train(train.subList(0, split));
        AttributionModel model = models.attribution();
        List<ParsedCorpus.Item> heldOut = train.subList(split, train.size());
        Map<String, PolnearDocument> gold = new LinkedHashMap<>();
        heldOut.forEach(item -> gold.put(item.gold().docId(), item.gold()));
        QuoteStage stage = stage(models);
        printRules(model, Training.examples(heldOut, stage));
        printBounds(models.bounds(), Training.boundsExamples(heldOut, models.withoutBounds().stage()));
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        heldOut.forEach(item -> quotes.put(item.gold().docId(), stage.apply(item.document()).get(Layers.QUOTES)));
        printScores("held-out train", gold, quotes, Path.of("target/polnear-heldout-pred.jsonl"));
        writeErrors(heldOut, quotes, 0.5);
    }

    /**
     * The same recipe cross-validated over all of train ({@code -Dherald.folds=5}): each fifth scored by the models
     * trained on the other four, the scores micro-averaged over the whole of train. Five times the held-out tenth's
     * evidence, for telling a real change from noise. The predictions go to {@code target/polnear-cv-pred.jsonl}.
     */
    @Test
    void crossValidated() throws IOException {
        int folds = Integer.getInteger("herald.folds", 0);
        assumeTrue(folds >= 2, "set -Dherald.folds=5 to cross-validate on train");
        List<ParsedCorpus.Item> train = ParsedCorpus.load("train");
        Map<String, PolnearDocument> gold = new LinkedHashMap<>();
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        for (int fold = 0; fold < folds; fold++) {
            int from = train.size() * fold / folds;
            int to = train.size() * (fold + 1) / folds;
            List<ParsedCorpus.Item> rest = new ArrayList<>(train.subList(0, from));
            rest.addAll(train.subList(to, train.size()));
            QuoteStage stage = stage(Training.train(rest));
            for (ParsedCorpus.Item item : train.subList(from, to)) {
                gold.put(item.gold().docId(), item.gold());
                quotes.put(item.gold().docId(), stage.apply(item.document()).get(Layers.QUOTES));
            }
        }
        printScores(folds + "-fold train", gold, quotes, Path.of("target/polnear-cv-pred.jsonl"));
        printCalibration(gold, quotes);
        printAgreement(quotes);
    }

    /**
     * The held-out predictions of the documents several annotators annotated, scored against every annotator, beside
     * the annotators' agreement with one another on the same documents.
     */
    private static void printAgreement(Map<String, List<Quote>> quotes) {
        PolnearAgreement agreement = PolnearAgreement.of(PolnearFiles.readGold(
                SharedData.path("eval/quotes/polnear/polnear_train.jsonl")));
        Map<String, List<PolnearPrediction>> predictions = new LinkedHashMap<>();
        quotes.forEach((id, list) -> predictions.put(id, list.stream().map(PolnearPrediction::of).toList()));
        agreement.report().forEach(line -> System.out.println("agreement: " + line));
        System.out.println("agreement: " + agreement.systemRow("Herald, held out", predictions));
    }

    /**
     * Whether a quote's confidence reads as a probability: per band of confidence, how many quotes there are and the
     * share whose content overlaps a gold content (with the gold cue, when the quote has one).
     */
    private static void printCalibration(Map<String, PolnearDocument> gold, Map<String, List<Quote>> quotes) {
        int bands = 5;
        int[] count = new int[bands];
        int[] right = new int[bands];
        quotes.forEach((id, list) -> {
            for (Quote q : list) {
                int band = Math.min(bands - 1, (int) (q.confidence() * bands));
                count[band]++;
                boolean hit = gold.get(id).attributions().stream().anyMatch(a -> q.content().stream()
                        .anyMatch(c -> a.content().stream().anyMatch(c::intersects))
                        && q.cue().map(cue -> a.cue().stream().anyMatch(cue::intersects)).orElse(true));
                right[band] += hit ? 1 : 0;
            }
        });
        for (int b = 0; b < bands; b++) {
            System.out.printf("calibration: confidence %.1f-%.1f  quotes %5d  right %5.1f %%%n", (double) b / bands,
                    (double) (b + 1) / bands, count[b], count[b] == 0 ? 0 : 100.0 * right[b] / count[b]);
        }
    }

    /** The scores at every threshold of interest; the predictions of {@code standard()} are written to {@code out}. */
    private static void printScores(String label, Map<String, PolnearDocument> gold, Map<String, List<Quote>> quotes,
            Path out) {
        for (double threshold : THRESHOLDS) {
            Map<String, List<PolnearPrediction>> predictions = new LinkedHashMap<>();
            quotes.forEach((id, list) -> predictions.put(id, list.stream().filter(q -> q.confidence() >= threshold)
                    .map(PolnearPrediction::of).toList()));
            PolnearScore all = new PolnearScorer(PolnearScorer.Options.defaults()).score(gold, predictions);
            PolnearScore direct = new PolnearScorer(PolnearScorer.Options.defaults().withDirectOnly(true))
                    .score(gold, predictions);
            System.out.printf("%s, %s: all %s | direct %s%n", label, threshold == 0 ? "standard()"
                    : "confidence >= " + threshold, line(all), line(direct));
            if (threshold == 0) {
                PolnearFiles.writePredictions(out, List.copyOf(gold.values()), predictions);
            }
        }
    }

    /** The stage of trained models, without the bounds model under {@code -Dherald.nobounds=true}. */
    private static QuoteStage stage(Training.Models models) {
        return Boolean.getBoolean("herald.nobounds") ? models.withoutBounds().stage() : models.stage();
    }

    /** Per rule: candidates, positives among them, and how many the model keeps and keeps rightly. */
    private static void printRules(AttributionModel model, List<AttributionModel.Example> examples) {
        Map<String, int[]> counts = new TreeMap<>();
        for (AttributionModel.Example e : examples) {
            String rule = e.features().stream().filter(f -> f.startsWith("rule=")).findFirst().orElseThrow();
            int[] c = counts.computeIfAbsent(rule, k -> new int[4]);
            boolean kept = model.probability(e.features())
                    >= QuoteStage.minConfidence(rule.substring("rule=".length()));
            c[0]++;
            c[1] += e.positive() ? 1 : 0;
            c[2] += kept ? 1 : 0;
            c[3] += kept && e.positive() ? 1 : 0;
        }
        counts.forEach((rule, c) -> System.out.printf("%-24s candidates %4d positive %4d kept %4d kept right %4d%n",
                rule, c[0], c[1], c[2], c[3]));
    }

    /** Per rule, how often the bounds model picks the annotators' start or end, against keeping the rules' own. */
    private static void printBounds(BoundsModel bounds, List<BoundsModel.Example> examples) {
        Map<String, int[]> counts = new TreeMap<>();
        for (BoundsModel.Example e : examples) {
            String rule = e.candidates().get(0).stream().filter(f -> f.contains(":rule,d=")).findFirst().orElseThrow();
            int[] c = counts.computeIfAbsent(rule.substring(rule.indexOf('=') + 1, rule.lastIndexOf(',')),
                    k -> new int[6]);
            int kind = rule.startsWith("s:") ? 0 : 3;
            c[kind]++;
            c[kind + 1] += e.gold() == 0 ? 1 : 0;
            c[kind + 2] += bounds.best(e.candidates()) == e.gold() ? 1 : 0;
        }
        counts.forEach((rule, c) -> System.out.printf("bounds %-12s starts %4d (rules right %4d, model right %4d)"
                + "  ends %4d (rules right %4d, model right %4d)%n", rule, c[0], c[1], c[2], c[3], c[4], c[5]));
    }

    private static String line(PolnearScore score) {
        StringBuilder out = new StringBuilder();
        for (String role : PolnearScorer.ROLES) {
            Counts c = score.role(role, "exact");
            out.append(String.format("%s P%.1f R%.1f F%.1f  ", role, c.precision(), c.recall(),
                    c.f1()));
        }
        return out.toString();
    }

    /** Gold attributions grouped by cue text: missed ones, and found ones whose content is not exact. */
    private static void writeErrors(List<ParsedCorpus.Item> items, Map<String, List<Quote>> quotes, double threshold)
            throws IOException {
        Map<String, List<String>> byCue = new TreeMap<>();
        List<String> falsePositives = new ArrayList<>();
        for (ParsedCorpus.Item item : items) {
            String text = item.gold().text();
            List<Quote> kept = quotes.get(item.gold().docId()).stream().filter(q -> q.confidence() >= threshold)
                    .toList();
            for (PolnearAttribution a : item.gold().attributions()) {
                String cue = String.join(" ", a.cue().stream()
                        .map(c -> c.coveredText(text).toLowerCase(Locale.ROOT)).toList());
                Quote match = null;
                for (Quote q : kept) {
                    if (q.content().stream().anyMatch(c -> a.content().stream().anyMatch(c::intersects))) {
                        match = q;
                    }
                }
                String line;
                if (match == null) {
                    line = "MISS " + show(a.source(), text) + " | " + show(a.content(), text);
                } else if (!trimmed(match.content(), text).equals(trimmed(a.content(), text))) {
                    line = "SPAN gold " + show(a.content(), text) + "\n       got  " + show(match.content(), text);
                } else if (!trimmed(match.cue().stream().toList(), text).equals(trimmed(a.cue(), text))) {
                    line = "CUE  gold " + show(a.cue(), text) + " got " + show(match.cue().stream().toList(), text);
                } else if (!trimmed(match.source().stream().toList(), text).equals(trimmed(a.source(), text))) {
                    line = "SRC  gold " + show(a.source(), text) + " got "
                            + show(match.source().stream().toList(), text);
                } else {
                    line = "OK";
                }
                byCue.computeIfAbsent(cue, k -> new ArrayList<>()).add(line);
            }
            for (Quote q : kept) {
                boolean hit = item.gold().attributions().stream().anyMatch(a -> q.content().stream()
                        .anyMatch(c -> a.content().stream().anyMatch(c::intersects)));
                if (!hit) {
                    falsePositives.add(String.format("%.2f %s | %s", q.confidence(),
                            q.cue().map(c -> c.coveredText(text)).orElse("-"), show(q.content(), text)));
                }
            }
        }
        List<String> out = new ArrayList<>();
        byCue.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
                .forEach(e -> {
                    long ok = e.getValue().stream().filter(l -> l.equals("OK")).count();
                    out.add("== " + e.getKey() + " (" + e.getValue().size() + ", ok " + ok + ")");
                    e.getValue().stream().filter(l -> !l.equals("OK")).forEach(l -> out.add("  " + l));
                });
        out.add("== false positives (" + falsePositives.size() + ")");
        falsePositives.forEach(l -> out.add("  " + l));
        Files.write(Path.of("target/polnear-heldout-errors.txt"), out, StandardCharsets.UTF_8);
    }

    private static String trimmed(List<CharSpan> spans, String text) {
        StringBuilder out = new StringBuilder();
        spans.stream().sorted().forEach(s -> out.append(s.coveredText(text).replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$",
                "")).append('|'));
        return out.toString();
    }

    private static String show(List<CharSpan> spans, String text) {
        return String.join(" ... ", spans.stream().sorted().map(s -> "[" + s.coveredText(text).replace('\n', ' ')
                + "]").toList());
    }
}
