package dev.herald.cli;

import dev.herald.quotes.eval.PolnearAgreement;
import dev.herald.quotes.eval.PolnearFiles;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code herald eval quote-agreement}: how far PolNeAR's annotators agree with one another, which bounds what
 * {@code herald eval quotes} can reach.
 */
@Command(name = "quote-agreement", mixinStandardHelpOptions = true,
        description = "PolNeAR inter-annotator agreement on the documents several annotators annotated: "
                + "annotator against annotator, and the majority of the others against each annotator.")
final class EvalQuoteAgreementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "PolNeAR JSONL (default: ../shared/eval/quotes/polnear/polnear_train.jsonl)")
    Path file;

    @Override
    public Integer call() {
        Path gold = SharedPaths.evalFile(file, "quotes/polnear/polnear_train.jsonl", "PolNeAR JSONL");
        PolnearAgreement agreement = PolnearAgreement.of(PolnearFiles.readGold(gold));
        if (agreement.documents() == 0) {
            throw new HeraldException(ErrorCode.BAD_INPUT, gold + ": no document has two annotations");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("gold=" + gold);
        agreement.report().forEach(out::println);
        return 0;
    }
}
