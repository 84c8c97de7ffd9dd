package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.CharSpan;

/**
 * Converts between the Unicode code point offsets of the PolNeAR files and the UTF-16 offsets of Java strings.
 * The two differ only in texts holding characters outside the Basic Multilingual Plane (emoji).
 */
final class CodePoints {
    private final String text;
    private final int[] utf16Of;
    private final int[] codePointOf;

    CodePoints(String text) {
        this.text = requireNonNull(text, "text");
        int count = text.codePointCount(0, text.length());
        utf16Of = new int[count + 1];
        codePointOf = new int[text.length() + 1];
        int unit = 0;
        for (int cp = 0; cp < count; cp++) {
            utf16Of[cp] = unit;
            int width = Character.charCount(text.codePointAt(unit));
            for (int k = 0; k < width; k++) {
                codePointOf[unit + k] = cp;
            }
            unit += width;
        }
        utf16Of[count] = text.length();
        codePointOf[text.length()] = count;
    }

    int length() {
        return utf16Of.length - 1;
    }

    /** The UTF-16 offset of code point offset {@code cp}, clipped to the text as the reference scorer clips. */
    int toUtf16(int cp) {
        return utf16Of[Math.max(0, Math.min(cp, length()))];
    }

    int toCodePoint(int utf16) {
        checkArgument(0 <= utf16 && utf16 <= text.length(), "offset %s outside text of length %s", utf16,
                text.length());
        return codePointOf[utf16];
    }

    CharSpan toUtf16(int start, int end) {
        int s = toUtf16(start);
        return new CharSpan(s, Math.max(s, toUtf16(end)));
    }

    int[] toCodePoints(CharSpan span) {
        return new int[] {toCodePoint(span.start()), toCodePoint(span.end())};
    }
}
