package dev.herald.time.eval;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.TimeExpression;
import dev.herald.time.TimeTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a {@link TimeTagger} over a folder of TempEval-3 TimeML files and scores it the way {@code te3_score.py}
 * does. Every {@code .tml} file under the folder is read, recursively, in path order; each text is tagged with
 * the day of its creation time as anchor.
 */
public final class TempEvalRun {
    private TempEvalRun() {}

    /** Tags and scores every {@code .tml} file under {@code goldDir} and prints the score table to {@code out}. */
    public static TempEvalScore run(Path goldDir, TimeTagger tagger, PrintStream out) {
        return run(goldDir, tagger, out, Optional.empty());
    }

    /**
     * As {@link #run(Path, TimeTagger, PrintStream)}, and when {@code predictionDir} is present also writes one
     * {@code NAME.json} per document in the format {@code te3_score.py} reads, mirroring the sub-folders of
     * {@code goldDir} so the reference scorer can be run on each of them.
     */
    public static TempEvalScore run(Path goldDir, TimeTagger tagger, PrintStream out, Optional<Path> predictionDir) {
        requireNonNull(tagger, "tagger");
        requireNonNull(out, "out");
        requireNonNull(predictionDir, "predictionDir");
        List<Path> files = timeMlFiles(goldDir);
        checkArgument(!files.isEmpty(), "no .tml files under %s", goldDir);
        TempEvalScore total = TempEvalScore.empty();
        for (Path file : files) {
            TimeMlDocument document = TimeMlReader.read(file);
            List<TimexAnnotation> predicted = predict(document, tagger);
            total = total.plus(TempEvalScorer.score(document.gold(), predicted));
            if (predictionDir.isPresent()) {
                Path target = predictionDir.get().resolve(goldDir.relativize(file.getParent()))
                        .resolve(document.name() + ".json");
                write(target, PredictionJson.write(document.dct(), predicted));
            }
        }
        out.print(total.table());
        out.flush();
        return total;
    }

    /** The tagger's timexes for one document, in code point offsets. */
    public static List<TimexAnnotation> predict(TimeMlDocument document, TimeTagger tagger) {
        String text = document.text();
        List<TimexAnnotation> predicted = new ArrayList<>();
        for (TimeExpression timex : tagger.tag(text, document.anchor())) {
            predicted.add(new TimexAnnotation(CodePoints.toCodePoint(text, timex.span().start()),
                    CodePoints.toCodePoint(text, timex.span().end()), timex.type().name(), timex.value(),
                    timex.text()));
        }
        return predicted;
    }

    /** Every {@code .tml} file under {@code dir}, recursively, sorted by path. */
    static List<Path> timeMlFiles(Path dir) {
        checkArgument(Files.isDirectory(dir), "not a directory: %s", dir);
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> Files.isRegularFile(p))
                    .filter(p -> p.getFileName().toString().endsWith(".tml"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void write(Path target, String json) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Command line: {@code TempEvalRun GOLD_DIR [--predictions OUT_DIR]}. Prints the score table; with
     * {@code --predictions} also writes the JSON predictions for {@code te3_score.py}.
     */
    public static void main(String[] args) {
        checkArgument(args.length == 1 || (args.length == 3 && args[1].equals("--predictions")),
                "usage: TempEvalRun GOLD_DIR [--predictions OUT_DIR]");
        Optional<Path> predictions = args.length == 3 ? Optional.of(Path.of(args[2])) : Optional.empty();
        run(Path.of(args[0]), TimeTagger.standard(), System.out, predictions);
    }
}
