package dev.herald.quotes;

import java.util.List;

/**
 * "…, Axios reporter Barak Ravid wrote on X.", "…, said Smith, an analyst at …" and "The strategy is a “very
 * welcome tack,” he said.": the attribution closes the sentence, after a comma or a comma and a closing quotation
 * mark.
 */
final class PostposedRule extends AttributionRule {
    PostposedRule(Drafts drafts) {
        super(drafts);
    }

    @Override
    void apply() {
        for (int i = 1; i < parse.size(); i++) {
            if (!view.isCue(i) || drafts.isClaimed(i) || view.isQuoted(i)) {
                continue;
            }
            int end = view.sentenceEnd(i);
            List<Integer> source;
            int comma;
            String shape = "inverted";
            int noun = view.nounPhrase(i + 1, end);
            if (commaBefore(i) >= 0 && noun > i + 1 && (noun == end || parse.lower(noun).equals(","))) {
                // "…, said Steve Grubbs, an Iowa operative working for …": PolNeAR's source takes the apposition.
                source = DocumentView.range(i + 1, noun == end ? noun : end);
                comma = commaBefore(i);
            } else {
                shape = "subject-first";
                int k = i - 1;
                while (k > 0 && (parse.token(k).pos().startsWith("RB") || view.isAuxiliary(k))) {
                    k--;
                }
                int start = view.nounPhraseStart(k);
                if (start > k || commaBefore(start) < 0 || !view.noVerbBetween(i + 1, end)) {
                    continue;
                }
                source = DocumentView.range(start, k + 1);
                comma = commaBefore(start);
            }
            List<Integer> clause = DocumentView.range(view.sentenceStart(i), comma);
            if (clause.stream().noneMatch(parse::isVerb)) {
                continue;
            }
            Draft draft = drafts.propose(i, clause, "postposed");
            if (draft != null) {
                draft.source = source;
                draft.shape = shape;
                drafts.claim(i);
            }
        }
    }

    /** The comma just before {@code token}, or before the closing mark just before it ("…,” he said"); -1 if none. */
    private int commaBefore(int token) {
        int k = token - 1;
        if (k > 0 && isQuoteMark(k)) {
            k--;
        }
        return k > 0 && parse.lower(k).equals(",") ? k : -1;
    }

    private boolean isQuoteMark(int k) {
        String t = parse.token(k).span().coveredText(view.text());
        return t.equals("''") || t.length() == 1 && QuoteMarks.isQuoteMark(t.charAt(0));
    }
}
