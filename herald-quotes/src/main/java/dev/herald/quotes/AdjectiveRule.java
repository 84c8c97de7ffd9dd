package dev.herald.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Broad: a predicate adjective the lexicon knows with what it is about ("were worried about the economy", "is
 * confident that …", "eager to show …", "critical of the deal"): attitudes PolNeAR counts as attributions, with
 * the adjective's subject as the source; the model decides which adjectives and shapes count.
 */
final class AdjectiveRule implements AttributionRule {
    private static final Set<String> CASES = Set.of("about", "of", "with", "over", "on", "to", "for");

    private final DocumentView view;
    private final Parse parse;
    private final Drafts drafts;
    private final SourceFinder sources;
    private final ContentSpans spans;

    AdjectiveRule(DocumentView view, Drafts drafts, SourceFinder sources, ContentSpans spans) {
        this.view = view;
        this.parse = view.parse();
        this.drafts = drafts;
        this.sources = sources;
        this.spans = spans;
    }

    @Override
    public void apply() {
        for (int i = 0; i < parse.size(); i++) {
            if (!parse.token(i).pos().startsWith("JJ") || view.cueCount(i) < QuoteStage.DEFAULT_MIN_CUE_COUNT
                    || drafts.isClaimed(i) || view.isQuoted(i)) {
                continue;
            }
            List<Integer> content = new ArrayList<>();
            String shape = "";
            for (int c : parse.children(i)) {
                if (c < i || !content.isEmpty()) {
                    continue;
                }
                String relation = parse.relation(c);
                int kase = parse.child(c, "case");
                if ((relation.equals("ccomp") || relation.equals("xcomp"))
                        || relation.equals("obl") && kase >= 0 && CASES.contains(parse.lower(kase))) {
                    content = parse.subtree(c, kase >= 0 ? Set.of(kase) : Set.of());
                    shape = relation + (kase >= 0 ? ":" + parse.lower(kase) : "");
                }
            }
            if (content.isEmpty()) {
                continue;
            }
            Draft draft = drafts.propose(i, spans.trim(content), "adjective");
            if (draft != null) {
                draft.source = sources.of(i);
                draft.shape = shape + (parse.child(i, "cop") >= 0 ? "+copula" : "");
                drafts.claim(i);
            }
        }
    }
}
