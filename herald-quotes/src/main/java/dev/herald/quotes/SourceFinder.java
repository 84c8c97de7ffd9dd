package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The tokens that name who speaks for a cue verb: its subject, as PolNeAR bounds a source. */
final class SourceFinder {
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
            "weekend", "month", "year", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    /** Raising verbs: their subject is no speaker ("it seems …", "who seem to be coalescing …"). */
    static final Set<String> RAISING_VERBS = Set.of("seem", "appear");

    private final DocumentView view;
    private final Parse parse;

    SourceFinder(DocumentView view) {
        this.view = view;
        this.parse = view.parse();
    }

    /** Whether the word can open a relative clause ("who said …"). */
    static boolean isRelativePronoun(String word) {
        return RELATIVES.contains(word);
    }

    /**
     * The subject of the cue, inherited from the governing verb for "claiming …" and "and said …"; for a relative
     * clause ("The official, who spoke …, raised concerns") the noun it describes.
     */
    List<Integer> of(int cue) {
        List<Integer> agent = agent(cue);
        if (!agent.isEmpty()) {
            return agent;
        }
        if (isAskedClause(cue)) {
            return List.of();
        }
        int own = parse.child(cue, "nsubj");
        if (parse.relation(cue).equals("acl") && parse.head(cue) >= 0 && hasRelativePronounBefore(cue)
                && (own < 0 || parse.isVerb(own))) {
            // "A person …, who asked not to be identified, said …", parsed with "who" the cue's object, "asked" its
            // subject
            return nounWithoutClauses(parse.head(cue));
        }
        int node = cue;
        for (int step = 0; step < 3 && node >= 0; step++) {
            int subject = parse.child(node, "nsubj");
            // also when the parser left the relative clause a bare dependent of its noun ("Sanders, who wrote …")
            if (subject >= 0 && isRelativePronoun(parse.lower(subject)) && parse.head(node) >= 0
                    && (parse.relation(node).equals("acl") || view.isHeadNoun(parse.head(node)))) {
                return nounWithoutClauses(parse.head(node));
            }
            if (subject >= 0 && isImpersonal(node, subject)) {
                return List.of();
            }
            if (subject >= 0) {
                return withoutFocus(coordinated(afterLastBreak(subject,
                        parse.subtree(subject, speakerActs(subject)))));
            }
            String relation = parse.relation(node);
            if (!(relation.equals("advcl") || relation.equals("conj") || relation.equals("xcomp")
                    || relation.equals("dep"))) {
                break;
            }
            node = parse.head(node);
        }
        int after = cue + 1;
        if (after < parse.size() && parse.token(after).pos().startsWith("NNP")) {
            int top = after;
            while (parse.head(top) > cue && parse.head(top) < parse.size()
                    && parse.token(parse.head(top)).pos().startsWith("NN")) {
                top = parse.head(top);
            }
            return parse.subtree(top, Set.of());
        }
        return List.of();
    }

    /**
     * "Asked whether she would drop out, Haley said …": the main clause's subject was asked, and who asked goes
     * unsaid.
     */
    private boolean isAskedClause(int cue) {
        return parse.token(cue).pos().equals("VBN") && parse.relation(cue).equals("advcl") && parse.head(cue) > cue
                && parse.child(cue, "nsubj") < 0;
    }

    private boolean hasRelativePronounBefore(int cue) {
        for (int c : parse.children(cue)) {
            if (c < cue && isRelativePronoun(parse.lower(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "was first reported by MSNBC", "has been criticized by some of his rivals": a passive cue's agent, without
     * "by", is the source (its subject is what is reported on); empty when the cue has none.
     */
    private List<Integer> agent(int cue) {
        int agent = parse.childWithFullRelation(cue, "obl:agent");
        if (agent < 0) {
            return List.of();
        }
        int by = parse.child(agent, "case");
        return parse.subtree(agent, by < 0 ? Set.of() : Set.of(by));
    }

    /** "it seems", "it appears", "it was revealed", "it's assumed": nobody is named as the source. */
    private boolean isImpersonal(int cue, int subject) {
        return parse.lower(subject).equals("it") && (RAISING_VERBS.contains(parse.lemma(cue))
                || parse.fullRelation(subject).equals("nsubj:pass") || parse.fullRelation(subject).equals("expl"));
    }

    /**
     * "WASHINGTON — Sen. Bernie Sanders", "LONDON (Reuters) - British …": the parser hung an article's dateline from
     * the subject, or made the dateline the subject's head; the source starts after the last dash set off by spaces
     * before the head, or after a dateline that opens the paragraph.
     */
    private List<Integer> afterLastBreak(int head, List<Integer> subtree) {
        int from = 0;
        for (int i = 0; i < subtree.size() - 1; i++) {
            if (isSpacedDash(subtree.get(i)) && (subtree.get(i) < head || isDateline(subtree.subList(0, i)))) {
                from = i + 1;
            }
        }
        return subtree.subList(from, subtree.size());
    }

    /** "NEW YORK (AFP)", "Dec 29 (Reuters)": capitalised words, numbers and punctuation that open a paragraph. */
    private boolean isDateline(List<Integer> tokens) {
        if (tokens.isEmpty() || !view.startsParagraph(parse.token(tokens.get(0)).span().start())) {
            return false;
        }
        for (int k : tokens) {
            char first = parse.token(k).text().charAt(0);
            if (Character.isLowerCase(first)) {
                return false;
            }
        }
        return true;
    }

    private boolean isSpacedDash(int token) {
        CharSpan span = parse.token(token).span();
        String text = view.text();
        return view.isDash(token) && span.start() > 0 && span.end() < text.length()
                && Character.isWhitespace(text.charAt(span.start() - 1))
                && Character.isWhitespace(text.charAt(span.end()));
    }

    /** "even a top GOP strategist": PolNeAR's source starts after a focus adverb. */
    private List<Integer> withoutFocus(List<Integer> subject) {
        return subject.size() > 1 && parse.lower(subject.get(0)).equals("even") ? subject.subList(1, subject.size())
                : subject;
    }

    /**
     * ", speaking on WOR710", ", citing local outlets": a participle set off by a comma describes the speaker's act,
     * and PolNeAR leaves it out of the source (unlike ", who …" clauses, which its annotators mostly keep); "Donald
     * Trump on Saturday promised …": a time the parser hung from the subject says when, not who.
     */
    private Set<Integer> speakerActs(int subject) {
        Set<Integer> out = new HashSet<>();
        for (int c : parse.children(subject)) {
            boolean participle = parse.fullRelation(c).equals("acl") && c > 0 && parse.lower(c - 1).equals(",")
                    && (parse.token(c).pos().equals("VBG") || parse.token(c).pos().equals("VBN"));
            boolean time = c > subject && parse.relation(c).equals("nmod") && TIME_WORDS.contains(parse.lower(c));
            if (participle || time) {
                out.add(c);
            }
        }
        return out;
    }

    private List<Integer> nounWithoutClauses(int noun) {
        Set<Integer> excluded = new HashSet<>();
        for (int c : parse.children(noun)) {
            String relation = parse.relation(c);
            if (relation.equals("acl") || relation.equals("punct") || relation.equals("dep")
                    || relation.equals("appos")) {
                excluded.add(c);
            }
        }
        return parse.subtree(noun, excluded);
    }

    /** "Both Gallant and Netanyahu": a subject the parser left half outside, joined back by "and". */
    private List<Integer> coordinated(List<Integer> subject) {
        int first = subject.get(0);
        if (first < 2 || !parse.lower(first - 1).equals("and") || !view.isHeadNoun(first - 2)) {
            return subject;
        }
        int start = view.nounPhraseStart(first - 2);
        if (start > 0 && parse.lower(start - 1).equals("both")) {
            start--;
        }
        List<Integer> out = new ArrayList<>(DocumentView.range(start, first));
        out.addAll(subject);
        return out;
    }
}
