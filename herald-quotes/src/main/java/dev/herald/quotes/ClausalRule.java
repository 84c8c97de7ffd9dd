package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Indirect speech: the clausal complement of a cue ("said the talks failed", "warned the U.S. is unlikely …"),
 * an object with a control clause ("urged the U.S. to …"), "warned about X", "X said" after a clause, the clause
 * after "As X reported,", and "according to X" ({@link AccordingToPhrase}), in the order they occur in the text.
 */
final class ClausalRule extends AttributionRule {
    private static final int CONTROL_MIN_CUE_COUNT = 40;
    private static final Set<String> FINITE = Set.of("MD", "VBZ", "VBD", "VBP");

    private final AccordingToPhrase according;

    ClausalRule(Drafts drafts) {
        super(drafts);
        this.according = new AccordingToPhrase(view, drafts);
    }

    @Override
    void apply() {
        for (int i = 0; i < parse.size(); i++) {
            if (drafts.isClaimed(i)) {
                continue;
            }
            if (parse.lemma(i).equals("accord") && i + 1 < parse.size() && parse.lower(i + 1).equals("to")) {
                according.attribute(i);
                continue;
            }
            if (view.isCue(i) && clausal(i)) {
                drafts.claim(i);
            }
        }
    }

    private boolean clausal(int cue) {
        int complement = complementOf(cue);
        if (complement >= 0 && complement > cue) {
            List<Integer> clause = new ArrayList<>(parse.subtree(complement, reportingConjuncts(complement)));
            for (int c : parse.children(cue)) {
                int cc = parse.child(c, "cc");
                if (c > complement && parse.relation(c).equals("conj") && !view.isCue(c)
                        && (parse.child(c, "nsubj") >= 0 || cc >= 0 && parse.lower(cc).equals("but"))) {
                    clause.addAll(parse.subtree(c, Set.of()));
                }
            }
            clause.sort(Integer::compare);
            List<Integer> own = beforeNestedCue(clause);
            if (!own.isEmpty() && drafts.propose(cue, spans.trim(own), "ccomp") != null) {
                return true;
            }
        }
        int object = parse.child(cue, "obj");
        int control = parse.child(cue, "xcomp");
        if (control >= 0 && object >= 0 && view.cueCount(cue) >= CONTROL_MIN_CUE_COUNT) {
            List<Integer> clause = new ArrayList<>(parse.subtree(object, Set.of()));
            clause.addAll(parse.subtree(control, Set.of()));
            clause.sort(Integer::compare);
            return drafts.propose(cue, spans.trim(clause), "control") != null;
        }
        if (complement < 0 && parse.relation(cue).equals("advcl") && parse.head(cue) > cue
                && parse.child(cue, "mark") >= 0 && parse.lower(parse.child(cue, "mark")).equals("as")) {
            return asClause(cue);
        }
        int end = view.sentenceEnd(cue);
        int subjectEnd = view.nounPhrase(cue + 1, end);
        if (complement < 0 && subjectEnd > cue + 1 && subjectEnd < end
                && FINITE.contains(parse.token(subjectEnd).pos())) {
            return drafts.propose(cue, spans.trim(DocumentView.range(pastAddressee(cue, subjectEnd), end)),
                    "zero-that") != null;
        }
        for (int c : parse.children(cue)) {
            if (c > cue && parse.relation(c).equals("obl") && parse.child(c, "case") >= 0
                    && parse.lower(parse.child(c, "case")).equals("about")) {
                return drafts.propose(cue, spans.trim(parse.subtree(c, Set.of())), "about") != null;
            }
        }
        return parse.relation(cue).equals("parataxis") && parse.head(cue) >= 0 && parataxis(cue);
    }

    /**
     * "promised supporters he would …": where a zero-"that" clause starts, past the cue's object when the subject of
     * the clause follows it; {@code cue + 1} otherwise.
     */
    private int pastAddressee(int cue, int subjectEnd) {
        int object = parse.child(cue, "obj");
        for (int k = object + 1; object > cue && k < subjectEnd; k++) {
            if (parse.relation(k).equals("nsubj")) {
                return k;
            }
        }
        return cue + 1;
    }

    /**
     * The cue's clausal complement, or a that-clause the parser hung from the cue's object or oblique ("wrote in a
     * memo to donors that the campaign had raised …" with the clause under "donors"); -1 when there is none.
     */
    private int complementOf(int cue) {
        int complement = parse.child(cue, "ccomp");
        if (complement >= 0) {
            return complement;
        }
        for (int c : parse.children(cue)) {
            String relation = parse.relation(c);
            int clause = c > cue && (relation.equals("obl") || relation.equals("obj")) ? parse.child(c, "ccomp") : -1;
            int mark = clause < 0 ? -1 : parse.child(clause, "mark");
            if (mark >= 0 && parse.lower(mark).equals("that") && !view.isCue(c)) {
                return clause;
            }
        }
        return -1;
    }

    /** "As The Hill reported, Trump was also accused …": the main clause the as-clause introduces. */
    private boolean asClause(int cue) {
        List<Integer> own = parse.subtree(cue, Set.of());
        int last = own.get(own.size() - 1);
        List<Integer> clause = parse.subtree(parse.head(cue), Set.of(cue)).stream().filter(k -> k > last).toList();
        return !clause.isEmpty() && drafts.propose(cue, spans.trim(clause), "as") != null;
    }

    /**
     * "The talks failed, he said." and "The goal, he said, is to forge a cease-fire": the clause the cue interrupts
     * or closes, in two pieces when the cue sits inside it between commas.
     */
    private boolean parataxis(int cue) {
        List<Integer> own = parse.subtree(cue, Set.of());
        int first = own.get(0);
        int last = own.get(own.size() - 1);
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int k : parse.subtree(parse.head(cue), Set.of(cue))) {
            if (k < first) {
                before.add(k);
            } else if (k > last) {
                after.add(k);
            }
        }
        if (before.isEmpty() && !after.isEmpty() && parse.child(cue, "nsubj") >= 0) {
            // "Trump says he’s a counterpuncher …" parsed with the reported clause as the head of "says"
            return drafts.propose(cue, spans.trim(after), "parataxis") != null;
        }
        if (before.isEmpty() || parse.head(cue) > cue && after.isEmpty()) {
            return false;
        }
        Draft draft = drafts.propose(cue, before, "parataxis");
        if (draft == null) {
            return false;
        }
        while (!after.isEmpty() && parse.isPunctuation(after.get(after.size() - 1))) {
            after.remove(after.size() - 1);
        }
        boolean framed = parse.lower(before.get(before.size() - 1)).equals(",")
                || parse.lower(first).equals(",");
        if (framed && !after.isEmpty() && parse.lower(after.get(0) - 1).equals(",")
                && after.stream().noneMatch(view::isQuoted)) {
            CharSpan rest = parse.span(after);
            if (!drafts.covers(rest)) {
                draft.content.add(rest);
            }
        }
        return true;
    }

    /**
     * "announced that he filed his statement, saying it set a benchmark": the clause up to the attribution an
     * earlier rule found inside it, which keeps its own content.
     */
    private List<Integer> beforeNestedCue(List<Integer> clause) {
        for (int k : clause) {
            if (drafts.isClaimed(k)) {
                int start = parse.subtree(k, Set.of()).get(0);
                return clause.stream().filter(t -> t < start).toList();
            }
        }
        return clause;
    }

    /** "he was not ready, and suggested that …": a cue verb coordinated inside a clause reports on its own. */
    private Set<Integer> reportingConjuncts(int root) {
        Set<Integer> out = new HashSet<>();
        for (int k : parse.subtree(root, Set.of())) {
            if (k != root && parse.relation(k).equals("conj") && view.isCue(k) && parse.child(k, "nsubj") < 0) {
                out.add(k);
            }
        }
        return out;
    }
}
