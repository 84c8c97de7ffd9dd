package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.Article;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.Quote;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Runs a quote system over a PolNeAR file and scores it with {@link PolnearScorer}. */
public final class PolnearEval {
    private PolnearEval() {}

    /** The scores over all attributions and over the direct-quote subset. */
    public record Result(PolnearScore all, PolnearScore direct) {
        public Result {
            requireNonNull(all, "all");
            requireNonNull(direct, "direct");
        }
    }

    /**
     * Runs {@code system} on every document of {@code goldJsonl} (its first annotation, as the reference scorer
     * uses), prints the reference scorer's tables for all attributions and for direct quotes to {@code out}, and
     * writes the predictions in the scorer's PRED format to {@code predictionsOut} when given, so that
     * {@code polnear_score.py} can check the numbers. Documents are processed in parallel: {@code system} must be
     * thread-safe, as every {@link dev.herald.spi.Stage} is.
     */
    public static Result run(Path goldJsonl, Function<Article, List<Quote>> system, PrintStream out,
            Optional<Path> predictionsOut) {
        requireNonNull(system, "system");
        requireNonNull(out, "out");
        requireNonNull(predictionsOut, "predictionsOut");
        Map<String, PolnearDocument> gold = PolnearFiles.firstAnnotations(PolnearFiles.readGold(goldJsonl));
        Map<String, List<PolnearPrediction>> predictions = predict(List.copyOf(gold.values()), system);
        predictionsOut.ifPresent(path -> PolnearFiles.writePredictions(path, List.copyOf(gold.values()), predictions));
        String pred = predictionsOut.map(Path::toString).orElse("(in memory)");
        PolnearScore all = new PolnearScorer(PolnearScorer.Options.defaults()).score(gold, predictions);
        PolnearScore direct = new PolnearScorer(PolnearScorer.Options.defaults().withDirectOnly(true))
                .score(gold, predictions);
        all.report(header(goldJsonl, pred, false, false)).forEach(out::println);
        direct.report(header(goldJsonl, pred, true, false)).forEach(out::println);
        return new Result(all, direct);
    }

    /** {@link #run(Path, Function, PrintStream, Optional)} without writing the predictions. */
    public static Result run(Path goldJsonl, Function<Article, List<Quote>> system, PrintStream out) {
        return run(goldJsonl, system, out, Optional.empty());
    }

    /** The system's quotes for every document, keyed by document id in the order of {@code documents}. */
    public static Map<String, List<PolnearPrediction>> predict(List<PolnearDocument> documents,
            Function<Article, List<Quote>> system) {
        List<List<PolnearPrediction>> perDocument = documents.parallelStream()
                .map(document -> system.apply(document.toArticle()).stream().map(PolnearPrediction::of).toList())
                .toList();
        Map<String, List<PolnearPrediction>> out = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            out.put(documents.get(i).docId(), perDocument.get(i));
        }
        return out;
    }

    /** Scores a PRED file against a gold file, as {@code polnear_score.py GOLD PRED} does. */
    public static PolnearScore scoreFiles(Path goldJsonl, Path predJsonl, PolnearScorer.Options options) {
        Map<String, PolnearDocument> gold = PolnearFiles.firstAnnotations(PolnearFiles.readGold(goldJsonl));
        return new PolnearScorer(options).score(gold, PolnearFiles.readPredictions(predJsonl, gold));
    }

    /** The header line the reference scorer prints. */
    public static String header(Path gold, String pred, boolean directOnly, boolean pieces) {
        return "gold=" + gold + " pred=" + pred + " scope=" + (directOnly ? "direct-only" : "all") + " units="
                + (pieces ? "pieces" : "span-sets");
    }

    /**
     * {@code GOLD.jsonl PRED.jsonl [--direct-only] [--pieces] [--tok 0.3,0.8]}: prints what
     * {@code polnear_score.py} prints for the same arguments.
     */
    public static void main(String[] args) {
        List<String> positional = new ArrayList<>();
        boolean directOnly = false;
        boolean pieces = false;
        List<Double> tok = List.of(0.8);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--direct-only" -> directOnly = true;
                case "--pieces" -> pieces = true;
                case "--tok" -> tok = parseThresholds(i + 1 < args.length ? args[++i] : "");
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            throw new HeraldException(ErrorCode.BAD_REQUEST,
                    "usage: PolnearEval GOLD.jsonl PRED.jsonl [--direct-only] [--pieces] [--tok 0.3,0.8]; got "
                            + List.of(args));
        }
        Path gold = Path.of(positional.get(0));
        Path pred = Path.of(positional.get(1));
        PolnearScore score = scoreFiles(gold, pred, new PolnearScorer.Options(directOnly, tok, pieces));
        score.report(header(gold, pred.toString(), directOnly, pieces)).forEach(System.out::println);
    }

    private static List<Double> parseThresholds(String value) {
        List<Double> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                try {
                    out.add(Double.parseDouble(part.strip()));
                } catch (NumberFormatException e) {
                    throw new HeraldException(ErrorCode.BAD_REQUEST, "bad --tok threshold: " + part, e);
                }
            }
        }
        return out;
    }
}
