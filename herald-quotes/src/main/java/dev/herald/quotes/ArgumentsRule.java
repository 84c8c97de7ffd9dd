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
                int raised = shape.equals(List.of("xcomp")) ? raisedSubject(i) : -1;
                if (raised >= 0) {
                    draft.content.add(0, parse.span(parse.subtree(raised, Set.of())));
                    draft.source = List.of();
                    shape.add("raised");
                }
                draft.shape = String.join("+", shape);
                drafts.claim(i);
            }
        }
    }

    /**
     * "The convention is expected to inject …", "who seem to be coalescing …": the subject of a passive or raising
     * verb is part of what is reported, not its source; -1 when there is none or another draft has it.
     */
    private int raisedSubject(int verb) {
        int subject = -1;
        for (int c : parse.children(verb)) {
            if (c < verb && (parse.fullRelation(c).equals("nsubj:pass")
                    || parse.relation(c).equals("nsubj") && SourceFinder.RAISING_VERBS.contains(parse.lemma(verb)))) {
                subject = c;
            }
        }
        return subject >= 0 && !drafts.covers(parse.span(parse.subtree(subject, Set.of()))) ? subject : -1;
    }
}
