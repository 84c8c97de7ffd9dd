package dev.herald.cli;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the gold corpora live by default: {@code ../shared/eval}, or the folder named by HERALD_SHARED. */
final class SharedPaths {
    private SharedPaths() {}

    static Path eval(String relative) {
        String shared = System.getenv().getOrDefault("HERALD_SHARED", "../shared");
        return Path.of(shared, "eval").resolve(relative);
    }

    /** The file the user named, or the gold file under ../shared/eval; a user error when it is not a file. */
    static Path evalFile(Path given, String defaultRelative, String what) {
        Path file = given != null ? given : eval(defaultRelative);
        if (!Files.isRegularFile(file)) {
            throw new HeraldException(ErrorCode.BAD_INPUT, file + ": no " + what + " file");
        }
        return file;
    }
}
