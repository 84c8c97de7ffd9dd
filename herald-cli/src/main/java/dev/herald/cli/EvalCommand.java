package dev.herald.cli;

import picocli.CommandLine.Command;

/** {@code herald eval}: accuracy against the gold corpora in ../shared/eval. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Herald against gold data (see docs/EVALUATION.md).",
        subcommands = {EvalEntitiesCommand.class, EvalTimeCommand.class, EvalQuotesCommand.class,
                EvalQuoteAgreementCommand.class})
final class EvalCommand {
}
