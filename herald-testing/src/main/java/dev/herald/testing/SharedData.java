package dev.herald.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared articles and gold data beside the repository ({@code ../shared}, or system property herald.shared). */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        return Path.of(System.getProperty("herald.shared", "../shared"));
    }

    public static Path path(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("shared data missing: " + path.toAbsolutePath()
                    + " (set -Dherald.shared=DIR to the shared folder)");
        }
        return path;
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
