package dev.herald.cli;

import java.nio.file.Path;

/** Where the gold corpora live by default: {@code ../shared/eval}, or the folder named by HERALD_SHARED. */
final class SharedPaths {
    private SharedPaths() {}

    static Path eval(String relative) {
        String shared = System.getenv().getOrDefault("HERALD_SHARED", "../shared");
        return Path.of(shared, "eval").resolve(relative);
    }
}
