package dev.herald.quotes;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The data files shipped in this package (models, lexicons), read as UTF-8 text. */
final class PackageResources {
    private PackageResources() {}

    /** The file's text; a missing or unreadable file is a model error naming {@code what} it holds. */
    static String text(String name, String what) {
        try (InputStream in = PackageResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, what + " resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "cannot read " + what + " " + name + ": " + e.getMessage(),
                    e);
        }
    }
}
