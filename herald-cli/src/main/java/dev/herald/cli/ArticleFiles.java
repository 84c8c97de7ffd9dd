package dev.herald.cli;

import dev.herald.core.ingest.EnglishCheck;
import dev.herald.core.ingest.TextInput;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an article's text from a file or standard input ("-"), with one-line reasons for what cannot be read. */
final class ArticleFiles {
    private ArticleFiles() {}

    /** The article's text; refuses what cannot be read and what is plainly not English. */
    static String read(String name, InputStream stdin) {
        String text = decode(name, stdin);
        EnglishCheck.requireEnglish(text, name.equals("-") ? "standard input" : name);
        return text;
    }

    private static String decode(String name, InputStream stdin) {
        try {
            if (name.equals("-")) {
                return TextInput.decode(stdin.readNBytes(TextInput.MAX_BYTES + 1), "standard input");
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                throw new HeraldException(ErrorCode.BAD_INPUT, name + ": is a directory, not an article file");
            }
            return TextInput.decode(Files.readAllBytes(path), name);
        } catch (NoSuchFileException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, name + ": no such file");
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** An article id from a file name: "gallant-pentagon.txt" → "gallant-pentagon". */
    static String idOf(String name) {
        if (name.equals("-")) {
            return "stdin";
        }
        String file = Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
