package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Where an indirect or mixed content starts and ends. The rules bound it by the parse (a clause's subtree, trimmed
 * of trailing modifiers), but PolNeAR's annotators draw the line by meaning: past "but" and appositives, before a
 * coordinated clause, at an earlier phrase ("Based on her actions, “…”"), over the next sentence. Every word near the
 * rules' bound in the sentence, and the ends of the next sentences, is a candidate start or end; {@link BoundsModel}
 * ranks them by their words, relations, distance from the rules' bound, the constituents that open and close there
 * ({@link Attachment}), a cue verb opening the next one and a quotation cut in two. One instance per document.
 */
final class ContentBounds {
    /** Rules whose content the model may move; direct quotes keep their quotation marks as bounds. */
    static final Set<String> RULES = Set.of("about", "according", "adjective", "arguments", "as", "ccomp", "colon",
            "control", "embedded", "noun", "noun-arguments", "parataxis", "participle", "postposed",
            "zero-that");
    private static final int MAX_START_SHIFT = 20;
    private static final int MAX_END_SHIFT = 30;
    private static final int FOLLOWING_SENTENCES = 3;
    private static final Set<String> CLOSED_CLASS = Set.of("IN", "DT", "WDT", "WP", "WP$", "WRB", "TO", "CC", "PRP",
            "PRP$", "MD", "EX", "PDT", "RB", "POS", "RP");

    /** The places a content could start (first token) or end (last token), each with its text and features. */
    record Choice(List<Integer> tokens, List<CharSpan> spans, List<List<String>> features) {}

    /** Both choices for one draft; the first candidate of each is the rules' own bound. */
    record Choices(Choice starts, Choice ends) {}

    private final DocumentView view;
    private final ContentSpans spans;
    private final Parse parse;
    private final String text;
    private final int[] leftEdge;
    private final int[] rightEdge;

    ContentBounds(DocumentView view, ContentSpans spans) {
        this.view = view;
        this.spans = spans;
        this.parse = view.parse();
        this.text = view.text();
        int n = parse.size();
        leftEdge = new int[n];
        rightEdge = new int[n];
        for (int i = 0; i < n; i++) {
            leftEdge[i] = i;
            rightEdge[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int h : parse.ancestors(i, 200)) {
                leftEdge[h] = Math.min(leftEdge[h], i);
                rightEdge[h] = Math.max(rightEdge[h], i);
            }
        }
    }

    /**
     * The candidate bounds of a draft the model may move; null for any other. A bound never moves over another
     * draft's cue, source or content.
     */
    Choices choices(Draft draft, Drafts drafts) {
        if (!RULES.contains(draft.rule) || draft.cue < 0 || draft.content.size() != 1) {
            return null;
        }
        CharSpan piece = draft.content.get(0);
        int first = parse.tokenAtOrAfter(piece.start());
        int last = parse.tokenAtOrAfter(piece.end()) - 1;
        if (first > last || first >= parse.size()) {
            return null;
        }
        IntPredicate blocked = k -> draft.source.contains(k) || k >= draft.cue && k <= Math.max(draft.cue, draft.cueEnd)
                || (k < first || k > last) && (spans.isNested(k) || drafts.isTakenByOther(draft, k));
        String lemma = parse.lemma(draft.cue);
        Attachment attachment = new Attachment(draft.cue, first, last);
        return new Choices(starts(draft.rule, lemma, first, last, blocked, attachment),
                ends(draft.rule, first, last, blocked, attachment));
    }

    /**
     * The draft with its content moved to the best-ranked bounds, mixed when they take in a quotation; kept as it is
     * when they cross.
     */
    void adjust(Draft draft, Choices choices, BoundsModel model) {
        int start = choices.starts().tokens().get(model.best(choices.starts().features()));
        int end = Math.min(choices.ends().tokens().get(model.best(choices.ends().features())), quoteEnd(start));
        if (start <= end) {
            draft.content.set(0, withMarks(parse.span(DocumentView.range(start, end + 1))));
            draft.type = view.reportedType(draft.content.get(0));
        }
    }

    /**
     * "Kasich cautioned “let’s not get ahead of ourselves,” before …": a content that opens with a quotation whose
     * words end in punctuation ends with it; the last token of that quotation, or no limit.
     */
    private int quoteEnd(int start) {
        int at = parse.token(start).span().start();
        for (Quotation q : view.quotations()) {
            if (q.closed() && q.inner().start() <= at + 1 && at <= q.inner().start()
                    && ",.!?".indexOf(q.lastChar(text)) >= 0) {
                return parse.tokenAtOrAfter(q.inner().end()) - 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The span grown over the quotation marks right around it (“…,”): the scorer trims them, but they tell a
     * direct quote's content from an indirect one.
     */
    private CharSpan withMarks(CharSpan span) {
        int start = span.start() > 0 && QuoteMarks.isQuoteMark(text.charAt(span.start() - 1)) ? span.start() - 1
                : span.start();
        int k = span.end();
        while (k < text.length() && (text.charAt(k) == ',' || text.charAt(k) == '.')) {
            k++;
        }
        int end = k < text.length() && QuoteMarks.isQuoteMark(text.charAt(k)) ? k + 1 : span.end();
        return new CharSpan(start, end);
    }

    private Choice starts(String rule, String lemma, int first, int last, IntPredicate blocked,
            Attachment attachment) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(first);
        int sentenceStart = view.sentenceStart(first);
        for (int k = first - 1; k >= Math.max(sentenceStart, first - MAX_START_SHIFT) && !blocked.test(k); k--) {
            if (!parse.isPunctuation(k)) {
                tokens.add(k);
            }
        }
        int sentenceEnd = view.sentenceEnd(first);
        for (int k = first + 1; k < Math.min(sentenceEnd, first + MAX_START_SHIFT) && !blocked.test(k); k++) {
            if (!parse.isPunctuation(k)) {
                tokens.add(k);
            }
        }
        List<List<String>> features = new ArrayList<>();
        for (int k : tokens) {
            String d = distance(k - first);
            String w = word(k);
            String p = k > 0 ? word(k - 1) : "^";
            String opens = attachment.opening(k);
            String closes = attachment.closing(previousWord(k));
            boolean cuts = cutsQuotation(k, previousWord(k), parse.token(last).span().end(), true);
            features.add(List.of("s:cuts=" + cuts, "s:rule,cuts=" + rule + "," + cuts, "s:con=" + opens,
                    "s:pcon=" + closes, "s:con,pcon=" + opens + "," + closes, "s:con,d=" + opens + "," + d,
                    "s:rule,con=" + rule + "," + opens, "s:d=" + d, "s:w=" + w, "s:p=" + p,
                    "s:rel=" + parse.fullRelation(k),
                    "s:rule,d=" + rule + "," + d, "s:w,d=" + w + "," + d, "s:p,d=" + p + "," + d,
                    "s:p,w=" + p + "," + w, "s:first=" + (k == sentenceStart), "s:quoted=" + view.isQuoted(k),
                    "s:cue,w=" + lemma + "," + w, "s:cue,d=" + lemma + "," + d, "s:rel,d=" + parse.relation(k) + ","
                            + d, "s:edge=" + (leftEdge[k] == k)));
        }
        return new Choice(tokens, tokens.stream().map(k -> parse.token(k).span()).toList(), features);
    }

    private Choice ends(String rule, int first, int last, IntPredicate blocked, Attachment attachment) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(last);
        int sentenceEnd = view.sentenceEnd(last) - 1;
        for (int k = last - 1; k >= Math.max(first, last - MAX_END_SHIFT); k--) {
            if (!parse.isPunctuation(k)) {
                tokens.add(k);
            }
        }
        for (int k = last + 1; k <= Math.min(sentenceEnd, last + MAX_END_SHIFT) && !blocked.test(k); k++) {
            if (!parse.isPunctuation(k)) {
                tokens.add(k);
            }
        }
        int end = sentenceEnd;
        for (int s = 0; s < FOLLOWING_SENTENCES && end + 2 < parse.size(); s++) {
            int next = view.sentenceEnd(end + 2) - 1;
            if (next <= end || DocumentView.range(end + 1, next + 1).stream().anyMatch(blocked::test)) {
                break;
            }
            tokens.add(next);
            end = next;
        }
        List<List<String>> features = new ArrayList<>();
        for (int k : tokens) {
            features.add(endFeatures(rule, first, last, k, attachment));
        }
        return new Choice(tokens, tokens.stream().map(k -> parse.token(k).span()).toList(), features);
    }

    private List<String> endFeatures(String rule, int first, int last, int k, Attachment attachment) {
        String d = distance(k - last);
        String w = word(k);
        String n = k + 1 < parse.size() ? word(k + 1) : "$";
        int following = k + 1;
        while (following < parse.size() && parse.isPunctuation(following)) {
            following++;
        }
        String next = following < parse.size() ? parse.fullRelation(following) : "$";
        int sentences = parse.token(k).sentence() - parse.token(last).sentence();
        boolean paragraph = k > last && text.substring(parse.token(last).span().end(), parse.token(k).span().start())
                .indexOf('\n') >= 0;
        String closes = attachment.closing(k);
        String opens = following < parse.size() ? attachment.opening(following) : "$";
        String nextWord = following < parse.size() ? parse.lower(following) : "$";
        boolean reports = following < parse.size() && attachment.opensWithCue(following);
        boolean cuts = following < parse.size()
                && cutsQuotation(k, following, parse.token(first).span().start(), false);
        return List.of("e:reports=" + reports, "e:reports,ncon=" + reports + "," + opens, "e:nword=" + nextWord,
                "e:cuts=" + cuts, "e:rule,cuts=" + rule + "," + cuts, "e:con=" + closes, "e:ncon=" + opens,
                "e:con,ncon=" + closes + "," + opens,
                "e:ncon,d=" + opens + "," + d, "e:rule,ncon=" + rule + "," + opens, "e:ncon,n=" + opens + "," + n,
                "e:d=" + d, "e:w=" + w, "e:n=" + n, "e:nrel=" + next, "e:rule,d=" + rule + "," + d,
                "e:n,d=" + n + "," + d, "e:w,d=" + w + "," + d, "e:nrel,d=" + next + "," + d,
                "e:n,nrel=" + n + "," + next, "e:sentences=" + sentences, "e:rule,sentences=" + rule + ","
                        + sentences, "e:sentence-end=" + (k == view.sentenceEnd(k) - 1),
                "e:edge=" + (rightEdge[k] == k), "e:quoted=" + view.isQuoted(k), "e:paragraph=" + paragraph);
    }

    /**
     * Whether a bound between tokens {@code a} and {@code b} (in either order) falls inside a quotation that the
     * content's other end lies outside of: a content that takes a quotation's opening mark takes its closing one.
     *
     * @param otherEnd the character offset of the content's other bound
     * @param start whether the bound is the content's start
     */
    private boolean cutsQuotation(int a, int b, int otherEnd, boolean start) {
        if (a < 0 || b < 0) {
            return false;
        }
        for (Quotation q : view.quotations()) {
            CharSpan span = q.span();
            if (span.contains(parse.token(a).span().start()) && span.contains(parse.token(b).span().start())) {
                return start ? span.end() <= otherEnd : span.start() >= otherEnd;
            }
        }
        return false;
    }

    private int previousWord(int k) {
        int p = k - 1;
        while (p >= 0 && parse.isPunctuation(p)) {
            p--;
        }
        return p;
    }

    /**
     * The largest constituent that opens or closes at a token, named by its relation and by where it hangs: on the
     * cue, on the head of the rules' content, inside that content or outside it. Annotators stop a content before
     * "Monday" or "if Pence leaves" attached to the cue or the content's head, and rarely inside a phrase.
     */
    private final class Attachment {
        private final int cue;
        private final int first;
        private final int last;
        private final int contentHead;

        Attachment(int cue, int first, int last) {
            this.cue = cue;
            this.first = first;
            this.last = last;
            int top = first;
            for (int k = first; k <= last; k++) {
                if (!parse.isPunctuation(k) && (parse.head(k) < first || parse.head(k) > last)) {
                    top = k;
                    break;
                }
            }
            this.contentHead = top;
        }

        String opening(int k) {
            int a = largestAt(k, leftEdge);
            return a < 0 ? "-" : name(a);
        }

        /** Whether the largest constituent opening at {@code k} is headed by a verb the cue lexicon knows. */
        boolean opensWithCue(int k) {
            int a = largestAt(k, leftEdge);
            return a >= 0 && view.isCue(a);
        }

        String closing(int k) {
            int a = largestAt(k, rightEdge);
            return a < 0 ? "-" : name(a);
        }

        /**
         * The head of the largest constituent whose first ({@code edge} = {@link #leftEdge}) or last
         * ({@link #rightEdge}) token is {@code k}; -1 when none starts or ends there.
         */
        private int largestAt(int k, int[] edge) {
            if (k < 0 || edge[k] != k) {
                return -1;
            }
            int a = k;
            while (parse.head(a) >= 0 && edge[parse.head(a)] == k) {
                a = parse.head(a);
            }
            return a;
        }

        private String name(int a) {
            int h = parse.head(a);
            String where = h < 0 ? "root" : h == cue ? "cue" : h == contentHead ? "head"
                    : h >= first && h <= last ? "inside" : "outside";
            return parse.fullRelation(a) + "@" + where;
        }
    }

    /** A closed-class word as itself, anything else as its part of speech. */
    private String word(int k) {
        String pos = parse.token(k).pos();
        return CLOSED_CLASS.contains(pos) || parse.isPunctuation(k) ? parse.lower(k) : pos;
    }

    private static String distance(int d) {
        if (Math.abs(d) <= 3) {
            return String.valueOf(d);
        }
        return (d < 0 ? "-" : "+") + (Math.abs(d) < 10 ? "4-9" : "10+");
    }
}
