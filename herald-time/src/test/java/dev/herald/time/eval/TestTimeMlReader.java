package dev.herald.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.time.TimeTagger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTimeMlReader {
    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>doc1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06T22:19:00" functionInDocument="CREATION_TIME">\
            1998-02-06</TIMEX3></DCT>
            <TEXT>
            AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-05">Thursday</TIMEX3> \
            it \u00e9tait \ud83d\ude00 <TIMEX3 tid="t2" type="DURATION" value="P3Y">the past three years</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTextOffsetsAndCreationTime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("doc1.tml");
        Files.writeString(file, TML, StandardCharsets.UTF_8);

        TimeMlDocument document = TimeMlReader.read(file);

        assertEquals("doc1", document.name());
        assertEquals(Optional.of("1998-02-06T22:19:00"), document.dct());
        assertEquals(Optional.of(LocalDate.of(1998, 2, 6)), document.anchor());
        assertEquals("\nAT&T said Thursday it \u00e9tait \ud83d\ude00 the past three years.\n", document.text());
        assertEquals(List.of(
                new TimexAnnotation(11, 19, "DATE", "1998-02-05", "Thursday"),
                new TimexAnnotation(31, 51, "DURATION", "P3Y", "the past three years")), document.gold());
    }

    @Test
    void runsTheTaggerOverAFolderTree(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("gold/sub"));
        Files.writeString(sub.resolve("doc1.tml"), TML, StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        TempEvalScore score = TempEvalRun.run(dir.resolve("gold"), TimeTagger.standard(),
                new PrintStream(printed, true, StandardCharsets.UTF_8), Optional.of(dir.resolve("pred")));

        assertEquals(1, score.documents());
        assertEquals(2, score.gold());
        assertEquals(2, score.valueCorrect());
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(table.endsWith(score.summary() + "\n"), table);
        String json = Files.readString(dir.resolve("pred/sub/doc1.json"));
        assertTrue(json.contains("\"start\": 31, \"end\": 51, \"type\": \"DURATION\", \"value\": \"P3Y\""), json);
    }
}
