package dev.herald.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Broad: the arguments after any verb the lexicon knows ("support Clinton", "wants to run", "asked if …",
 * "accused him of …"; with none of those, "voted for Sanders", "was first reported by MSNBC"); the model decides
 * which cue and argument shapes PolNeAR counts.
 */
final class ArgumentsRule extends AttributionRule {
    private static final Set<String> QUESTION_MARKS = Set.of("if", "whether");
    private static final Set<String> ARGUMENT_CASES = Set.of("of", "for", "about", "on", "as", "with", "to");

    ArgumentsRule(Drafts drafts) {
        super(drafts);
    }

    @Override
    void apply() {
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
                int lone = loneArgument(i, shape);
                if (lone < 0) {
                    continue;
                }
                clause.addAll(parse.subtree(lone, Set.of()));
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
     * A verb with no clause or object after it: its prepositional argument ("voted for Sanders", "focused on the
     * NRA") or a passive subject ("O'Malley's move was first reported by MSNBC"); -1 when it has neither.
     */
    private int loneArgument(int verb, List<String> shape) {
        for (int c : parse.children(verb)) {
            int kase = parse.child(c, "case");
            if (c > verb && parse.relation(c).equals("obl") && kase >= 0
                    && ARGUMENT_CASES.contains(parse.lower(kase))) {
                shape.add("obl:" + parse.lower(kase));
                return c;
            }
        }
        int subject = parse.childWithFullRelation(verb, "nsubj:pass");
        if (subject < 0 || subject > verb) {
            return -1;
        }
        shape.add("pass");
        return subject;
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
