package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Dependency;
import dev.herald.spi.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Read-only navigation over the tokens and dependency arcs of one document. */
final class Parse {
    private final List<Token> tokens;
    private final int[] heads;
    private final String[] relations;
    private final List<List<Integer>> children;
    private final String[] lowers;
    private final String[] lemmas;

    Parse(List<Token> tokens, List<Dependency> dependencies) {
        this.tokens = List.copyOf(tokens);
        heads = new int[tokens.size()];
        relations = new String[tokens.size()];
        Arrays.fill(heads, Dependency.ROOT);
        Arrays.fill(relations, "dep");
        children = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : dependencies) {
            if (d.dependent() >= tokens.size() || d.head() >= tokens.size()) {
                continue;
            }
            heads[d.dependent()] = d.head();
            relations[d.dependent()] = d.relation();
            if (d.head() >= 0) {
                children.get(d.head()).add(d.dependent());
            }
        }
        children.forEach(list -> list.sort(Integer::compare));
        lowers = new String[tokens.size()];
        lemmas = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            lowers[i] = normalized(tokens.get(i).text());
            lemmas[i] = normalized(tokens.get(i).lemma());
        }
    }

    /**
     * Lower case, with line breaks and tabs inside a token (CoreNLP keeps a markup tag over a line break as one
     * token) as spaces: the words become model features, one per line of a model file.
     */
    private static String normalized(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lemma(int i) {
        return lemmas[i];
    }

    String lower(int i) {
        return lowers[i];
    }

    int head(int i) {
        return heads[i];
    }

    /** The relation without its subtype: "nsubj:pass" reads "nsubj". */
    String relation(int i) {
        String r = relations[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /**
     * The heads above token {@code i}, nearest first, at most {@code max} of them (a bound that also keeps a cyclic
     * parse from looping).
     */
    List<Integer> ancestors(int i, int max) {
        List<Integer> out = new ArrayList<>();
        for (int h = heads[i]; h >= 0 && out.size() < max; h = heads[h]) {
            out.add(h);
        }
        return out;
    }

    String fullRelation(int i) {
        return relations[i];
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child whose relation, subtype included, is {@code relation} ("obl:agent"); -1 when none. */
    int childWithFullRelation(int i, String relation) {
        for (int c : children.get(i)) {
            if (relations[c].equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    int child(int i, String relation) {
        for (int c : children.get(i)) {
            if (relation(c).equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    boolean isVerb(int i) {
        return tokens.get(i).pos().startsWith("VB");
    }

    /** Token indices of the subtree under {@code root}, leaving out the subtrees of {@code excluded} tokens. */
    List<Integer> subtree(int root, Set<Integer> excluded) {
        List<Integer> out = new ArrayList<>();
        collect(root, excluded, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, Set<Integer> excluded, List<Integer> out, int depth) {
        if (excluded.contains(i) || depth > 200) {
            return;
        }
        out.add(i);
        for (int c : children.get(i)) {
            collect(c, excluded, out, depth + 1);
        }
    }

    /** The character span from the first to the last of {@code indices}, without punctuation at either end. */
    CharSpan span(List<Integer> indices) {
        int first = 0;
        int last = indices.size() - 1;
        while (first < last && isPunctuation(indices.get(first))) {
            first++;
        }
        while (last > first && isPunctuation(indices.get(last))) {
            last--;
        }
        return new CharSpan(tokens.get(indices.get(first)).span().start(), tokens.get(indices.get(last)).span().end());
    }

    boolean isPunctuation(int i) {
        String t = tokens.get(i).text();
        for (int k = 0; k < t.length(); k++) {
            if (Character.isLetterOrDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first token that starts at or after {@code offset}, or {@link #size()}. */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
