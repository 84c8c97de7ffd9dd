package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.QuoteType;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes with the attribution after, before or inside them, or a dash and a name after them; split quotes
 * joined into one attribution with several content pieces, unless a verb cue stands between them; quote paragraphs
 * that continue the previous speaker, joined to its attribution when its cue's sentence closes the paragraph, as
 * PolNeAR annotates them. Runs first and claims its cues.
 */
final class DirectQuoteRule extends AttributionRule {
    /** How many tokens from the quotation a cue verb may be. */
    private static final int WINDOW = 16;
    private static final int MAX_NAME_TOKENS = 5;

    private final String text;

    DirectQuoteRule(Drafts drafts) {
        super(drafts);
        this.text = view.text();
    }

    @Override
    void apply() {
        Draft previous = null;
        int previousEnd = -1;
        for (Quotation q : view.quotations()) {
            if (q.embedded()) {
                if (previous != null && resumesAtCue(previous.cue, previousEnd, q)) {
                    previous.content.add(q.span());
                    previousEnd = q.span().end();
                }
                continue;
            }
            int dash = dashAfter(q);
            int cue = dash >= 0 ? dash : cueOf(q, previous, previousEnd);
            CharSpan piece = withTail(q);
            boolean sameParagraph = previous != null && text.indexOf('\n', previousEnd) > q.span().start()
                    || previous != null && text.indexOf('\n', previousEnd) < 0;
            if (cue >= 0) {
                if (previous != null && previous.cue == cue) {
                    previous.content.add(piece);
                } else {
                    previous = drafts.add(cue, directSource(cue, q), QuoteType.DIRECT, "direct", piece);
                    previous.shape = cue == dash ? "dash" : "";
                }
            } else if (previous != null && sameParagraph) {
                previous.content.add(piece);
            } else if (previous != null && view.startsParagraph(q.span().start())
                    && isPreviousParagraph(previousEnd, q)) {
                if (closesParagraph(previousEnd, previous.cue)) {
                    previous.content.add(piece);
                } else {
                    previous = drafts.add(previous.cue, previous.source, QuoteType.DIRECT, "continued", piece);
                }
            } else {
                previous = drafts.add(-1, List.of(), QuoteType.DIRECT, "unattributed", piece);
            }
            previousEnd = q.span().end();
        }
        drafts.claimAll();
    }

    /**
     * The cue of a quote, -1 for none: a verb cue between it and the previous quote of the paragraph ("“…,” he said,
     * adding, “…”"; "according to a release" only tells where the first cue's words were found), the previous
     * quote's cue when the quote resumes its sentence, a cue after it, one before it, or the previous quote's cue
     * when the quote resumes the paragraph.
     */
    private int cueOf(Quotation q, Draft previous, int previousEnd) {
        boolean resumes = previous != null && previous.cue >= 0 && isBetween(previous.cue, previousEnd, q);
        if (resumes) {
            int between = attributionBefore(q);
            if (between > previous.cue && parse.isVerb(between) && !parse.lemma(between).equals("accord")) {
                return between;
            }
            if (inSentenceOf(previous.cue, q)) {
                return previous.cue;
            }
        }
        int cue = attributionAfter(q);
        if (cue < 0) {
            cue = speechVerbAfter(q);
        }
        if (cue < 0) {
            cue = attributionBefore(q);
        }
        return cue < 0 && resumes ? previous.cue : cue;
    }

    /**
     * "“We have three weeks to go” until the Iowa caucuses.": a quote that stops mid-sentence takes the verbless
     * words after it up to the next punctuation.
     */
    private CharSpan withTail(Quotation q) {
        char last = q.lastChar(text);
        if (!q.closed() || last == 0 || ".,;:!?…-—".indexOf(last) >= 0) {
            return q.span();
        }
        int first = parse.tokenAtOrAfter(q.span().end());
        if (first == 0 || first >= parse.size()) {
            return q.span();
        }
        int sentence = parse.token(first - 1).sentence();
        int newline = text.indexOf('\n', q.span().end());
        int end = first;
        while (end < parse.size() && parse.token(end).sentence() == sentence && !parse.isPunctuation(end)
                && (newline < 0 || parse.token(end).span().start() < newline)) {
            if (parse.isVerb(end) || view.isQuoted(end) || view.isCue(end)) {
                return q.span();
            }
            end++;
        }
        return end == first ? q.span() : new CharSpan(q.span().start(), parse.token(end - 1).span().end());
    }

    /** The cue of the previous quote sits between it and this one, in the same paragraph ("“…,” he said, “…”"). */
    private boolean isBetween(int token, int from, Quotation q) {
        CharSpan span = parse.token(token).span();
        int newline = text.indexOf('\n', from);
        return from <= span.start() && span.end() <= q.span().start() && (newline < 0 || newline >= q.span().start());
    }

    /**
     * "“…,” Trump said “Bush and even Obama sent people back.”": the split quote resumes right after its cue, with
     * no comma, so the scanner took it for a quotation inside a sentence.
     */
    private boolean resumesAtCue(int cue, int previousEnd, Quotation q) {
        return cue >= 0 && cue >= parse.tokenAtOrAfter(previousEnd)
                && parse.tokenAtOrAfter(q.span().start()) == cue + 1;
    }

    /** "“…,” he told Bloomberg News in October, “…”": the quote resumes in the sentence of the cue. */
    private boolean inSentenceOf(int token, Quotation q) {
        int first = parse.tokenAtOrAfter(q.inner().start());
        return first < parse.size() && parse.token(first).sentence() == parse.token(token).sentence();
    }

    /** The subject of a direct quote's cue, never taken from inside a quotation ("“Now is the time,” X said"). */
    private List<Integer> directSource(int cue, Quotation q) {
        if (isDash(cue)) {
            return nameAfter(cue);
        }
        if (parse.lemma(cue).equals("accord")) {
            return plainRun(cue + 2);
        }
        List<Integer> subject = sources.of(cue);
        if (!subject.isEmpty() && subject.stream().noneMatch(view::isQuoted)) {
            return subject;
        }
        List<Integer> between = new ArrayList<>();
        for (int k = parse.tokenAtOrAfter(q.span().end()); k < cue; k++) {
            if (!parse.isPunctuation(k)) {
                between.add(k);
            }
        }
        boolean after = parse.token(cue).span().start() > q.span().start();
        return between.isEmpty() && after ? plainRun(cue + 1) : between;
    }

    /**
     * "“…,” said the second official." and "According to Paul Sperry of Counter Jihad, “…”": the words from
     * {@code from} up to the next punctuation, verb or quotation in the sentence, when they end in a noun, with an
     * apposition that ends the sentence ("said Khin Zaw Win, an activist.").
     */
    private List<Integer> plainRun(int from) {
        if (from >= parse.size()) {
            return List.of();
        }
        int end = from;
        int sentence = parse.token(from).sentence();
        while (end < parse.size() && parse.token(end).sentence() == sentence && !parse.isPunctuation(end)
                && (!parse.isVerb(end) || view.isNamed(end)) && !view.isQuoted(end)) {
            end++;
        }
        if (end == from || !view.isHeadNoun(end - 1)) {
            return List.of();
        }
        int last = view.sentenceEnd(from);
        boolean apposition = end + 1 < last && parse.lower(end).equals(",") && view.noVerbBetween(end + 1, last)
                && view.isHeadNoun(last - 1);
        return DocumentView.range(from, apposition ? last : end);
    }

    /**
     * "“…” ― Pamela Padilla" and "“…”\n\n- Bernie Sanders.": a dash right after the quote, or opening the next
     * paragraph, and a name, the layout of pull quotes and readers' voices.
     */
    private int dashAfter(Quotation q) {
        int dash = parse.tokenAtOrAfter(q.span().end());
        if (dash >= parse.size() || !isDash(dash) || view.isQuoted(dash)) {
            return -1;
        }
        String gap = text.substring(q.span().end(), parse.token(dash).span().start());
        return gap.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))
                && !nameAfter(dash).isEmpty() ? dash : -1;
    }

    private boolean isDash(int k) {
        return view.isDash(k);
    }

    /** The words after {@code dash} on its line, up to punctuation, when they are all proper nouns; else empty. */
    private List<Integer> nameAfter(int dash) {
        int newline = text.indexOf('\n', parse.token(dash).span().end());
        List<Integer> name = new ArrayList<>();
        for (int k = dash + 1; k < parse.size() && !parse.isPunctuation(k) && name.size() <= MAX_NAME_TOKENS
                && (newline < 0 || parse.token(k).span().start() < newline); k++) {
            name.add(k);
        }
        boolean named = !name.isEmpty() && name.size() <= MAX_NAME_TOKENS
                && name.stream().allMatch(k -> parse.token(k).pos().startsWith("NNP"));
        return named ? name : List.of();
    }

    /**
     * The quote ending at {@code end} is in the last sentence of its paragraph, or its cue's sentence closes the
     * paragraph ("“…, are they small hands?” Trump said.", which the splitter cuts after the question mark).
     */
    private boolean closesParagraph(int end, int cue) {
        int last = parse.tokenAtOrAfter(end) - 1;
        if (last < 0) {
            return true;
        }
        int newline = text.indexOf('\n', end);
        for (int k = last + 1; k < parse.size() && (newline < 0 || parse.token(k).span().start() < newline); k++) {
            int sentence = parse.token(k).sentence();
            if (sentence != parse.token(last).sentence() && (cue < last || sentence != parse.token(cue).sentence())) {
                return false;
            }
        }
        return true;
    }

    private boolean isPreviousParagraph(int previousEnd, Quotation q) {
        int newline = text.indexOf('\n', previousEnd);
        return newline >= 0 && text.substring(newline, q.span().start()).isBlank();
    }

    /** "“…,” Gallant said" and "“…,” said Gallant": a cue verb just after the closing mark. */
    private int attributionAfter(Quotation q) {
        int first = parse.tokenAtOrAfter(q.span().end());
        int sentence = first < parse.size() ? parse.token(first).sentence() : -1;
        int newline = text.indexOf('\n', q.span().end());
        for (int i = first; i < Math.min(parse.size(), first + WINDOW); i++) {
            if (newline >= 0 && parse.token(i).span().start() > newline) {
                return -1;
            }
            if (view.isQuoted(i) || parse.token(i).sentence() != sentence && i > first + 1) {
                return -1;
            }
            String t = parse.token(i).text();
            if (view.isCue(i)) {
                return closesSentence(q) && reportsAfter(i) ? -1 : i;
            }
            if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the quote ends its sentence: a cue in the next sentence with a clause of its own ("“….” Greene added
     * that the Fed …") reports that, not the quote.
     */
    private boolean closesSentence(Quotation q) {
        return ".!?".indexOf(q.lastChar(text)) >= 0;
    }

    /**
     * Whether the cue has a clause of its own after it: its complement ("Greene added that the Fed …"), or the
     * clause the parser hung it from ("Kasich said he would have fired …", parsed with "said" as a parenthetical).
     */
    private boolean reportsAfter(int cue) {
        return parse.child(cue, "ccomp") > cue || parse.child(cue, "parataxis") > cue
                || parse.relation(cue).equals("parataxis") && parse.head(cue) > cue;
    }

    /** "Gallant said, “…”" and "He said: “…”": a cue verb in the stretch before the opening mark. */
    private int attributionBefore(Quotation q) {
        int at = parse.tokenAtOrAfter(q.span().start());
        if (at == 0) {
            return -1;
        }
        int last = at - 1;
        String before = parse.token(last).text();
        if (!(before.equals(",") || before.equals(":") || view.isCue(last))) {
            return -1;
        }
        int sentence = parse.token(last).sentence();
        for (int i = last; i >= 0 && i > last - 2 * WINDOW && parse.token(i).sentence() == sentence; i--) {
            if (view.isQuoted(i)) {
                return -1;
            }
            if (view.isCue(i)) {
                return i;
            }
        }
        return before.equals(":") && last > 0 && isSpeechVerb(last - 1) ? last - 1 : -1;
    }

    /**
     * "“Go back to Univision,” Trump barked": a verb the lexicon lacks, right after a quote that ends in a comma,
     * "!" or "?" and the verb's own subject.
     */
    private int speechVerbAfter(Quotation q) {
        if (",!?".indexOf(q.lastChar(text)) < 0) {
            return -1;
        }
        int first = parse.tokenAtOrAfter(q.span().end());
        int verb = view.nounPhrase(first, Math.min(parse.size(), first + WINDOW));
        int newline = text.indexOf('\n', q.span().end());
        if (verb == first || verb >= parse.size() || newline >= 0 && parse.token(verb).span().start() > newline) {
            return -1;
        }
        int subject = parse.child(verb, "nsubj");
        return isSpeechVerb(verb) && first <= subject && subject < verb ? verb : -1;
    }

    /** "the Christie supporter retorted: “…”": a finite verb with a subject before it, outside any quotation. */
    private boolean isSpeechVerb(int k) {
        String pos = parse.token(k).pos();
        int subject = parse.child(k, "nsubj");
        return (pos.equals("VBD") || pos.equals("VBZ")) && subject >= 0 && subject < k && !view.isQuoted(k)
                && !view.isQuoted(subject) && !view.isAuxiliary(k);
    }
}
