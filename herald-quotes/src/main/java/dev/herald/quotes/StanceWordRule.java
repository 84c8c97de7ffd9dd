package dev.herald.quotes;

import java.util.List;
import java.util.Set;

/**
 * Broad: a noun or a predicate adjective of the cue lexicon with what it is about, stances PolNeAR counts as
 * attributions. Nouns ("noun-arguments"): "his support for Clinton", "criticism of the deal", "Cruz's refusal to
 * disavow …", with the possessor as the source, or the subject of the verb the noun is the object of ("Kasich
 * voiced support for …"). Adjectives ("adjective"): "were worried about the economy", "is confident that …",
 * "eager to show …", with the adjective's subject as the source. The model decides which words and shapes count.
 */
final class StanceWordRule extends AttributionRule {
    private static final Set<String> NOUN_CASES = Set.of("of", "for", "about", "on", "against", "over", "to", "with");
    private static final Set<String> ADJECTIVE_CASES = Set.of("about", "of", "with", "over", "on", "to", "for");

    StanceWordRule(Drafts drafts) {
        super(drafts);
    }

    @Override
    void apply() {
        for (int i = 0; i < parse.size(); i++) {
            String pos = parse.token(i).pos();
            boolean noun = pos.startsWith("NN");
            if (!noun && !pos.startsWith("JJ") || view.cueCount(i) < QuoteStage.DEFAULT_MIN_CUE_COUNT
                    || drafts.isClaimed(i) || view.isQuoted(i)) {
                continue;
            }
            int argument = noun ? nounArgument(i) : adjectiveArgument(i);
            if (argument < 0) {
                continue;
            }
            int kase = parse.child(argument, "case");
            List<Integer> content = parse.subtree(argument, kase >= 0 ? Set.of(kase) : Set.of());
            Draft draft = drafts.propose(i, spans.trim(content), noun ? "noun-arguments" : "adjective");
            if (draft == null) {
                continue;
            }
            String shape = parse.relation(argument) + (kase >= 0 ? ":" + parse.lower(kase) : "");
            if (noun) {
                int possessor = parse.childWithFullRelation(i, "nmod:poss");
                draft.source = possessor >= 0 ? parse.subtree(possessor, Set.of()) : governingSubject(i);
                draft.shape = shape + (possessor >= 0 ? "+possessor" : "");
            } else {
                draft.source = sources.of(i);
                draft.shape = shape + (parse.child(i, "cop") >= 0 ? "+copula" : "");
            }
            drafts.claim(i);
        }
    }

    /** The noun's first argument after it: a prepositional phrase or a "to" clause; -1 when it has none. */
    private int nounArgument(int noun) {
        for (int c : parse.children(noun)) {
            int kase = parse.child(c, "case");
            int mark = parse.child(c, "mark");
            if (c > noun && (parse.relation(c).equals("nmod") && kase >= 0 && NOUN_CASES.contains(parse.lower(kase))
                    || parse.relation(c).equals("acl") && mark >= 0 && parse.lower(mark).equals("to"))) {
                return c;
            }
        }
        return -1;
    }

    /** The adjective's first complement after it: a clause or a prepositional phrase; -1 when it has none. */
    private int adjectiveArgument(int adjective) {
        for (int c : parse.children(adjective)) {
            String relation = parse.relation(c);
            int kase = parse.child(c, "case");
            if (c > adjective && (relation.equals("ccomp") || relation.equals("xcomp")
                    || relation.equals("obl") && kase >= 0 && ADJECTIVE_CASES.contains(parse.lower(kase)))) {
                return c;
            }
        }
        return -1;
    }

    /** The subject of the verb whose object the noun is; empty otherwise. */
    private List<Integer> governingSubject(int noun) {
        int head = parse.head(noun);
        return parse.relation(noun).equals("obj") && head >= 0 && parse.isVerb(head) ? sources.of(head) : List.of();
    }
}
