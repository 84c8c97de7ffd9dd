package dev.herald.quotes;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the quoted stretches of an article from its text alone.
 *
 * <p>Double marks (curly, straight, guillemets, two apostrophes: ''…'') are paired within a paragraph. A quote that
 * runs over several paragraphs repeats its opening mark at the start of each paragraph and closes only at its end;
 * an opening mark that never closes is cut at the end of its paragraph, so a stray mark never swallows the rest of
 * the article.
 * Single marks count as quotes only outside double quotes (headlines: "It’s ‘in Their Heads’") and only when they
 * close in the same paragraph; apostrophes (don’t, Hezbollah’s, ’90s) are never taken as marks. Short title-case
 * stretches inside a sentence are titles and terms ("the film “Top Gun”"), except in a title-case headline.
 */
public final class QuoteMarks {
    private static final int MAX_TERM_WORDS = 4;
    private static final int HEADLINE_MAX_WORDS = 30;
    private static final Set<String> NAMING_CUES = Set.of("so-called", "dubbed", "called", "nicknamed", "named",
            "term", "word", "words", "phrase", "titled", "entitled", "label", "labeled", "labelled", "branded",
            "coined", "slogan", "hashtag", "as", "film", "book", "show", "song", "album", "headline", "known");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our",
            "my", "your", "this", "that", "these", "those");
    private static final Pattern DECADE = Pattern.compile("\\d\\ds\\b.*", Pattern.DOTALL);

    private QuoteMarks() {}

    /** The quoted stretches of {@code text}, sorted by start. */
    public static List<Quotation> scan(String text) {
        requireNonNull(text, "text");
        List<Quotation> out = new ArrayList<>();
        int openAt = -1;
        int openParagraphs = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int from = start;
            if (openAt >= 0) {
                int first = skipSpace(text, start, end);
                if (first < end && (isDoubleOpening(text.charAt(first)) || isTwoApostrophes(text, first))) {
                    from = first + width(text, first);
                    openParagraphs++;
                } else if (first < end || end == text.length()) {
                    out.add(unclosed(text, openAt, lastParagraphEnd(text, start), openParagraphs));
                    openAt = -1;
                } else {
                    from = end;
                }
            }
            int[] state = scanParagraph(text, from, end, openAt, openParagraphs, out);
            openAt = state[0];
            openParagraphs = state[1];
            if (end == text.length()) {
                break;
            }
            start = end + 1;
        }
        if (openAt >= 0) {
            out.add(unclosed(text, openAt, text.length(), openParagraphs));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(out);
    }

    /** True when the character is any quotation mark this scanner knows, double or single. */
    public static boolean isQuoteMark(char c) {
        return isDouble(c) || isSingle(c);
    }

    private static int[] scanParagraph(String text, int from, int end, int openAt, int openParagraphs,
            List<Quotation> out) {
        int open = openAt;
        int paragraphs = openParagraphs;
        int singleOpen = -1;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            boolean straight = c == '"' || isTwoApostrophes(text, i);
            if (isDouble(c) || straight) {
                int width = width(text, i);
                boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
                boolean after = i + width < end && !Character.isWhitespace(text.charAt(i + width));
                if (open < 0) {
                    if (isDoubleOpening(c) || straight || (after && !before)) {
                        open = i;
                        paragraphs = 1;
                        singleOpen = -1;
                    }
                } else if (isDoubleClosing(c) || straight || before || !after) {
                    out.add(closed(text, open, i, paragraphs));
                    open = -1;
                } else {
                    out.add(unclosed(text, open, i, paragraphs));
                    open = i;
                    paragraphs = 1;
                }
                i += width - 1;
            } else if (open < 0 && isSingle(c) && !isApostrophe(text, i, end)) {
                boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
                boolean after = i + 1 < end && !Character.isWhitespace(text.charAt(i + 1));
                boolean canOpen = c != '’' && c != '›' && after
                        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
                boolean canClose = c != '‘' && c != '‹' && before;
                if (singleOpen >= 0 && canClose) {
                    out.add(closed(text, singleOpen, i, 1));
                    singleOpen = -1;
                } else if (canOpen) {
                    singleOpen = i;
                }
            }
        }
        return new int[] {open, paragraphs};
    }

    private static Quotation closed(String text, int open, int close, int paragraphs) {
        CharSpan inner = new CharSpan(open + width(text, open), close);
        int after = close + width(text, close);
        return new Quotation(new CharSpan(open, after), inner, classify(text, open, inner, after), true,
                isEmbedded(text, open), paragraphs);
    }

    private static Quotation unclosed(String text, int open, int end, int paragraphs) {
        int from = Math.min(open + width(text, open), end);
        int stop = end;
        while (stop > from && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        CharSpan inner = new CharSpan(from, stop);
        return new Quotation(new CharSpan(open, stop), inner, classify(text, open, inner, stop), false,
                isEmbedded(text, open), paragraphs);
    }

    /** Scare quotes, nicknames and titles: short stretches inside a sentence that name words rather than say them. */
    private static QuotationKind classify(String text, int open, CharSpan inner, int after) {
        String words = inner.coveredText(text).strip();
        if (words.isEmpty() || !isEmbedded(text, open)) {
            return QuotationKind.SPEECH;
        }
        String[] parts = words.split("\\s+");
        if (parts.length > MAX_TERM_WORDS) {
            return QuotationKind.SPEECH;
        }
        String previous = previousWord(text, open);
        if (NAMING_CUES.contains(previous)) {
            return QuotationKind.TERM;
        }
        char last = words.charAt(words.length() - 1);
        boolean endsClause = last == '.' || last == '!' || last == '?' || last == ',' || last == '…';
        if (!endsClause && isTitleCase(parts) && !isHeadline(text, open)) {
            return QuotationKind.TERM;
        }
        if (!endsClause && DETERMINERS.contains(previous) && nextStartsLowercaseWord(text, after)) {
            return QuotationKind.TERM;
        }
        return QuotationKind.SPEECH;
    }

    /**
     * Whether the paragraph around {@code at} is a title-case headline ("Minister Says 'We Will Not Retreat'"), where
     * capitals do not mark a quotation as a title.
     */
    private static boolean isHeadline(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String[] words = text.substring(start, end < 0 ? text.length() : end).split("[^\\p{L}]+");
        int long4 = 0;
        int capital = 0;
        for (String word : words) {
            if (word.length() >= 4) {
                long4++;
                capital += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return long4 >= 3 && words.length <= HEADLINE_MAX_WORDS && capital * 5 >= long4 * 4;
    }

    private static boolean isTitleCase(String[] words) {
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextStartsLowercaseWord(String text, int after) {
        if (after >= text.length() || text.charAt(after) != ' ') {
            return false;
        }
        return after + 1 < text.length() && Character.isLowerCase(text.charAt(after + 1));
    }

    private static String previousWord(String text, int open) {
        int end = open;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isEmbedded(String text, int open) {
        int i = open - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || c == '’' || c == '\'' || c == '(';
    }

    private static boolean isApostrophe(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '‘' || c == '‹' || c == '›') {
            return false;
        }
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
        if (letterBefore && letterAfter) {
            return true;
        }
        return !letterBefore && i + 1 < end && DECADE.matcher(text.subSequence(i + 1, end)).lookingAt();
    }

    private static int skipSpace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the last non-blank paragraph before {@code start}, the start of a paragraph. */
    private static int lastParagraphEnd(String text, int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** "''…''": two ASCII apostrophes standing for a double mark, as some archives write them. */
    private static boolean isTwoApostrophes(String text, int i) {
        return text.startsWith("''", i);
    }

    private static int width(String text, int i) {
        return isTwoApostrophes(text, i) ? 2 : 1;
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
    }

    private static boolean isDoubleOpening(char c) {
        return c == '“' || c == '„' || c == '«' || c == '"' || c == '‟';
    }

    private static boolean isDoubleClosing(char c) {
        return c == '”' || c == '»';
    }

    private static boolean isSingle(char c) {
        return c == '\'' || c == '‘' || c == '’' || c == '‹' || c == '›';
    }
}
