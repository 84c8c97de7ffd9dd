package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.QuoteType;
import java.util.List;
import java.util.Set;

/**
 * Quoted fragments inside a sentence that no attribution covers yet, governed by a cue ("blamed “Hezbollah’s
 * aggression”", "said there were “too many …”"): mixed quotes.
 */
final class EmbeddedQuoteRule extends AttributionRule {
    private static final int MIN_CUE_COUNT = 30;
    /** How many arcs above the fragment's first word the cue may be. */
    private static final int MAX_STEPS = 6;
    private static final int MAX_LEAD_TOKENS = 8;
    private static final Set<String> ARGUMENTS = Set.of("obj", "ccomp", "xcomp", "obl", "iobj");
    /** Their first argument is the addressee ("told reporters “…”"), not the content. */
    private static final Set<String> ADDRESSEE_CUES = Set.of("tell", "ask");

    EmbeddedQuoteRule(Drafts drafts) {
        super(drafts);
    }

    @Override
    void apply() {
        for (Quotation q : view.quotations()) {
            if (!q.embedded() || drafts.covers(q.span())) {
                continue;
            }
            int first = parse.tokenAtOrAfter(q.inner().start());
            if (first >= parse.size()) {
                continue;
            }
            int node = first;
            int argument = -1;
            for (int step = 0; step < MAX_STEPS && node >= 0; step++) {
                if (view.isCue(node) && view.cueCount(node) >= MIN_CUE_COUNT
                        && !q.span().contains(parse.token(node).span())) {
                    if (drafts.isClaimed(node)) {
                        break; // the cue has its attribution already; one cue reports once
                    }
                    List<Integer> source = sources.of(node);
                    CharSpan content = argumentSpan(argument, q.span());
                    drafts.add(node, source, QuoteType.MIXED, "embedded",
                            content.equals(q.span()) ? withLead(node, q.span()) : content);
                    drafts.claim(node);
                    break;
                }
                argument = node;
                node = parse.head(node);
            }
        }
    }

    /**
     * "said Cruz “has courage …”", "said there were “too many …”": the few words between the cue and the opening
     * mark belong to the content when the parse does not say so.
     */
    private CharSpan withLead(int cue, CharSpan quoted) {
        int open = parse.tokenAtOrAfter(quoted.start());
        if (cue >= open || open - cue - 1 > MAX_LEAD_TOKENS || ADDRESSEE_CUES.contains(parse.lemma(cue))) {
            return quoted;
        }
        for (int k = cue + 1; k < open; k++) {
            if (parse.isPunctuation(k) || view.isCue(k)
                    || parse.token(k).sentence() != parse.token(cue).sentence()) {
                return quoted;
            }
        }
        CharSpan lead = new CharSpan(parse.token(Math.min(cue + 1, open)).span().start(), quoted.end());
        return drafts.covers(lead) ? quoted : lead;
    }

    /** "called Machado’s “sex tape”": the cue's whole argument around the quoted words, when it is clean. */
    private CharSpan argumentSpan(int argument, CharSpan quoted) {
        if (argument < 0 || !ARGUMENTS.contains(parse.relation(argument))) {
            return quoted;
        }
        List<Integer> tokens = spans.trim(parse.subtree(argument, Set.of()));
        if (tokens.isEmpty()) {
            return quoted;
        }
        CharSpan span = parse.span(tokens);
        if (!span.contains(quoted) || drafts.covers(span)) {
            return quoted;
        }
        return span;
    }
}
