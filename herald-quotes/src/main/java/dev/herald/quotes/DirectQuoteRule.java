package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.QuoteType;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes with the attribution after, before or inside them; split quotes joined into one attribution with
 * several content pieces; quote paragraphs that continue the previous speaker. Runs first and claims its cues.
 */
final class DirectQuoteRule implements AttributionRule {
    /** How many tokens from the quotation a cue verb may be. */
    private static final int WINDOW = 10;

    private final DocumentView view;
    private final Parse parse;
    private final String text;
    private final Drafts drafts;
    private final SourceFinder sources;

    DirectQuoteRule(DocumentView view, Drafts drafts, SourceFinder sources) {
        this.view = view;
        this.parse = view.parse();
        this.text = view.text();
        this.drafts = drafts;
        this.sources = sources;
    }

    @Override
    public void apply() {
        Draft previous = null;
        int previousEnd = -1;
        for (Quotation q : view.quotations()) {
            if (q.embedded()) {
                continue;
            }
            int cue = attributionAfter(q);
            if (cue < 0 && previous != null && previous.cue >= 0 && isBetween(previous.cue, previousEnd, q)) {
                cue = previous.cue;
            }
            if (cue < 0) {
                cue = attributionBefore(q);
            }
            boolean sameParagraph = previous != null && text.indexOf('\n', previousEnd) > q.span().start()
                    || previous != null && text.indexOf('\n', previousEnd) < 0;
            if (cue >= 0) {
                if (previous != null && previous.cue == cue) {
                    previous.content.add(q.span());
                } else {
                    previous = drafts.add(cue, directSource(cue, q), QuoteType.DIRECT, "direct", q.span());
                }
            } else if (previous != null && sameParagraph) {
                previous.content.add(q.span());
            } else if (previous != null && startsParagraph(q) && isPreviousParagraph(previousEnd, q)) {
                previous = drafts.add(previous.cue, previous.source, QuoteType.DIRECT, "continued", q.span());
            } else {
                previous = drafts.add(-1, List.of(), QuoteType.DIRECT, "unattributed", q.span());
            }
            previousEnd = q.span().end();
        }
        drafts.claimAll();
    }

    /** The cue of the previous quote sits between it and this one, in the same paragraph ("“…,” he said, “…”"). */
    private boolean isBetween(int token, int from, Quotation q) {
        CharSpan span = parse.token(token).span();
        return from <= span.start() && span.end() <= q.span().start() && text.indexOf('\n', from) >= q.span().start();
    }

    /** The subject of a direct quote's cue, never taken from inside a quotation ("“Now is the time,” X said"). */
    private List<Integer> directSource(int cue, Quotation q) {
        if (parse.lemma(cue).equals("accord")) {
            return plainRun(cue + 2);
        }
        List<Integer> subject = sources.of(cue);
        if (!subject.isEmpty() && subject.stream().noneMatch(view::isQuoted)) {
            return subject;
        }
        List<Integer> between = new ArrayList<>();
        for (int k = parse.tokenAtOrAfter(q.span().end()); k < cue; k++) {
            if (!parse.isPunctuation(k)) {
                between.add(k);
            }
        }
        return between.isEmpty() && cue > q.span().start() ? plainRun(cue + 1) : between;
    }

    /**
     * "“…,” said the second official." and "According to Paul Sperry of Counter Jihad, “…”": the words from
     * {@code from} up to the next punctuation, verb or quotation in the sentence, when they end in a noun.
     */
    private List<Integer> plainRun(int from) {
        if (from >= parse.size()) {
            return List.of();
        }
        int end = from;
        int sentence = parse.token(from).sentence();
        while (end < parse.size() && parse.token(end).sentence() == sentence && !parse.isPunctuation(end)
                && !parse.isVerb(end) && !view.isQuoted(end)) {
            end++;
        }
        return end > from && view.isHeadNoun(end - 1) ? DocumentView.range(from, end) : List.of();
    }

    private boolean startsParagraph(Quotation q) {
        int i = q.span().start();
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    private boolean isPreviousParagraph(int previousEnd, Quotation q) {
        int newline = text.indexOf('\n', previousEnd);
        return newline >= 0 && text.substring(newline, q.span().start()).isBlank();
    }

    /** "“…,” Gallant said" and "“…,” said Gallant": a cue verb just after the closing mark. */
    private int attributionAfter(Quotation q) {
        int first = parse.tokenAtOrAfter(q.span().end());
        int sentence = first < parse.size() ? parse.token(first).sentence() : -1;
        int newline = text.indexOf('\n', q.span().end());
        for (int i = first; i < Math.min(parse.size(), first + WINDOW); i++) {
            if (newline >= 0 && parse.token(i).span().start() > newline) {
                return -1;
            }
            if (view.isQuoted(i) || parse.token(i).sentence() != sentence && i > first + 1) {
                return -1;
            }
            String t = parse.token(i).text();
            if (view.isCue(i)) {
                return i;
            }
            if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** "Gallant said, “…”" and "He said: “…”": a cue verb in the stretch before the opening mark. */
    private int attributionBefore(Quotation q) {
        int at = parse.tokenAtOrAfter(q.span().start());
        if (at == 0) {
            return -1;
        }
        int last = at - 1;
        String before = parse.token(last).text();
        if (!(before.equals(",") || before.equals(":") || view.isCue(last))) {
            return -1;
        }
        int sentence = parse.token(last).sentence();
        for (int i = last; i >= 0 && i > last - 2 * WINDOW && parse.token(i).sentence() == sentence; i--) {
            if (view.isQuoted(i)) {
                return -1;
            }
            if (view.isCue(i)) {
                return i;
            }
        }
        return -1;
    }
}
