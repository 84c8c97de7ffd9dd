package dev.herald.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "according to X": X is the source; the content is the rest of the sentence when the phrase opens or closes it,
 * otherwise the clause the phrase modifies.
 */
final class AccordingToPhrase {
    private static final int MAX_NAME_TOKENS = 4;
    private final DocumentView view;
    private final Parse parse;
    private final Drafts drafts;

    AccordingToPhrase(DocumentView view, Drafts drafts) {
        this.view = view;
        this.parse = view.parse();
        this.drafts = drafts;
    }

    /** Attributes the clause around "according" (followed by "to") unless the verb it modifies has a draft. */
    void attribute(int according) {
        boolean marker = parse.relation(according).equals("case");
        int x = marker ? parse.head(according) : according;
        if (x < 0) {
            return;
        }
        int verb = parse.head(x);
        if (verb >= 0 && drafts.hasCue(verb)) {
            return;
        }
        List<Integer> phrase = withApposedName(parse.subtree(x, Set.of()));
        List<Integer> clause = edgeClause(phrase);
        if (clause == null) {
            if (!marker || verb < 0) {
                return;
            }
            clause = parse.subtree(verb, Set.of(x));
        }
        List<Integer> source = phrase.stream().filter(k -> k != according && k != according + 1).toList();
        if (clause.isEmpty() || source.isEmpty()) {
            return;
        }
        Draft draft = drafts.propose(according, clause, "according");
        if (draft != null) {
            draft.source = source;
        }
    }

    /**
     * "According to her spokesman, Brian Fallon, …": the name set off by commas after the phrase, which the parser
     * hangs elsewhere, belongs to the source.
     */
    private List<Integer> withApposedName(List<Integer> phrase) {
        int last = phrase.get(phrase.size() - 1);
        int comma = parse.lower(last).equals(",") ? last : last + 1;
        int end = view.sentenceEnd(phrase.get(0));
        if (comma >= end || !parse.lower(comma).equals(",")) {
            return phrase;
        }
        int k = comma + 1;
        while (k < end && k - comma <= MAX_NAME_TOKENS && parse.token(k).pos().startsWith("NNP")) {
            k++;
        }
        boolean named = k > comma + 1 && k - comma <= MAX_NAME_TOKENS && (k == end || parse.lower(k).equals(","));
        if (!named) {
            return phrase;
        }
        List<Integer> out = new ArrayList<>(phrase);
        out.addAll(DocumentView.range(last + 1, k));
        return out;
    }

    /**
     * "According to X, …" and "…, according to X.": the rest of the sentence when the phrase opens or closes it,
     * whatever the parser attached the phrase to; null when the phrase sits inside the sentence.
     */
    private List<Integer> edgeClause(List<Integer> phrase) {
        int first = phrase.get(0);
        int last = phrase.get(phrase.size() - 1);
        if (last - first + 1 != phrase.size()) {
            return null;
        }
        int start = view.sentenceStart(first);
        int end = view.sentenceEnd(first);
        boolean opens = DocumentView.range(start, first).stream().allMatch(k -> parse.isPunctuation(k)
                || parse.relation(k).equals("cc"));
        List<Integer> rest = opens ? DocumentView.range(last + 1, end)
                : last + 1 >= end ? DocumentView.range(start, first) : List.of();
        return rest.stream().anyMatch(k -> !parse.isPunctuation(k)) ? rest : null;
    }
}
