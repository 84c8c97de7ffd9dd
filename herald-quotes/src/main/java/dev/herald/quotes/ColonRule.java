package dev.herald.quotes;

/**
 * Broad: "Judicial Watch: State Department Hid …" and "BOULDUAN: Why not debate?": a short name opening the
 * sentence, a colon, and the rest of the paragraph.
 */
final class ColonRule extends AttributionRule {
    private static final int MAX_SOURCE_TOKENS = 6;

    ColonRule(Drafts drafts) {
        super(drafts);
    }

    @Override
    void apply() {
        for (int i = 1; i + 1 < parse.size(); i++) {
            if (!parse.lower(i).equals(":") || view.isQuoted(i)) {
                continue;
            }
            int start = view.sentenceStart(i);
            if (start >= i || i - start > MAX_SOURCE_TOKENS || !view.isHeadNoun(i - 1)
                    || !DocumentView.range(start, i).stream().allMatch(k -> view.isNominal(k) || view.isNamed(k))) {
                continue;
            }
            int paragraphEnd = view.text().indexOf('\n', parse.token(i).span().end());
            int end = i + 1;
            while (end < parse.size() && (paragraphEnd < 0 || parse.token(end).span().start() < paragraphEnd)) {
                end++;
            }
            if (end - i < 3) {
                continue;
            }
            Draft draft = drafts.propose(i, DocumentView.range(i + 1, end), "colon");
            if (draft != null) {
                draft.source = DocumentView.range(start, i);
            }
        }
    }
}
