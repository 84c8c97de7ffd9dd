package dev.herald.quotes;

import java.util.List;
import java.util.Set;

/** Broad: "In a new Fox News poll, Trump achieved 45 percent": a document the clause is read from. */
final class DocumentSourceRule extends AttributionRule {
    private static final Set<String> DOCUMENTS = Set.of("poll", "survey", "study", "report", "statement",
            "interview", "letter", "memo", "editorial", "column", "article", "book", "speech", "tweet", "post", "email",
            "filing", "release", "video", "analysis");

    DocumentSourceRule(Drafts drafts) {
        super(drafts);
    }

    @Override
    void apply() {
        for (int i = 0; i < parse.size(); i++) {
            int verb = parse.head(i);
            int kase = parse.child(i, "case");
            if (!parse.relation(i).equals("obl") || !DOCUMENTS.contains(parse.lemma(i)) || kase < 0
                    || !parse.lower(kase).equals("in") || verb < 0
                    || !(parse.isVerb(verb) || parse.child(verb, "cop") >= 0 || parse.head(verb) < 0)) {
                continue;
            }
            List<Integer> phrase = parse.subtree(i, Set.of());
            int after = phrase.get(phrase.size() - 1);
            boolean leading = i < verb;
            List<Integer> clause = parse.subtree(verb, Set.of(i)).stream().filter(k -> !leading || k > after)
                    .toList();
            List<Integer> source = phrase.stream().filter(k -> k != kase).toList();
            if (clause.isEmpty() || source.isEmpty()) {
                continue;
            }
            Draft draft = drafts.propose(kase, clause, "document");
            if (draft != null) {
                draft.source = source;
            }
        }
    }
}
