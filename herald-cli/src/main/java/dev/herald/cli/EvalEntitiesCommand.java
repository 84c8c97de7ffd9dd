package dev.herald.cli;

import dev.herald.eval.ner.EntityEval;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald eval entities}: CoNLL-style exact-match P/R/F1 on WikiGold and MEANTIME. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Score entity recognition on WikiGold (CoNLL) and MEANTIME (proper-name mentions).")
final class EvalEntitiesCommand implements Callable<Integer> {
    @Option(names = "--wikigold", paramLabel = "FILE",
            description = "WikiGold CoNLL file (default: ../shared/eval/ner/wikigold/wikigold.conll.txt)")
    Path wikigold;

    @Option(names = "--meantime", paramLabel = "DIR",
            description = "MEANTIME corpus folder (default: ../shared/eval/ner/meantime-en)")
    Path meantime;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "also write WikiGold predictions (token TAG) for conll_score.py here")
    Path predictions;

    @Override
    public Integer call() {
        Path wiki = wikigold != null ? wikigold : SharedPaths.eval("ner/wikigold/wikigold.conll.txt");
        Path mean = meantime != null ? meantime : SharedPaths.eval("ner/meantime-en");
        require(Files.isRegularFile(wiki), wiki + ": no WikiGold file");
        require(Files.isDirectory(mean), mean + ": no MEANTIME folder");
        System.out.println("== WikiGold");
        EntityEval.wikigold(wiki, System.out, Optional.ofNullable(predictions));
        System.out.println();
        System.out.println("== MEANTIME (English)");
        EntityEval.meantime(mean, System.out);
        return 0;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new HeraldException(ErrorCode.BAD_INPUT, message);
        }
    }
}
