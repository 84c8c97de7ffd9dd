package dev.herald.cli;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herald} command line. */
@Command(name = "herald", mixinStandardHelpOptions = true, version = "herald 0.1.0",
        description = "Turns news articles into structured, verifiable records.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class})
public final class Herald {
    /** Exit code for bad input or a bad request: the user can fix it. */
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    public static void main(String[] args) {
        // Models load on two threads; initialising logging first keeps SLF4J from replaying their early calls.
        LoggerFactory.getILoggerFactory();
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Herald()).setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("herald: " + message(e));
            return exitCode(e);
        });
        return commandLine.execute(args);
    }

    private static String message(Exception e) {
        if (e instanceof HeraldException) {
            return e.getMessage();
        }
        return "internal error: " + e;
    }

    private static int exitCode(Exception e) {
        if (e instanceof HeraldException he && he.errorCode().kind() == ErrorCode.Kind.USER) {
            return USER_ERROR;
        }
        return INTERNAL_ERROR;
    }
}
