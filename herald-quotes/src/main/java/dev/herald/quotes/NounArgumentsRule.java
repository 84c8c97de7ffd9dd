package dev.herald.quotes;

import java.util.List;
import java.util.Set;

/**
 * Broad: a noun the lexicon knows with what it is about ("his support for Clinton", "criticism of the deal",
 * "questions about her emails", "Cruz's refusal to disavow …"): PolNeAR counts stances named by nouns. The
 * possessor is the source, or the subject of the verb the noun is the object of ("Kasich voiced support for …");
 * the model decides which nouns and shapes count.
 */
final class NounArgumentsRule implements AttributionRule {
    private static final Set<String> CASES = Set.of("of", "for", "about", "on", "against", "over", "to", "with");

    private final DocumentView view;
    private final Parse parse;
    private final Drafts drafts;
    private final SourceFinder sources;
    private final ContentSpans spans;

    NounArgumentsRule(DocumentView view, Drafts drafts, SourceFinder sources, ContentSpans spans) {
        this.view = view;
        this.parse = view.parse();
        this.drafts = drafts;
        this.sources = sources;
        this.spans = spans;
    }

    @Override
    public void apply() {
        for (int i = 0; i < parse.size(); i++) {
            if (!parse.token(i).pos().startsWith("NN") || view.cueCount(i) < QuoteStage.DEFAULT_MIN_CUE_COUNT
                    || drafts.isClaimed(i) || view.isQuoted(i)) {
                continue;
            }
            int argument = argument(i);
            if (argument < 0) {
                continue;
            }
            int kase = parse.child(argument, "case");
            List<Integer> content = parse.subtree(argument, kase >= 0 ? Set.of(kase) : Set.of());
            Draft draft = drafts.propose(i, spans.trim(content), "noun-arguments");
            if (draft != null) {
                draft.source = source(i);
                draft.shape = parse.relation(argument) + ":" + (kase >= 0 ? parse.lower(kase) : "to")
                        + (parse.child(i, "nmod:poss") >= 0 ? "+possessor" : "");
                drafts.claim(i);
            }
        }
    }

    /** The noun's first argument after it: a prepositional phrase or a "to" clause; -1 when it has none. */
    private int argument(int noun) {
        for (int c : parse.children(noun)) {
            if (c < noun) {
                continue;
            }
            int kase = parse.child(c, "case");
            if (parse.relation(c).equals("nmod") && kase >= 0 && CASES.contains(parse.lower(kase))) {
                return c;
            }
            int mark = parse.child(c, "mark");
            if (parse.relation(c).equals("acl") && mark >= 0 && parse.lower(mark).equals("to")) {
                return c;
            }
        }
        return -1;
    }

    private List<Integer> source(int noun) {
        int possessor = -1;
        for (int c : parse.children(noun)) {
            if (parse.fullRelation(c).equals("nmod:poss")) {
                possessor = c;
            }
        }
        if (possessor >= 0) {
            return parse.subtree(possessor, Set.of());
        }
        int head = parse.head(noun);
        return parse.relation(noun).equals("obj") && head >= 0 && parse.isVerb(head) ? sources.of(head) : List.of();
    }
}
