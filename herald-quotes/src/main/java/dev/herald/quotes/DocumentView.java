package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.Layers;
import dev.herald.spi.QuoteType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the attribution rules read of one document: its text and parse, its spoken quotations, the tokens inside
 * entity mentions, and which verbs are cues. Sentence and noun-phrase bounds over the parse live here too, since
 * every rule needs them. Read-only.
 */
final class DocumentView {
    private static final Set<String> DASHES = Set.of("-", "--", "–", "—", "―");
    private final Document document;
    private final String text;
    private final Parse parse;
    private final CueLexicon cues;
    private final int minCueCount;
    private final List<Quotation> quotations;
    private final boolean[] named;

    DocumentView(Document document, CueLexicon cues, int minCueCount) {
        this.document = document;
        this.text = document.text();
        this.parse = new Parse(document.get(Layers.TOKENS), document.get(Layers.DEPENDENCIES));
        this.cues = cues;
        this.minCueCount = minCueCount;
        this.quotations = QuoteMarks.scan(text).stream().filter(q -> q.kind() == QuotationKind.SPEECH).toList();
        this.named = new boolean[parse.size()];
        for (Entity entity : entities()) {
            for (EntityMention mention : entity.mentions()) {
                for (int k = parse.tokenAtOrAfter(mention.span().start()); k < parse.size()
                        && parse.token(k).span().end() <= mention.span().end(); k++) {
                    named[k] = true;
                }
            }
        }
    }

    String text() {
        return text;
    }

    Parse parse() {
        return parse;
    }

    List<Entity> entities() {
        return document.get(Layers.ENTITIES);
    }

    /** The quoted stretches that report speech (scare quotes and titles left out), sorted by start. */
    List<Quotation> quotations() {
        return quotations;
    }

    /** How often the token's lemma headed a training cue. */
    int cueCount(int token) {
        return cues.count(parse.lemma(token));
    }

    /** The share of the occurrences of the token's lemma that headed a training cue. */
    double cueRate(int token) {
        return cues.cueRate(parse.lemma(token));
    }

    /** A verb the lexicon knows at all; the broad rules use it. */
    boolean isLexiconVerb(int token) {
        return parse.isVerb(token) && cues.isCue(parse.lemma(token));
    }

    /** A verb seen often enough as a cue for the precise rules. */
    boolean isCue(int token) {
        return parse.isVerb(token) && cueCount(token) >= minCueCount;
    }

    /** Reported speech over {@code content}: mixed when it takes in a spoken quotation, indirect otherwise. */
    QuoteType reportedType(CharSpan content) {
        for (Quotation q : quotations) {
            if (q.span().intersects(content)) {
                return QuoteType.MIXED;
            }
        }
        return QuoteType.INDIRECT;
    }

    /** Whether the token starts inside a spoken quotation. */
    boolean isQuoted(int token) {
        int offset = parse.token(token).span().start();
        for (Quotation q : quotations) {
            if (q.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }

    boolean isNamed(int token) {
        return named[token];
    }

    /** A hyphen or dash token ("-", "--", "–", "—", "―"). */
    boolean isDash(int token) {
        return DASHES.contains(parse.token(token).text());
    }

    /** Whether only spaces stand between the offset and the start of the text or of a line. */
    boolean startsParagraph(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    /** The first token of the token's sentence, after any leading punctuation. */
    int sentenceStart(int token) {
        int sentence = parse.token(token).sentence();
        int k = token;
        while (k > 0 && parse.token(k - 1).sentence() == sentence) {
            k--;
        }
        while (k < token && parse.isPunctuation(k)) {
            k++;
        }
        return k;
    }

    /** The end (exclusive) of the token's sentence, before its final punctuation. */
    int sentenceEnd(int token) {
        int sentence = parse.token(token).sentence();
        int k = token;
        while (k + 1 < parse.size() && parse.token(k + 1).sentence() == sentence) {
            k++;
        }
        while (k > token && parse.isPunctuation(k)) {
            k--;
        }
        return k + 1;
    }

    /** No verb and no quoted token in [from, to). */
    boolean noVerbBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (parse.isVerb(k) || isQuoted(k)) {
                return false;
            }
        }
        return true;
    }

    boolean isNominal(int k) {
        String pos = parse.token(k).pos();
        return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("DT") || pos.startsWith("JJ")
                || pos.equals("POS") || pos.equals("CD");
    }

    /** A noun or pronoun, or a word of a name that the tagger took for something else ("Gallant" as JJ). */
    boolean isHeadNoun(int k) {
        String pos = parse.token(k).pos();
        return pos.startsWith("NN") || pos.equals("PRP") || named[k];
    }

    boolean isAuxiliary(int k) {
        return parse.relation(k).equals("aux") || parse.token(k).pos().equals("MD");
    }

    /** The end (exclusive) of the noun phrase starting at {@code from}, at most {@code to}. */
    int nounPhrase(int from, int to) {
        int k = from;
        while (k < to && isNominal(k)) {
            k++;
        }
        return k > from && isHeadNoun(k - 1) ? k : from;
    }

    /** The start of the noun phrase ending at {@code last}; {@code last + 1} when there is none. */
    int nounPhraseStart(int last) {
        if (last < 0 || !isHeadNoun(last)) {
            return last + 1;
        }
        int k = last;
        while (k > 0 && isNominal(k - 1)) {
            k--;
        }
        return k;
    }

    /**
     * Where a content running on from {@code cue} to {@code end} must stop: before a later cue outside the cue's
     * phrase that reports a clause of its own ("…, declaring a win and said it was close", "…, saying X, though
     * Fiorina said Y"), which that cue attributes itself; {@code end} when there is none.
     */
    int beforeOwnReport(int cue, int end) {
        Set<Integer> own = Set.copyOf(parse.subtree(cue, Set.of()));
        for (int k = cue + 1; k < end; k++) {
            if (!own.contains(k) && isCue(k) && (parse.relation(k).equals("conj") || parse.child(k, "nsubj") >= 0)) {
                int start = parse.subtree(k, Set.of()).get(0); // at most k, so before end
                if (start > cue + 1) {
                    return start;
                }
            }
        }
        return end;
    }

    /** The token indices [from, to). */
    static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(k);
        }
        return out;
    }
}
