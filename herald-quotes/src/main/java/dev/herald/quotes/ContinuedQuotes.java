package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import java.util.List;

/**
 * "The deal “looks out for Wall Street first,” Sanders wrote. “That is unacceptable.”": a quote with no cue of its
 * own continues the attribution whose cue closes the sentence just before it, in its paragraph or closing the
 * paragraph before, as PolNeAR annotates it (one attribution, two content pieces). {@link DirectQuoteRule} joins
 * such quotes to its own drafts as it goes; this joins them to the later rules' drafts (mixed quotes, postposed
 * cues), found after the quote was taken as unattributed. Runs once all rules and the gate are done.
 */
final class ContinuedQuotes {
    private final Drafts drafts;
    private final DocumentView view;
    private final Parse parse;

    ContinuedQuotes(Drafts drafts) {
        this.drafts = drafts;
        this.view = drafts.view();
        this.parse = view.parse();
    }

    void join() {
        List<Draft> ordered = drafts.inTextOrder();
        for (int i = 1; i < ordered.size(); i++) {
            Draft quote = ordered.get(i);
            Draft before = ordered.get(i - 1);
            if (quote.cue < 0 && before.cue >= 0 && continues(before, quote.content.get(0))) {
                before.content.addAll(quote.content);
                drafts.reject(quote);
                ordered.set(i, before);
            }
        }
    }

    /** Whether the quote starts right after the sentence that {@code before}'s cue closes, content before it. */
    private boolean continues(Draft before, CharSpan quote) {
        int next = before.cue;
        while (next < parse.size() && parse.token(next).sentence() == parse.token(before.cue).sentence()) {
            next++;
        }
        int cueEnd = parse.token(Math.max(before.cue, before.cueEnd)).span().end();
        boolean contentFirst = before.content.stream().allMatch(piece -> piece.end() <= cueEnd);
        return contentFirst && next < parse.size() && parse.tokenAtOrAfter(quote.start()) == next;
    }
}
