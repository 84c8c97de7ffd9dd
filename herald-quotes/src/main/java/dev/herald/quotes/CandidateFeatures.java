package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Quote;
import java.util.List;
import java.util.TreeSet;

/** The features {@link AttributionModel} scores a proposed attribution by. */
final class CandidateFeatures {
    private final DocumentView view;
    private final Parse parse;

    CandidateFeatures(DocumentView view) {
        this.view = view;
        this.parse = view.parse();
    }

    /**
     * @param nested whether the cue lies inside an attribution an earlier rule found (an attribution nested in
     *     another's content, as "…, he said the report claimed …")
     */
    List<String> of(Draft draft, Quote quote, boolean nested) {
        String rule = draft.rule;
        String lemma = quote.cueLemma().isEmpty() ? "-" : quote.cueLemma();
        String source = quote.source().isEmpty() ? "none" : !quote.speakers().isEmpty() ? "entity"
                : quote.speakerNames().isEmpty() ? "pronoun" : "description";
        int tokens = 0;
        boolean verb = false;
        for (CharSpan piece : quote.content()) {
            int from = parse.tokenAtOrAfter(piece.start());
            int to = parse.tokenAtOrAfter(piece.end());
            tokens += to - from;
            for (int k = from; k < to && !verb; k++) {
                verb = parse.isVerb(k);
            }
        }
        String opening = opening(quote.content().get(0));
        String length = tokens <= 1 ? "1" : tokens <= 3 ? "2-3" : tokens <= 7 ? "4-7" : tokens <= 15 ? "8-15"
                : tokens <= 40 ? "16-40" : "41+";
        int count = draft.cue >= 0 ? view.cueCount(draft.cue) : 0;
        String frequency = count == 0 ? "0" : String.valueOf(31 - Integer.numberOfLeadingZeros(count));
        String rate = draft.cue < 0 ? "-" : rateBand(view.cueRate(draft.cue));
        String pos = draft.cue >= 0 ? parse.token(draft.cue).pos() : "-";
        // A postposed attribution is found by its surface ("…, Ravid wrote on X."), where the parser often hangs the
        // cue inside the clause it reports: its relation there says nothing.
        String role = draft.cue < 0 || rule.equals("postposed") ? "-" : parse.relation(draft.cue)
                + (parse.child(draft.cue, "nsubj") >= 0 ? "+subject" : "");
        String after = after(draft, quote);
        // A cue inside a quotation reports what the quoted speaker says others said: PolNeAR annotates fewer of those.
        boolean quoted = draft.cue >= 0 && view.isQuoted(draft.cue);
        int n = draft.source.size();
        String sourceSize = n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : n <= 7 ? "4-7" : "8+";
        return List.of("bias", "after=" + after, "rule,after=" + rule + "," + after, "rule=" + rule,
                "shape=" + rule + "," + draft.shape, "cue,shape=" + lemma + "," + draft.shape, "cue=" + lemma,
                "rule,cue=" + rule + "," + lemma,
                "type=" + quote.type(), "rule,type=" + rule + "," + quote.type(), "source=" + source,
                "rule,source=" + rule + "," + source, "length=" + length, "rule,length=" + rule + "," + length,
                "frequency=" + frequency, "rule,frequency=" + rule + "," + frequency, "rate=" + rate,
                "rule,rate=" + rule + "," + rate, "pos=" + pos,
                "cue,source=" + lemma + "," + source, "pieces=" + Math.min(quote.content().size(), 3),
                "verb=" + verb, "rule,verb=" + rule + "," + verb, "opening=" + opening,
                "rule,opening=" + rule + "," + opening, "role=" + role, "rule,role=" + rule + "," + role,
                "quoted=" + quoted, "rule,quoted=" + rule + "," + quoted, "nested=" + nested,
                "rule,nested=" + rule + "," + nested, "source-size=" + sourceSize, "rule,source-size=" + rule + ","
                        + sourceSize);
    }

    /** The share of its occurrences a cue word reported in training, in bands of a factor of two. */
    private static String rateBand(double rate) {
        return rate <= 0 ? "0" : String.valueOf(Math.min(6, (int) Math.floor(-Math.log(rate) / Math.log(2))));
    }

    /**
     * The relations of the cue's dependents after it and outside the content ("obl" for "wrote on X", "obj" for
     * "would support the former"): a report ends soon after its cue.
     */
    private String after(Draft draft, Quote quote) {
        if (draft.cue < 0) {
            return "-";
        }
        TreeSet<String> relations = new TreeSet<>();
        for (int c : parse.children(draft.cue)) {
            CharSpan span = parse.token(c).span();
            if (c > draft.cue && !parse.isPunctuation(c) && quote.content().stream().noneMatch(span::intersects)) {
                relations.add(parse.relation(c));
            }
        }
        return relations.isEmpty() ? "-" : String.join("+", relations);
    }

    /** The kind of character content opens with: a quotation mark, a handle, a digit, a capital, other. */
    private String opening(CharSpan content) {
        String text = view.text();
        int i = content.start();
        while (i < content.end() - 1 && (text.charAt(i) == '"' || text.charAt(i) == '\u201c')) {
            i++;
        }
        char c = text.charAt(i);
        String mark = i > content.start() ? "quoted-" : "";
        return mark + (c == '@' || c == '#' ? "handle" : Character.isDigit(c) ? "digit" : Character.isUpperCase(c)
                ? "upper" : Character.isLetter(c) ? "lower" : "other");
    }
}
