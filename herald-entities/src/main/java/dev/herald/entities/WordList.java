package dev.herald.entities;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** Reads the lexicons bundled with this module: one entry a line, '#' starts a comment line. */
final class WordList {
    private WordList() {}

    static Set<String> lowerCaseSet(String resource) {
        List<String> words = new ArrayList<>();
        forEachLine(resource, line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }

    static void forEachLine(String resource, Consumer<String> action) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "lexicon missing from the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    action.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** The form names are compared in: lower case, without periods or a leading "the" ("The U.S." = "us"). */
    static String key(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'').strip();
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return key.replaceAll("\\s+", " ");
    }
}
