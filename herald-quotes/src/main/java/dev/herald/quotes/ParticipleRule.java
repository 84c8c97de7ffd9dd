package dev.herald.quotes;

import java.util.List;
import java.util.Set;

/** "…, claiming the two forces were on the brink.": a participle cue after a comma takes the subject above. */
final class ParticipleRule extends AttributionRule {
    private static final int MIN_CUE_COUNT = 20;
    /** A participle used as a preposition, marker or adjective ("regarding …", "a growing …") does not report. */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("case", "mark", "amod");

    ParticipleRule(Drafts drafts) {
        super(drafts);
    }

    @Override
    void apply() {
        for (int i = 1; i < parse.size(); i++) {
            if (!view.isCue(i) || drafts.isClaimed(i) || !parse.token(i).pos().equals("VBG")
                    || !parse.lower(i - 1).equals(",") || view.isQuoted(i) || view.cueCount(i) < MIN_CUE_COUNT
                    || MODIFIER_RELATIONS.contains(parse.relation(i))) {
                continue;
            }
            int end = view.sentenceEnd(i);
            List<Integer> clause = DocumentView.range(i + 1, beforeGoverningVerb(i, end));
            if (clause.stream().noneMatch(parse::isVerb) && clause.size() < 3) {
                continue;
            }
            Draft draft = drafts.propose(i, spans.trim(clause), "participle");
            if (draft != null) {
                draft.source = inheritedSource(i, end);
                drafts.claim(i);
            }
        }
    }

    /**
     * "Mr. Manafort, citing “the magic of Trump,” said the candidate …": the participle's content stops before the
     * word it modifies' clause resumes, at the first token after it that governs it.
     */
    private int beforeGoverningVerb(int cue, int end) {
        int stop = end;
        for (int node : parse.ancestors(cue, 50)) {
            if (node > cue && node < stop) {
                stop = node;
            }
        }
        return view.beforeOwnReport(cue, stop);
    }

    /** The subject of the nearest governing verb outside [cue, end). */
    private List<Integer> inheritedSource(int cue, int end) {
        for (int node : parse.ancestors(cue, 5)) {
            if (node < cue || node >= end) {
                int subject = parse.child(node, "nsubj");
                if (subject >= 0 && subject < cue) {
                    return parse.subtree(subject, Set.of());
                }
            }
        }
        int sentence = view.sentenceStart(cue);
        for (int k = cue - 1; k >= sentence; k--) {
            if (parse.relation(k).equals("nsubj") && parse.head(k) < cue && parse.isVerb(parse.head(k))) {
                return parse.subtree(k, Set.of());
            }
        }
        return List.of();
    }
}
