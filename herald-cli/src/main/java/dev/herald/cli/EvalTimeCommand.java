package dev.herald.cli;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.time.TimeTagger;
import dev.herald.time.eval.TempEvalRun;
import dev.herald.time.eval.TempEvalScore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald eval time}: TempEval-3 extraction and normalisation scores, per sub-corpus and overall. */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Score the time tagger on TempEval-3 TimeML (strict/relaxed extraction F1, value F1).")
final class EvalTimeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "folder of .tml files, scored per sub-folder (default: the TempEval-3 training set, "
                    + "TBAQ-cleaned/AQUAINT and TBAQ-cleaned/TimeBank under ../shared/eval/time/tempeval3/Training)")
    Path dir;

    @Option(names = "--predictions", paramLabel = "DIR",
            description = "also write te3_score.py's JSON predictions here, one folder per sub-corpus")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        List<Path> corpora = dir != null ? subCorpora(dir) : trainingSet();
        for (Path corpus : corpora) {
            if (!Files.isDirectory(corpus)) {
                throw new HeraldException(ErrorCode.BAD_INPUT, corpus + ": not a directory of TimeML files");
            }
        }
        PrintStream out = System.out;
        TimeTagger tagger = TimeTagger.standard();
        TempEvalScore total = TempEvalScore.empty();
        for (Path corpus : corpora) {
            out.println("== " + corpus.getFileName());
            total = total.plus(TempEvalRun.run(corpus, tagger, out,
                    Optional.ofNullable(predictions).map(p -> p.resolve(corpus.getFileName().toString()))));
            out.println();
        }
        if (corpora.size() > 1) {
            out.println("== all " + corpora.size() + " sub-corpora");
            out.print(total.table());
        }
        return 0;
    }

    /** The 256 training documents; TBAQ-cleaned/testpipeline only repeats one TimeBank file. */
    private static List<Path> trainingSet() {
        Path tbaq = SharedPaths.eval("time/tempeval3/Training/TBAQ-cleaned");
        return List.of(tbaq.resolve("AQUAINT"), tbaq.resolve("TimeBank"));
    }

    /** The sub-folders that hold .tml files directly (TimeBank, AQUAINT), or the folder itself. */
    private static List<Path> subCorpora(Path gold) throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new HeraldException(ErrorCode.BAD_INPUT, gold + ": not a directory of TimeML files");
        }
        try (Stream<Path> children = Files.list(gold)) {
            List<Path> corpora = children.filter(Files::isDirectory).filter(EvalTimeCommand::holdsTimeMl).sorted()
                    .toList();
            return corpora.isEmpty() ? List.of(gold) : corpora;
        }
    }

    private static boolean holdsTimeMl(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".tml"));
        } catch (IOException e) {
            return false;
        }
    }
}
