package dev.herald.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Broad: the arguments after any verb the lexicon knows ("support Clinton", "wants to run", "asked if …",
 * "accused him of …"); the model decides which cue and argument shapes PolNeAR counts.
 */
final class ArgumentsRule implements AttributionRule {
    private static final Set<String> QUESTION_MARKS = Set.of("if", "whether");
    private static final Set<String> ARGUMENT_CASES = Set.of("of", "for", "about", "on", "as", "with", "to");

    private final DocumentView view;
    private final Parse parse;
    private final Drafts drafts;
    private final ContentSpans spans;

    ArgumentsRule(DocumentView view, Drafts drafts, ContentSpans spans) {
        this.view = view;
        this.parse = view.parse();
        this.drafts = drafts;
        this.spans = spans;
    }

    @Override
    public void apply() {
        for (int i = 0; i < parse.size(); i++) {
            if (drafts.isClaimed(i) || !view.isLexiconVerb(i) || view.isQuoted(i)) {
                continue;
            }
            List<Integer> clause = new ArrayList<>();
            List<String> shape = new ArrayList<>();
            for (int c : parse.children(i)) {
                if (c < i) {
                    continue;
                }
                String relation = parse.relation(c);
                int mark = parse.child(c, "mark");
                int kase = parse.child(c, "case");
                String word = mark >= 0 ? parse.lower(mark) : kase >= 0 ? parse.lower(kase) : "";
                boolean argument = relation.equals("obj") || relation.equals("xcomp") || relation.equals("ccomp")
                        || relation.equals("advcl") && QUESTION_MARKS.contains(word);
                boolean complement = !clause.isEmpty() && (relation.equals("obl") || relation.equals("advcl"))
                        && ARGUMENT_CASES.contains(word);
                if (argument || complement) {
                    if (argument && (relation.equals("ccomp") || relation.equals("advcl"))
                            && shape.equals(List.of("obj"))) {
                        // "asked him if …": the object was the addressee, the clause is the content.
                        clause.clear();
                        shape.set(0, "addressee");
                    }
                    clause.addAll(parse.subtree(c, Set.of()));
                    shape.add(complement ? relation + ":" + word : relation);
                }
            }
            if (clause.isEmpty()) {
                continue;
            }
            clause.sort(Integer::compare);
            Draft draft = drafts.propose(i, spans.trim(clause), "arguments");
            if (draft != null) {
                draft.shape = String.join("+", shape);
                drafts.claim(i);
            }
        }
    }
}
