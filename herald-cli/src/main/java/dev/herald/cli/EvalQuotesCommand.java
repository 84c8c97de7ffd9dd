package dev.herald.cli;

import dev.herald.core.pipeline.Pipeline;
import dev.herald.engine.StandardPipeline;
import dev.herald.quotes.eval.PolnearEval;
import dev.herald.spi.Layers;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald eval quotes}: PolNeAR source/cue/content scores of the full analyze pipeline. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quote attribution on PolNeAR JSONL (exact and overlap P/R/F1, all and direct quotes).")
final class EvalQuotesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "PolNeAR JSONL (default: ../shared/eval/quotes/polnear/polnear_dev.jsonl)")
    Path file;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "also write the predictions polnear_score.py reads here")
    Path predictions;

    @Override
    public Integer call() {
        Path gold = SharedPaths.evalFile(file, "quotes/polnear/polnear_dev.jsonl", "PolNeAR JSONL");
        Pipeline pipeline = StandardPipeline.create();
        PolnearEval.run(gold, article -> pipeline.analyze(article).get(Layers.QUOTES), System.out,
                Optional.ofNullable(predictions));
        return 0;
    }
}
