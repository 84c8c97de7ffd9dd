package dev.herald.quotes;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Spanned;

/**
 * One quoted stretch of an article.
 *
 * @param span from the opening mark to the closing mark, both included; for an unclosed stretch, to the end of
 *     its last paragraph
 * @param inner the text between the marks
 * @param closed false when no closing mark was found and the stretch was cut at a paragraph end
 * @param embedded true when the stretch sits inside a sentence (after a word, as in "is “committed to…”") rather
 *     than opening one (after a paragraph start, sentence end, comma or colon)
 * @param paragraphs how many paragraphs the stretch runs over
 */
public record Quotation(CharSpan span, CharSpan inner, QuotationKind kind, boolean closed, boolean embedded,
        int paragraphs) implements Spanned {

    public Quotation {
        requireNonNull(span, "span");
        requireNonNull(inner, "inner");
        requireNonNull(kind, "kind");
        checkArgument(span.contains(inner), "inner %s outside span %s", inner, span);
        checkArgument(paragraphs >= 1, "paragraphs must be positive: %s", paragraphs);
    }

    /**
     * The last character of the quoted words in {@code text}, trailing whitespace aside ("," for "“We won,”"); 0
     * when they are blank. The rules read from it whether the quote ends a sentence or runs on.
     */
    public char lastChar(String text) {
        for (int i = inner.end() - 1; i >= inner.start(); i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
