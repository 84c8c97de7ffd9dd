package dev.herald.quotes;

import java.util.List;

/** "…, Axios reporter Barak Ravid wrote on X." and "…, said Smith.": the attribution closes the sentence. */
final class PostposedRule implements AttributionRule {
    private final DocumentView view;
    private final Parse parse;
    private final Drafts drafts;

    PostposedRule(DocumentView view, Drafts drafts) {
        this.view = view;
        this.parse = view.parse();
        this.drafts = drafts;
    }

    @Override
    public void apply() {
        for (int i = 1; i < parse.size(); i++) {
            if (!view.isCue(i) || drafts.isClaimed(i) || view.isQuoted(i)) {
                continue;
            }
            int end = view.sentenceEnd(i);
            List<Integer> source;
            int comma;
            if (parse.lower(i - 1).equals(",") && view.noVerbBetween(i + 1, end)
                    && view.nounPhrase(i + 1, end) > i + 1) {
                source = DocumentView.range(i + 1, view.nounPhrase(i + 1, end));
                comma = i - 1;
            } else {
                int k = i - 1;
                while (k > 0 && (parse.token(k).pos().startsWith("RB") || view.isAuxiliary(k))) {
                    k--;
                }
                int start = view.nounPhraseStart(k);
                if (start > k || start == 0 || !parse.lower(start - 1).equals(",")
                        || !view.noVerbBetween(i + 1, end)) {
                    continue;
                }
                source = DocumentView.range(start, k + 1);
                comma = start - 1;
            }
            List<Integer> clause = DocumentView.range(view.sentenceStart(i), comma);
            if (clause.stream().noneMatch(parse::isVerb)) {
                continue;
            }
            Draft draft = drafts.propose(i, clause, "postposed");
            if (draft != null) {
                draft.source = source;
                drafts.claim(i);
            }
        }
    }
}
