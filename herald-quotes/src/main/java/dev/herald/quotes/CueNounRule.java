package dev.herald.quotes;

import java.util.List;
import java.util.Set;

/**
 * "amid fears that …", "raised concerns that …", "following reports that …": a cue noun with a clause. Its
 * subtree is kept out of the enclosing attribution; it is an attribution of its own unless the clause has a cue
 * verb of its own ("reports that the Joint Chiefs indicated …").
 */
final class CueNounRule extends AttributionRule {
    private static final int MIN_CUE_COUNT = 15;

    CueNounRule(Drafts drafts) {
        super(drafts);
    }

    @Override
    void apply() {
        for (int i = 0; i < parse.size(); i++) {
            if (!parse.token(i).pos().startsWith("NN") || view.cueCount(i) < MIN_CUE_COUNT) {
                continue;
            }
            int clause = parse.child(i, "ccomp");
            if (clause < 0) {
                clause = parse.child(i, "acl");
                if (clause < 0 || parse.child(clause, "mark") < 0 || !parse.lower(parse.child(clause, "mark"))
                        .equals("that")) {
                    continue;
                }
            }
            boolean verbObject = parse.relation(i).equals("obj") && parse.head(i) >= 0 && parse.isVerb(parse.head(i));
            if (!verbObject) {
                spans.keepOut(parse.subtree(i, Set.of()));
            }
            if (view.isCue(clause) && parse.child(clause, "nsubj") >= 0) {
                continue;
            }
            int governor = verbObject ? parse.head(i) : governingCue(i);
            Draft draft = drafts.propose(verbObject ? parse.head(i) : i, parse.subtree(clause, Set.of()), "noun");
            if (draft != null) {
                draft.source = governor >= 0 ? sources.of(governor) : List.of();
                draft.cueEnd = i;
                drafts.claim(draft.cue);
            }
        }
    }

    /** The nearest cue verb above the token, at most five arcs up; -1 when there is none. */
    private int governingCue(int token) {
        for (int node : parse.ancestors(token, 5)) {
            if (view.isCue(node)) {
                return node;
            }
        }
        return -1;
    }
}
