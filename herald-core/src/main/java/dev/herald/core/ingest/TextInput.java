package dev.herald.core.ingest;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into article text, refusing what is not text: empty input, binary data and bytes that are not
 * UTF-8 each get a one-line reason instead of garbage spans.
 */
public final class TextInput {
    /** Larger inputs are refused: no news article is this long, and annotating one would take minutes. */
    public static final int MAX_BYTES = 2_000_000;

    private TextInput() {}

    public static String decode(byte[] bytes, String origin) {
        if (bytes.length > MAX_BYTES) {
            throw bad(origin, "too large for one article (" + bytes.length + " bytes, limit " + MAX_BYTES + ")");
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw bad(origin, "binary input (contains NUL bytes), not text");
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 0 && controls * 20 > bytes.length) {
            throw bad(origin, "binary input (" + controls + " control bytes), not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad(origin, "not valid UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw bad(origin, "empty input: no text to analyse");
        }
        return text;
    }

    private static HeraldException bad(String origin, String reason) {
        return new HeraldException(ErrorCode.BAD_INPUT, origin + ": " + reason);
    }
}
