package dev.herald.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestTextInput {
    @Test
    void decodesUtf8AndDropsTheByteOrderMark() {
        assertEquals("Gallant’s visit", TextInput.decode("\uFEFFGallant’s visit".getBytes(StandardCharsets.UTF_8), "f"));
    }

    @Test
    void refusesEmptyInput() {
        assertBad("f: empty input: no text to analyse", " \n\t".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesBinaryInput() {
        assertBad("f: binary input (contains NUL bytes), not text", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertBad("f: binary input (4 control bytes), not text", new byte[] {1, 2, 3, 4, 'a', 'b'});
    }

    @Test
    void refusesLatin1() {
        assertBad("f: not valid UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)",
                "café".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void refusesHugeInput() {
        byte[] huge = new byte[TextInput.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertEquals(ErrorCode.BAD_INPUT, assertThrows(HeraldException.class, () -> TextInput.decode(huge, "f"))
                .errorCode());
    }

    private static void assertBad(String message, byte[] bytes) {
        HeraldException e = assertThrows(HeraldException.class, () -> TextInput.decode(bytes, "f"));
        assertEquals(ErrorCode.BAD_INPUT, e.errorCode());
        assertEquals(message, e.getMessage());
    }
}
