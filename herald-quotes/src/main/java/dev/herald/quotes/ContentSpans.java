package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How PolNeAR bounds content: without nested cue-noun clauses, without a leading preposition or a trailing
 * modifier set off by a comma, and never across a paragraph break. One instance per document: it remembers the
 * tokens that nested cue nouns keep for themselves.
 */
final class ContentSpans {
    private final String text;
    private final Parse parse;
    private final Set<Integer> nested = new HashSet<>();

    ContentSpans(DocumentView view) {
        this.text = view.text();
        this.parse = view.parse();
    }

    /** Keeps the tokens of a cue noun's subtree ("amid fears that …") out of every later {@link #trim}. */
    void keepOut(Collection<Integer> tokens) {
        nested.addAll(tokens);
    }

    /** Whether the token belongs to a nested cue noun's clause, which no enclosing content may take. */
    boolean isNested(int token) {
        return nested.contains(token);
    }

    /** The clause without nested cue-noun attributions: the part before the first one. */
    List<Integer> trim(List<Integer> clause) {
        List<Integer> out = new ArrayList<>();
        for (int k : clause) {
            if (nested.contains(k)) {
                if (!out.isEmpty()) {
                    break;
                }
                continue;
            }
            out.add(k);
        }
        return out;
    }

    /**
     * The content as PolNeAR bounds it: without a leading preposition ("warned about [X]") and without a trailing
     * modifier set off by a comma (", an increase of …", ", who shot …", ", supplemented by …").
     */
    List<Integer> withoutModifiers(List<Integer> clause) {
        int from = clause.size() > 1 && parse.relation(clause.get(0)).equals("case") ? 1 : 0;
        int last = clause.size() - 1;
        while (last > from && parse.isPunctuation(clause.get(last))) {
            last--;
        }
        int to = clause.size();
        for (int p = from + 1; p < last; p++) {
            int comma = clause.get(p);
            if (!parse.lower(comma).equals(",") || clause.get(p + 1) != comma + 1) {
                continue;
            }
            int h = comma + 1;
            while (parse.head(h) > comma && clause.contains(parse.head(h))) {
                h = parse.head(h);
            }
            List<Integer> modifier = parse.subtree(h, Set.of());
            String relation = parse.relation(h);
            boolean participle = relation.equals("advcl") && parse.child(h, "nsubj") < 0
                    && (parse.token(h).pos().equals("VBG") || parse.token(h).pos().equals("VBN"));
            if (modifier.get(0) == comma + 1 && modifier.get(modifier.size() - 1) >= clause.get(last)
                    && (relation.equals("appos") || relation.equals("acl") || participle)) {
                to = p;
                break;
            }
        }
        return clause.subList(from, to);
    }

    /** The content cut at paragraph breaks: a piece never runs from one paragraph into the next. */
    List<CharSpan> paragraphPieces(List<CharSpan> content) {
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan piece : content) {
            int start = piece.start();
            while (start < piece.end()) {
                int newline = text.indexOf('\n', start);
                int end = newline < 0 || newline >= piece.end() ? piece.end() : newline;
                int s = start;
                int e = end;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    out.add(new CharSpan(s, e));
                }
                start = end + 1;
            }
        }
        return out.isEmpty() ? content : out;
    }
}
