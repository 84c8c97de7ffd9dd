package dev.herald.eval.ner;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL column files as {@code conll_score.py} does: columns split on (Unicode) whitespace, the token in the
 * first column and the tag in the last, a blank line between sentences and {@code -DOCSTART-} lines between
 * documents. Tags are kept as written: WikiGold's one {@code 0} tag is read by the scorer as {@code O}.
 */
public final class ConllReader {
    private static final String DOCSTART = "-DOCSTART-";

    private ConllReader() {}

    public static List<ConllDocument> read(Path path) {
        requireNonNull(path, "path");
        try {
            return parse(Files.readAllLines(path, StandardCharsets.UTF_8), path.getFileName().toString());
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "cannot read CoNLL file " + path + ": " + e, e);
        }
    }

    /** The documents in {@code lines}; ids are {@code source#n}, counting non-empty documents from 1. */
    public static List<ConllDocument> parse(List<String> lines, String source) {
        List<ConllDocument> documents = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            List<String> columns = columns(lines.get(n));
            boolean docStart = !columns.isEmpty() && columns.get(0).equals(DOCSTART);
            if (columns.isEmpty() || docStart) {
                if (!tokens.isEmpty()) {
                    sentences.add(new ConllSentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                if (docStart && !sentences.isEmpty()) {
                    documents.add(new ConllDocument(source + "#" + (documents.size() + 1), sentences));
                    sentences.clear();
                }
                continue;
            }
            if (columns.size() < 2) {
                throw new HeraldException(ErrorCode.BAD_INPUT,
                        source + ":" + (n + 1) + ": need at least 2 columns: " + lines.get(n));
            }
            tokens.add(columns.get(0));
            tags.add(columns.get(columns.size() - 1));
        }
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens, tags));
        }
        if (!sentences.isEmpty()) {
            documents.add(new ConllDocument(source + "#" + (documents.size() + 1), sentences));
        }
        return documents;
    }

    /** Writes {@code token TAG} lines with a blank line after every sentence. */
    public static void write(Path path, List<ConllDocument> documents) {
        StringBuilder out = new StringBuilder();
        for (ConllDocument document : documents) {
            for (ConllSentence sentence : document.sentences()) {
                for (int i = 0; i < sentence.tokens().size(); i++) {
                    out.append(sentence.tokens().get(i)).append(' ').append(sentence.tags().get(i)).append('\n');
                }
                out.append('\n');
            }
        }
        try {
            Files.writeString(path, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.EXTERNAL, "cannot write " + path + ": " + e, e);
        }
    }

    /** Python's {@code str.split()}: runs of whitespace, no-break spaces and U+0085 included, separate columns. */
    static List<String> columns(String line) {
        List<String> columns = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && isPythonSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !isPythonSpace(line.charAt(i))) {
                i++;
            }
            if (start < i) {
                columns.add(line.substring(start, i));
            }
        }
        return columns;
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
