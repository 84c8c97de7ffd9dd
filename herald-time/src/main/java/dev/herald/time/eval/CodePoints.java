package dev.herald.time.eval;

/** Conversions between UTF-16 indices (Java) and code point indices (the TempEval-3 scorers). */
final class CodePoints {
    private CodePoints() {}

    static String substring(String text, int startCodePoint, int endCodePoint) {
        int start = text.offsetByCodePoints(0, startCodePoint);
        return text.substring(start, text.offsetByCodePoints(start, endCodePoint - startCodePoint));
    }

    static int toCodePoint(String text, int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }
}
