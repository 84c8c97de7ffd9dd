package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes and one-line errors, never a stack trace. */
class TestHerald {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int herald(String... args) {
        return Herald.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void missingFileIsAOneLineUserError() {
        assertEquals(Herald.USER_ERROR, herald("analyze", dir.resolve("nope.txt").toString()));
        assertEquals("herald: " + dir.resolve("nope.txt") + ": no such file", err.toString().strip());
    }

    @Test
    void emptyBinaryAndLatin1InputAreRefused() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        Path latin1 = Files.write(dir.resolve("l.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
        for (Path file : new Path[] {empty, binary, latin1}) {
            assertEquals(Herald.USER_ERROR, herald("analyze", file.toString()), file.toString());
        }
        String[] lines = err.toString().strip().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].endsWith("empty input: no text to analyse"), lines[0]);
        assertTrue(lines[1].endsWith("binary input (contains NUL bytes), not text"), lines[1]);
        assertTrue(lines[2].endsWith("not valid UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)"));
    }

    @Test
    void nonEnglishInputIsRefused() throws IOException {
        Path german = Files.writeString(dir.resolve("de.txt"), "Bei einem Besuch im Pentagon forderte der israelische"
                + " Verteidigungsminister Joav Gallant die Vereinigten Staaten auf, weiterhin mit Israel bei der"
                + " Verteidigung gegen den Iran und seine Verbündeten zusammenzuarbeiten, nachdem Berichte darauf"
                + " hindeuteten, dass die Vereinigten Staaten möglicherweise nicht dasselbe Maß an Unterstützung leisten"
                + " könnten.");
        assertEquals(Herald.USER_ERROR, herald("analyze", german.toString()));
        assertTrue(err.toString().contains("does not look like English"), err.toString());
    }

    @Test
    void badDateIsAUserError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Gallant spoke on Tuesday.");
        assertEquals(Herald.USER_ERROR, herald("analyze", file.toString(), "--published", "2024-13-01"));
        assertEquals("herald: --published must be a date like 2024-06-26: 2024-13-01", err.toString().strip());
    }

    @Test
    void quoteAgreementScoresTheDocumentsSeveralAnnotatorsAnnotated() throws IOException {
        String text = "Smith said taxes rose.";
        String attribution = "{\"id\":\"1\",\"has_source\":true,\"source\":[[0,5]],\"cue\":[[6,10]],"
                + "\"content\":[[11,22]],\"content_has_quote_mark\":false}";
        String line = "{\"doc_id\":\"d1\",\"annotator\":\"%s\",\"publisher\":\"p\",\"date\":\"2016-01-01\","
                + "\"title\":\"\",\"text\":\"" + text + "\",\"attributions\":[%s]}\n";
        Path single = Files.writeString(dir.resolve("single.jsonl"), line.formatted("a", attribution));
        assertEquals(Herald.USER_ERROR, herald("eval", "quote-agreement", single.toString()));
        assertEquals("herald: " + single + ": no document has two annotations", err.toString().strip());

        Path both = Files.writeString(dir.resolve("both.jsonl"),
                line.formatted("a", attribution) + line.formatted("b", attribution) + line.formatted("c", ""));
        assertEquals(0, herald("eval", "quote-agreement", both.toString()));
        String table = out.toString();
        assertTrue(table.contains("1 documents with 3 annotations (6 ordered annotator pairs)"), table);
        // a and b agree, c marks nothing: 2 of the pairs' 4 gold and 4 predicted attributions match
        assertTrue(table.matches("(?s).*annotator against annotator\\s+50\\.0\\s+50\\.0\\s+50\\.0.*"), table);
    }

    @Test
    void unknownOptionShowsUsage() {
        assertEquals(2, herald("analyze", "a.txt", "--frobnicate"));
        assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err.toString());
    }
}
