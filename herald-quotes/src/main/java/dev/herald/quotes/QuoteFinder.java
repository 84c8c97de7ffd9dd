package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layers;
import dev.herald.spi.Quote;
import dev.herald.spi.QuoteType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The per-document work of {@link QuoteStage}; one instance per document, never shared. */
final class QuoteFinder {
    private static final int WINDOW = 10;
    private static final int EMBEDDED_MIN_CUE_COUNT = 30;
    private static final int NOUN_MIN_CUE_COUNT = 15;
    private static final int PARTICIPLE_MIN_CUE_COUNT = 20;
    private static final int CONTROL_MIN_CUE_COUNT = 40;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> ANONYMOUS_HEADS = Set.of("official", "source", "aide", "person", "people",
            "insider", "diplomat", "adviser", "advisor", "staffer", "officer");
    private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "purportedly", "apparently");
    private static final Set<String> ANONYMITY = Set.of("anonymity", "unnamed", "anonymous", "unidentified");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    private static final Set<String> ARGUMENTS = Set.of("obj", "ccomp", "xcomp", "obl", "iobj");
    private static final Set<String> FINITE = Set.of("MD", "VBZ", "VBD", "VBP");
    private static final Set<String> SOCIAL = Set.of("twitter", "x", "facebook", "instagram", "social", "tweet",
            "post", "truth", "threads", "telegram");
    private static final Set<String> RELEASE = Set.of("release", "communique", "communiqué");
    private static final Set<String> INTERVIEW = Set.of("reporters", "interview", "journalists", "conference",
            "briefing");
    private static final Set<String> DOCUMENTS = Set.of("poll", "survey", "study", "report", "statement",
            "interview", "letter", "memo", "editorial", "column", "article", "book", "speech", "tweet", "post", "email",
            "filing", "release", "video", "analysis");
    private static final Set<String> QUESTION_MARKS = Set.of("if", "whether");
    private static final Set<String> ARGUMENT_CASES = Set.of("of", "for", "about", "on", "as", "with", "to");
    private static final int COLON_MAX_SOURCE = 6;
    private static final int MAX_LEAD_TOKENS = 8;
    private static final Set<String> ADDRESSEE_CUES = Set.of("tell", "ask");

    private final Document document;
    private final String text;
    private final Parse parse;
    private final CueLexicon cues;
    private final int minCueCount;
    private final List<Quotation> quotations;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<Integer> usedCues = new HashSet<>();
    private final Set<Integer> nested = new HashSet<>();
    private final boolean[] named;

    /** An attribution under construction. */
    private static final class Draft {
        final List<CharSpan> content = new ArrayList<>();
        int cue;
        int cueEnd = -1;
        List<Integer> source = List.of();
        QuoteType type;
        final String rule;
        String shape = "";

        Draft(int cue, List<Integer> source, QuoteType type, String rule) {
            this.cue = cue;
            this.source = source;
            this.type = type;
            this.rule = rule;
        }
    }

    QuoteFinder(Document document, CueLexicon cues, int minCueCount) {
        this.document = document;
        this.text = document.text();
        this.parse = new Parse(document.get(Layers.TOKENS), document.get(Layers.DEPENDENCIES));
        this.cues = cues;
        this.minCueCount = minCueCount;
        this.quotations = QuoteMarks.scan(text).stream().filter(q -> q.kind() == QuotationKind.SPEECH).toList();
        this.named = new boolean[parse.size()];
        for (Entity entity : document.get(Layers.ENTITIES)) {
            for (EntityMention mention : entity.mentions()) {
                for (int k = parse.tokenAtOrAfter(mention.span().start()); k < parse.size()
                        && parse.token(k).span().end() <= mention.span().end(); k++) {
                    named[k] = true;
                }
            }
        }
    }

    /**
     * A proposed attribution with the features {@link AttributionModel} scores it by.
     *
     * @param rule the rule that proposed it
     */
    record Candidate(Quote quote, List<String> features, String rule) {
        Candidate {
            features = List.copyOf(features);
        }
    }

    List<Candidate> find() {
        if (parse.size() == 0) {
            return List.of();
        }
        findDirect();
        drafts.forEach(d -> usedCues.add(d.cue));
        findPostposed();
        findParticipial();
        findNestedNouns();
        findClausal();
        findEmbedded();
        findArguments();
        findColons();
        findSourceNouns();
        Map<String, String> descriptions = new HashMap<>();
        drafts.sort(Comparator.comparingInt(d -> d.content.get(0).start()));
        List<Quote> quotes = new ArrayList<>();
        for (Draft draft : drafts) {
            quotes.add(toQuote(draft, descriptions));
        }
        quotes = propagateAnonymity(quotes);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            out.add(new Candidate(quotes.get(i), features(drafts.get(i), quotes.get(i)), drafts.get(i).rule));
        }
        return out;
    }

    /** An unnamed source that is anonymous once is anonymous in every quote of the same description. */
    private static List<Quote> propagateAnonymity(List<Quote> quotes) {
        Set<List<String>> anonymous = new HashSet<>();
        for (Quote q : quotes) {
            if (q.anonymous() && q.speakers().isEmpty()) {
                anonymous.add(q.speakerNames());
            }
        }
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            boolean flag = q.anonymous() || q.speakers().isEmpty() && anonymous.contains(q.speakerNames());
            out.add(flag == q.anonymous() ? q : new Quote(q.content(), q.type(), q.cue(), q.cueLemma(), q.source(),
                    q.speakers(), q.speakerNames(), true, q.hedged(), q.medium(), q.mediumSpan(), q.confidence()));
        }
        return out;
    }

    private List<String> features(Draft draft, Quote quote) {
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
        int count = draft.cue >= 0 ? cues.count(parse.lemma(draft.cue)) : 0;
        String frequency = count == 0 ? "0" : String.valueOf(31 - Integer.numberOfLeadingZeros(count));
        String pos = draft.cue >= 0 ? parse.token(draft.cue).pos() : "-";
        String role = draft.cue >= 0 ? parse.relation(draft.cue) + (parse.child(draft.cue, "nsubj") >= 0 ? "+subject"
                : "") : "-";
        return List.of("bias", "rule=" + rule, "shape=" + rule + "," + draft.shape,
                "cue,shape=" + lemma + "," + draft.shape, "cue=" + lemma, "rule,cue=" + rule + "," + lemma,
                "type=" + quote.type(), "rule,type=" + rule + "," + quote.type(), "source=" + source,
                "rule,source=" + rule + "," + source, "length=" + length, "rule,length=" + rule + "," + length,
                "frequency=" + frequency, "rule,frequency=" + rule + "," + frequency, "pos=" + pos,
                "cue,source=" + lemma + "," + source, "pieces=" + Math.min(quote.content().size(), 3),
                "verb=" + verb, "rule,verb=" + rule + "," + verb, "opening=" + opening,
                "rule,opening=" + rule + "," + opening, "role=" + role, "rule,role=" + rule + "," + role);
    }

    /** The kind of character content opens with: a quotation mark, a handle, a digit, a capital, other. */
    private String opening(CharSpan content) {
        int i = content.start();
        while (i < content.end() - 1 && (text.charAt(i) == '"' || text.charAt(i) == '\u201c')) {
            i++;
        }
        char c = text.charAt(i);
        String mark = i > content.start() ? "quoted-" : "";
        return mark + (c == '@' || c == '#' ? "handle" : Character.isDigit(c) ? "digit" : Character.isUpperCase(c)
                ? "upper" : Character.isLetter(c) ? "lower" : "other");
    }

    /** "…, Axios reporter Barak Ravid wrote on X." and "…, said Smith.": the attribution closes the sentence. */
    private void findPostposed() {
        for (int i = 1; i < parse.size(); i++) {
            if (!isCue(i) || usedCues.contains(i) || insideQuotation(parse.token(i).span().start())) {
                continue;
            }
            int end = sentenceEnd(i);
            List<Integer> source;
            int comma;
            if (parse.lower(i - 1).equals(",") && noVerbBetween(i + 1, end) && nounPhrase(i + 1, end) > i + 1) {
                source = range(i + 1, nounPhrase(i + 1, end));
                comma = i - 1;
            } else {
                int k = i - 1;
                while (k > 0 && (parse.token(k).pos().startsWith("RB") || isAuxiliary(k))) {
                    k--;
                }
                int start = nounPhraseStart(k);
                if (start > k || start == 0 || !parse.lower(start - 1).equals(",") || !noVerbBetween(i + 1, end)) {
                    continue;
                }
                source = range(start, k + 1);
                comma = start - 1;
            }
            int first = sentenceStart(i);
            List<Integer> clause = range(first, comma);
            if (clause.stream().noneMatch(parse::isVerb)) {
                continue;
            }
            Draft draft = draftFor(i, clause, "postposed");
            if (draft != null) {
                draft.source = source;
                usedCues.add(i);
            }
        }
    }

    /** "…, claiming the two forces were on the brink.": a participle cue after a comma takes the subject above. */
    private void findParticipial() {
        for (int i = 1; i < parse.size(); i++) {
            if (!isCue(i) || usedCues.contains(i) || !parse.token(i).pos().equals("VBG")
                    || !parse.lower(i - 1).equals(",") || insideQuotation(parse.token(i).span().start())
                    || cues.count(parse.lemma(i)) < PARTICIPLE_MIN_CUE_COUNT
                    || Set.of("case", "mark", "amod").contains(parse.relation(i))) {
                continue;
            }
            int end = sentenceEnd(i);
            List<Integer> clause = range(i + 1, end);
            if (clause.stream().noneMatch(parse::isVerb) && clause.size() < 3) {
                continue;
            }
            Draft draft = draftFor(i, trim(clause), "participle");
            if (draft != null) {
                draft.source = inheritedSource(i, end);
                usedCues.add(i);
            }
        }
    }

    /**
     * "amid fears that …", "raised concerns that …", "following reports that …": a cue noun with a clause. Its
     * subtree is kept out of the enclosing attribution; it is an attribution of its own unless the clause has a cue
     * verb of its own ("reports that the Joint Chiefs indicated …").
     */
    private void findNestedNouns() {
        for (int i = 0; i < parse.size(); i++) {
            if (!parse.token(i).pos().startsWith("NN") || cues.count(parse.lemma(i)) < NOUN_MIN_CUE_COUNT) {
                continue;
            }
            int clause = parse.child(i, "ccomp");
            if (clause < 0) {
                clause = parse.child(i, "acl");
                if (clause < 0 || parse.child(clause, "mark") < 0 || !parse.lower(parse.child(clause, "mark"))
                        .equals("that")) {
                    continue;
                }
            }
            boolean verbObject = parse.relation(i).equals("obj") && parse.head(i) >= 0 && parse.isVerb(parse.head(i));
            if (!verbObject) {
                nested.addAll(parse.subtree(i, Set.of()));
            }
            if (isCue(clause) && parse.child(clause, "nsubj") >= 0) {
                continue;
            }
            int governor = verbObject ? parse.head(i) : governingCue(i);
            Draft draft = draftFor(verbObject ? parse.head(i) : i, parse.subtree(clause, Set.of()), "noun");
            if (draft != null) {
                draft.source = governor >= 0 ? source(governor) : List.of();
                draft.cueEnd = i;
                usedCues.add(draft.cue);
            }
        }
    }

    private int governingCue(int token) {
        int node = parse.head(token);
        for (int step = 0; step < 5 && node >= 0; step++) {
            if (isCue(node)) {
                return node;
            }
            node = parse.head(node);
        }
        return -1;
    }

    /** The clause without nested cue-noun attributions: the part before the first one. */
    private List<Integer> trim(List<Integer> clause) {
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

    /** The subject of the nearest governing verb outside [cue, end). */
    private List<Integer> inheritedSource(int cue, int end) {
        int node = parse.head(cue);
        for (int step = 0; step < 5 && node >= 0; step++) {
            if (node < cue || node >= end) {
                int subject = parse.child(node, "nsubj");
                if (subject >= 0 && subject < cue) {
                    return parse.subtree(subject, Set.of());
                }
            }
            node = parse.head(node);
        }
        int sentence = sentenceStart(cue);
        for (int k = cue - 1; k >= sentence; k--) {
            if (parse.relation(k).equals("nsubj") && parse.head(k) < cue && parse.isVerb(parse.head(k))) {
                return parse.subtree(k, Set.of());
            }
        }
        return List.of();
    }

    private int sentenceStart(int token) {
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
    private int sentenceEnd(int token) {
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

    private boolean noVerbBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (parse.isVerb(k) || insideQuotation(parse.token(k).span().start())) {
                return false;
            }
        }
        return true;
    }

    private boolean isNominal(int k) {
        String pos = parse.token(k).pos();
        return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("DT") || pos.startsWith("JJ")
                || pos.equals("POS") || pos.equals("CD");
    }

    /** The end (exclusive) of the noun phrase starting at {@code from}, at most {@code to}. */
    private int nounPhrase(int from, int to) {
        int k = from;
        while (k < to && isNominal(k)) {
            k++;
        }
        return k > from && isHeadNoun(k - 1) ? k : from;
    }

    /** The start of the noun phrase ending at {@code last}; {@code last + 1} when there is none. */
    private int nounPhraseStart(int last) {
        if (last < 0 || !isHeadNoun(last)) {
            return last + 1;
        }
        int k = last;
        while (k > 0 && isNominal(k - 1)) {
            k--;
        }
        return k;
    }

    /** A noun or pronoun, or a word of a name that the tagger took for something else ("Gallant" as JJ). */
    private boolean isHeadNoun(int k) {
        String pos = parse.token(k).pos();
        return pos.startsWith("NN") || pos.equals("PRP") || named[k];
    }

    private boolean isAuxiliary(int k) {
        return parse.relation(k).equals("aux") || parse.token(k).pos().equals("MD");
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(k);
        }
        return out;
    }

    private boolean isCue(int i) {
        return parse.isVerb(i) && cues.count(parse.lemma(i)) >= minCueCount;
    }

    private void findDirect() {
        Draft previous = null;
        int previousEnd = -1;
        for (Quotation q : quotations) {
            if (q.embedded()) {
                continue;
            }
            int cue = attributionAfter(q);
            if (cue < 0 && previous != null && previous.cue >= 0 && isBetween(previous.cue, previousEnd, q)) {
                cue = previous.cue;
            }
            if (cue < 0) {
                cue = attributionBefore(q);
            }
            boolean sameParagraph = previous != null && text.indexOf('\n', previousEnd) > q.span().start()
                    || previous != null && text.indexOf('\n', previousEnd) < 0;
            if (cue >= 0) {
                if (previous != null && previous.cue == cue) {
                    previous.content.add(q.span());
                } else {
                    previous = new Draft(cue, directSource(cue, q), QuoteType.DIRECT, "direct");
                    previous.content.add(q.span());
                    drafts.add(previous);
                }
            } else if (previous != null && sameParagraph) {
                previous.content.add(q.span());
            } else if (previous != null && startsParagraph(q) && isPreviousParagraph(previousEnd, q)) {
                Draft next = new Draft(previous.cue, previous.source, QuoteType.DIRECT, "continued");
                next.content.add(q.span());
                drafts.add(next);
                previous = next;
            } else {
                previous = new Draft(-1, List.of(), QuoteType.DIRECT, "unattributed");
                previous.content.add(q.span());
                drafts.add(previous);
            }
            previousEnd = q.span().end();
        }
    }

    private boolean isBetween(int token, int from, Quotation q) {
        CharSpan span = parse.token(token).span();
        return from <= span.start() && span.end() <= q.span().start() && text.indexOf('\n', from) >= q.span().start();
    }

    /** The subject of a direct quote's cue, never taken from inside a quotation ("“Now is the time,” X said"). */
    private List<Integer> directSource(int cue, Quotation q) {
        if (parse.lemma(cue).equals("accord")) {
            return plainRun(cue + 2);
        }
        List<Integer> subject = source(cue);
        if (!subject.isEmpty() && subject.stream().noneMatch(k -> insideQuotation(parse.token(k).span().start()))) {
            return subject;
        }
        List<Integer> between = new ArrayList<>();
        for (int k = parse.tokenAtOrAfter(q.span().end()); k < cue; k++) {
            if (!parse.isPunctuation(k)) {
                between.add(k);
            }
        }
        return between.isEmpty() && cue > q.span().start() ? plainRun(cue + 1) : between;
    }

    /**
     * "“…,” said the second official." and "According to Paul Sperry of Counter Jihad, “…”": the words from
     * {@code from} up to the next punctuation, verb or quotation in the sentence, when they end in a noun.
     */
    private List<Integer> plainRun(int from) {
        if (from >= parse.size()) {
            return List.of();
        }
        int end = from;
        int sentence = parse.token(from).sentence();
        while (end < parse.size() && parse.token(end).sentence() == sentence && !parse.isPunctuation(end)
                && !parse.isVerb(end) && !insideQuotation(parse.token(end).span().start())) {
            end++;
        }
        return end > from && isHeadNoun(end - 1) ? range(from, end) : List.of();
    }

    private boolean startsParagraph(Quotation q) {
        int i = q.span().start();
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n';
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
            if (insideQuotation(parse.token(i).span().start()) || parse.token(i).sentence() != sentence
                    && i > first + 1) {
                return -1;
            }
            String t = parse.token(i).text();
            if (isCue(i)) {
                return i;
            }
            if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** "Gallant said, “…”" and "He said: “…”": a cue verb in the stretch before the opening mark. */
    private int attributionBefore(Quotation q) {
        int at = parse.tokenAtOrAfter(q.span().start());
        if (at == 0) {
            return -1;
        }
        int last = at - 1;
        String before = parse.token(last).text();
        if (!(before.equals(",") || before.equals(":") || isCue(last))) {
            return -1;
        }
        int sentence = parse.token(last).sentence();
        for (int i = last; i >= 0 && i > last - 2 * WINDOW && parse.token(i).sentence() == sentence; i--) {
            if (insideQuotation(parse.token(i).span().start())) {
                return -1;
            }
            if (isCue(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean insideQuotation(int offset) {
        for (Quotation q : quotations) {
            if (q.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Indirect speech: the clausal complement of a cue ("said the talks failed", "warned the U.S. is unlikely …"),
     * an object with a control clause ("urged the U.S. to …"), "warned about X", "X said" after a clause, and
     * "according to X".
     */
    private void findClausal() {
        for (int i = 0; i < parse.size(); i++) {
            if (usedCues.contains(i)) {
                continue;
            }
            if (parse.lemma(i).equals("accord") && i + 1 < parse.size() && parse.lower(i + 1).equals("to")) {
                according(i);
                continue;
            }
            if (isCue(i) && clausal(i)) {
                usedCues.add(i);
            }
        }
    }

    private boolean clausal(int cue) {
        int complement = parse.child(cue, "ccomp");
        if (complement >= 0 && complement > cue) {
            List<Integer> clause = new ArrayList<>(parse.subtree(complement, reportingConjuncts(complement)));
            for (int c : parse.children(cue)) {
                int cc = parse.child(c, "cc");
                if (c > complement && parse.relation(c).equals("conj") && !isCue(c) && (parse.child(c, "nsubj") >= 0
                        || cc >= 0 && parse.lower(cc).equals("but"))) {
                    clause.addAll(parse.subtree(c, Set.of()));
                }
            }
            clause.sort(Integer::compare);
            if (clause.stream().noneMatch(usedCues::contains) && draftFor(cue, trim(clause), "ccomp") != null) {
                return true;
            }
        }
        int object = parse.child(cue, "obj");
        int control = parse.child(cue, "xcomp");
        if (control >= 0 && object >= 0 && cues.count(parse.lemma(cue)) >= CONTROL_MIN_CUE_COUNT) {
            List<Integer> clause = new ArrayList<>(parse.subtree(object, Set.of()));
            clause.addAll(parse.subtree(control, Set.of()));
            clause.sort(Integer::compare);
            return draftFor(cue, trim(clause), "control") != null;
        }
        int end = sentenceEnd(cue);
        int subjectEnd = nounPhrase(cue + 1, end);
        if (complement < 0 && subjectEnd > cue + 1 && subjectEnd < end
                && FINITE.contains(parse.token(subjectEnd).pos())) {
            return draftFor(cue, trim(range(cue + 1, end)), "zero-that") != null;
        }
        for (int c : parse.children(cue)) {
            if (c > cue && parse.relation(c).equals("obl") && parse.child(c, "case") >= 0
                    && parse.lower(parse.child(c, "case")).equals("about")) {
                return draftFor(cue, trim(parse.subtree(c, Set.of())), "about") != null;
            }
        }
        if (parse.relation(cue).equals("parataxis") && parse.head(cue) >= 0 && parse.head(cue) < cue) {
            List<Integer> clause = new ArrayList<>();
            for (int k : parse.subtree(parse.head(cue), Set.of(cue))) {
                if (k < cue) {
                    clause.add(k);
                }
            }
            return draftFor(cue, clause, "parataxis") != null;
        }
        return false;
    }

    /** "he was not ready, and suggested that …": a cue verb coordinated inside a clause reports on its own. */
    private Set<Integer> reportingConjuncts(int root) {
        Set<Integer> out = new HashSet<>();
        for (int k : parse.subtree(root, Set.of())) {
            if (k != root && parse.relation(k).equals("conj") && isCue(k) && parse.child(k, "nsubj") < 0) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Broad: the arguments after any verb the lexicon knows ("support Clinton", "wants to run", "asked if …",
     * "accused him of …"); the model decides which cue and argument shapes PolNeAR counts.
     */
    private void findArguments() {
        for (int i = 0; i < parse.size(); i++) {
            if (usedCues.contains(i) || !parse.isVerb(i) || !cues.isCue(parse.lemma(i))
                    || insideQuotation(parse.token(i).span().start())) {
                continue;
            }
            List<Integer> clause = new ArrayList<>();
            List<String> shape = new ArrayList<>();
            for (int c : parse.children(i)) {
                if (c < i) {
                    continue;
                }
                String relation = parse.relation(c);
                int mark = parse.child(c, "mark");
                int kase = parse.child(c, "case");
                String word = mark >= 0 ? parse.lower(mark) : kase >= 0 ? parse.lower(kase) : "";
                boolean argument = relation.equals("obj") || relation.equals("xcomp") || relation.equals("ccomp")
                        || relation.equals("advcl") && QUESTION_MARKS.contains(word);
                boolean complement = !clause.isEmpty() && (relation.equals("obl") || relation.equals("advcl"))
                        && ARGUMENT_CASES.contains(word);
                if (argument || complement) {
                    if (argument && (relation.equals("ccomp") || relation.equals("advcl"))
                            && shape.equals(List.of("obj"))) {
                        clause.clear();
                        shape.set(0, "addressee");
                    }
                    clause.addAll(parse.subtree(c, Set.of()));
                    shape.add(complement ? relation + ":" + word : relation);
                }
            }
            if (clause.isEmpty()) {
                continue;
            }
            clause.sort(Integer::compare);
            Draft draft = draftFor(i, trim(clause), "arguments");
            if (draft != null) {
                draft.shape = String.join("+", shape);
                usedCues.add(i);
            }
        }
    }

    /**
     * Broad: "Judicial Watch: State Department Hid …" and "BOULDUAN: Why not debate?": a short name opening the
     * sentence, a colon, and the rest of the paragraph.
     */
    private void findColons() {
        for (int i = 1; i + 1 < parse.size(); i++) {
            if (!parse.lower(i).equals(":") || insideQuotation(parse.token(i).span().start())) {
                continue;
            }
            int start = sentenceStart(i);
            if (start >= i || i - start > COLON_MAX_SOURCE || !isHeadNoun(i - 1)
                    || !range(start, i).stream().allMatch(k -> isNominal(k) || named[k])) {
                continue;
            }
            int paragraphEnd = text.indexOf('\n', parse.token(i).span().end());
            int end = i + 1;
            while (end < parse.size() && (paragraphEnd < 0 || parse.token(end).span().start() < paragraphEnd)) {
                end++;
            }
            if (end - i < 3) {
                continue;
            }
            Draft draft = draftFor(i, range(i + 1, end), "colon");
            if (draft != null) {
                draft.source = range(start, i);
            }
        }
    }

    /** Broad: "In a new Fox News poll, Trump achieved 45 percent": a document the clause is read from. */
    private void findSourceNouns() {
        for (int i = 0; i < parse.size(); i++) {
            int verb = parse.head(i);
            int kase = parse.child(i, "case");
            if (!parse.relation(i).equals("obl") || !DOCUMENTS.contains(parse.lemma(i)) || kase < 0
                    || !parse.lower(kase).equals("in") || verb < 0
                    || !(parse.isVerb(verb) || parse.child(verb, "cop") >= 0 || parse.head(verb) < 0)) {
                continue;
            }
            List<Integer> phrase = parse.subtree(i, Set.of());
            int after = phrase.get(phrase.size() - 1);
            boolean leading = i < verb;
            List<Integer> clause = parse.subtree(verb, Set.of(i)).stream().filter(k -> !leading || k > after)
                    .toList();
            List<Integer> source = phrase.stream().filter(k -> k != kase).toList();
            if (clause.isEmpty() || source.isEmpty()) {
                continue;
            }
            Draft draft = draftFor(kase, clause, "document");
            if (draft != null) {
                draft.source = source;
            }
        }
    }

    private void according(int according) {
        boolean marker = parse.relation(according).equals("case");
        int x = marker ? parse.head(according) : according;
        if (x < 0) {
            return;
        }
        int verb = parse.head(x);
        for (Draft d : drafts) {
            if (verb >= 0 && d.cue == verb) {
                return;
            }
        }
        List<Integer> phrase = parse.subtree(x, Set.of());
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
        Draft draft = draftFor(according, clause, "according");
        if (draft != null) {
            draft.source = source;
        }
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
        int start = sentenceStart(first);
        int end = sentenceEnd(first);
        boolean opens = range(start, first).stream().allMatch(k -> parse.isPunctuation(k)
                || parse.relation(k).equals("cc"));
        List<Integer> rest = opens ? range(last + 1, end) : last + 1 >= end ? range(start, first) : List.of();
        return rest.stream().anyMatch(k -> !parse.isPunctuation(k)) ? rest : null;
    }

    private Draft draftFor(int cue, List<Integer> tokens, String rule) {
        List<Integer> clause = withoutModifiers(tokens);
        if (clause.isEmpty()) {
            return null;
        }
        CharSpan content = parse.span(clause);
        for (Draft d : drafts) {
            for (CharSpan piece : d.content) {
                if (piece.intersects(content)) {
                    return null;
                }
            }
        }
        boolean quoted = false;
        for (Quotation q : quotations) {
            quoted |= q.span().intersects(content);
        }
        Draft draft = new Draft(cue, source(cue), quoted ? QuoteType.MIXED : QuoteType.INDIRECT, rule);
        draft.content.add(content);
        drafts.add(draft);
        return draft;
    }

    /**
     * The content as PolNeAR bounds it: without a leading preposition ("warned about [X]") and without a trailing
     * modifier set off by a comma (", an increase of …", ", who shot …", ", supplemented by …").
     */
    private List<Integer> withoutModifiers(List<Integer> clause) {
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

    /** Quoted fragments inside a sentence that no attribution covers yet, governed by a cue: "blamed “X”". */
    private void findEmbedded() {
        for (Quotation q : quotations) {
            if (!q.embedded() || covered(q.span())) {
                continue;
            }
            int first = parse.tokenAtOrAfter(q.inner().start());
            if (first >= parse.size()) {
                continue;
            }
            int node = first;
            int argument = -1;
            for (int step = 0; step < 6 && node >= 0; step++) {
                if (isCue(node) && cues.count(parse.lemma(node)) >= EMBEDDED_MIN_CUE_COUNT
                        && !q.span().contains(parse.token(node).span())) {
                    Draft draft = new Draft(node, source(node), QuoteType.MIXED, "embedded");
                    CharSpan content = argumentSpan(argument, q.span());
                    draft.content.add(content.equals(q.span()) ? withLead(node, q.span()) : content);
                    drafts.add(draft);
                    usedCues.add(node);
                    break;
                }
                argument = node;
                node = parse.head(node);
            }
        }
    }

    /**
     * "said Cruz “has courage …”", "said there were “too many …”": the few words between the cue and the opening
     * mark belong to the content when the parse does not say so.
     */
    private CharSpan withLead(int cue, CharSpan quoted) {
        int open = parse.tokenAtOrAfter(quoted.start());
        if (cue >= open || open - cue - 1 > MAX_LEAD_TOKENS || ADDRESSEE_CUES.contains(parse.lemma(cue))) {
            return quoted;
        }
        for (int k = cue + 1; k < open; k++) {
            if (parse.isPunctuation(k) || parse.isVerb(k) && isCue(k) || parse.token(k).sentence() != parse.token(cue)
                    .sentence()) {
                return quoted;
            }
        }
        CharSpan lead = new CharSpan(parse.token(Math.min(cue + 1, open)).span().start(), quoted.end());
        return covered(lead) ? quoted : lead;
    }

    /** "called Machado’s “sex tape”": the cue's whole argument around the quoted words, when it is clean. */
    private CharSpan argumentSpan(int argument, CharSpan quoted) {
        if (argument < 0 || !ARGUMENTS.contains(parse.relation(argument))) {
            return quoted;
        }
        List<Integer> tokens = trim(parse.subtree(argument, Set.of()));
        if (tokens.isEmpty()) {
            return quoted;
        }
        CharSpan span = parse.span(tokens);
        if (!span.contains(quoted) || covered(span)) {
            return quoted;
        }
        return span;
    }

    private boolean covered(CharSpan span) {
        for (Draft d : drafts) {
            for (CharSpan piece : d.content) {
                if (piece.intersects(span)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The subject of the cue, inherited from the governing verb for "claiming …" and "and said …"; for a relative
     * clause ("The official, who spoke …, raised concerns") the noun it describes.
     */
    private List<Integer> source(int cue) {
        int node = cue;
        for (int step = 0; step < 3 && node >= 0; step++) {
            int subject = parse.child(node, "nsubj");
            if (subject >= 0 && RELATIVES.contains(parse.lower(subject)) && parse.relation(node).equals("acl")
                    && parse.head(node) >= 0) {
                return nounWithoutClauses(parse.head(node));
            }
            if (subject >= 0) {
                return coordinated(parse.subtree(subject, Set.of()));
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
        if (first < 2 || !parse.lower(first - 1).equals("and") || !isHeadNoun(first - 2)) {
            return subject;
        }
        int start = nounPhraseStart(first - 2);
        if (start > 0 && parse.lower(start - 1).equals("both")) {
            start--;
        }
        List<Integer> out = new ArrayList<>(range(start, first));
        out.addAll(subject);
        return out;
    }

    private Quote toQuote(Draft draft, Map<String, String> descriptions) {
        Optional<CharSpan> cueSpan = Optional.empty();
        String cueLemma = "";
        if (draft.cue >= 0) {
            int start = draft.cue;
            int end = draft.cue;
            if (parse.lemma(draft.cue).equals("accord")) {
                end = draft.cue + 1;
                cueLemma = "according to";
            } else {
                cueLemma = parse.lemma(draft.cue);
                while (start > 0 && parse.head(start - 1) == draft.cue && (parse.relation(start - 1).equals("aux")
                        || isCueModifier(start - 1)) && !inDraft(draft, start - 1)) {
                    start--;
                }
                end = Math.max(end, draft.cueEnd);
                while (end + 1 < parse.size() && parse.head(end + 1) == draft.cue && (isCueModifier(end + 1)
                        || parse.fullRelation(end + 1).equals("compound:prt")
                        || parse.fullRelation(end + 1).equals("obl:tmod") && parse.token(end + 1).pos().equals("NNP"))
                        && !inDraft(draft, end + 1)) {
                    end++;
                }
            }
            cueSpan = Optional.of(new CharSpan(parse.token(start).span().start(), parse.token(end).span().end()));
        }
        Optional<CharSpan> sourceSpan = draft.source.isEmpty() ? Optional.empty()
                : Optional.of(relativePronoun(draft).orElse(parse.span(draft.source)));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean anonymous = false;
        for (List<Integer> conjunct : conjuncts(draft.source)) {
            CharSpan span = parse.span(conjunct);
            int head = sourceHead(conjunct);
            Optional<Entity> entity = resolve(head, span);
            if (entity.isPresent()) {
                if (!ids.contains(entity.get().id())) {
                    ids.add(entity.get().id());
                    names.add(entity.get().name());
                }
            } else if (!PRONOUNS.contains(parse.lower(head))) {
                String description = description(span);
                String key = parse.lemma(head);
                String earlier = descriptions.get(key);
                if (earlier != null && isDefinite(span)) {
                    names.add(earlier);
                } else {
                    names.add(description);
                    descriptions.put(key, description);
                }
                anonymous |= isAnonymous(conjunct, head);
            }
        }
        boolean hedged = false;
        Optional<String> medium = Optional.empty();
        Optional<CharSpan> mediumSpan = Optional.empty();
        if (draft.cue >= 0) {
            for (int c : parse.children(draft.cue)) {
                hedged |= HEDGES.contains(parse.lower(c));
                String kind = mediumOf(c);
                if (kind != null && medium.isEmpty()) {
                    medium = Optional.of(kind);
                    mediumSpan = Optional.of(parse.span(parse.subtree(c, Set.of())));
                }
            }
            hedged |= draft.cue > 0 && HEDGES.contains(parse.lower(draft.cue - 1));
            if (parse.lemma(draft.cue).equals("tweet")) {
                medium = Optional.of("social post");
                mediumSpan = cueSpan;
            }
            anonymous |= ids.isEmpty() && !names.isEmpty() && sentenceMentions(draft.cue, ANONYMITY);
            hedged |= isSaidTo(draft.cue);
        }
        return new Quote(paragraphPieces(draft.content), draft.type, cueSpan, cueLemma, sourceSpan, ids, names,
                anonymous, hedged, medium, mediumSpan, 1.0);
    }

    /** The content cut at paragraph breaks: a piece never runs from one paragraph into the next. */
    private List<CharSpan> paragraphPieces(List<CharSpan> content) {
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

    /**
     * "Pardo, who said …": the relative pronoun is the source's text, as PolNeAR marks it; the speaker is still
     * resolved from the noun it stands for.
     */
    private Optional<CharSpan> relativePronoun(Draft draft) {
        int subject = draft.cue >= 0 ? parse.child(draft.cue, "nsubj") : -1;
        if (subject < 0 || !RELATIVES.contains(parse.lower(subject)) || draft.source.contains(subject)
                || !parse.relation(draft.cue).equals("acl")) {
            return Optional.empty();
        }
        return Optional.of(parse.token(subject).span());
    }

    /** "also said", "said recently": PolNeAR counts an adverb next to the cue verb as part of the cue. */
    private boolean isCueModifier(int k) {
        return parse.relation(k).equals("advmod") && parse.token(k).pos().startsWith("RB");
    }

    private boolean inDraft(Draft draft, int k) {
        CharSpan span = parse.token(k).span();
        return draft.source.contains(k) || draft.content.stream().anyMatch(span::intersects);
    }

    private String mediumOf(int child) {
        Set<String> words = new HashSet<>();
        for (int k : parse.subtree(child, Set.of())) {
            words.add(parse.lower(k));
        }
        String relation = parse.relation(child);
        if (relation.equals("obl") || relation.equals("nmod") || relation.equals("advcl")) {
            if (words.stream().anyMatch(RELEASE::contains)) {
                return "press release";
            }
            if (words.contains("statement")) {
                return "statement";
            }
            if ((words.contains("on") || words.contains("in")) && words.stream().anyMatch(SOCIAL::contains)) {
                return "social post";
            }
        }
        if ((relation.equals("obj") || relation.equals("iobj") || relation.equals("obl"))
                && words.stream().anyMatch(INTERVIEW::contains)) {
            return "interview";
        }
        return null;
    }

    /** "He is said to have…": the passive report verb hedges what follows. */
    private boolean isSaidTo(int cue) {
        return parse.lemma(cue).equals("say") && cue > 0 && cue + 1 < parse.size() && parse.lower(cue + 1).equals("to")
                && Set.of("is", "are", "was", "were", "been", "being").contains(parse.lower(cue - 1));
    }

    /**
     * "a U.S. official", "the official", "sources", "unnamed diplomats": a source described but not named. A plural
     * group ("Israeli officials") speaks collectively and is not anonymous by itself.
     */
    private boolean isAnonymous(List<Integer> source, int head) {
        String key = parse.lemma(head);
        if (!ANONYMOUS_HEADS.contains(key)) {
            return false;
        }
        return key.equals("source") || key.equals("insider") || parse.token(head).pos().equals("NN")
                || source.stream().anyMatch(k -> ANONYMITY.contains(parse.lower(k)));
    }

    /** The coordinated parts of a source ("Both Gallant and Netanyahu"); the source itself when it has one. */
    private List<List<Integer>> conjuncts(List<Integer> source) {
        if (source.isEmpty()) {
            return List.of();
        }
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        boolean coordinated = false;
        for (int k : source) {
            String word = parse.lower(k);
            boolean joint = word.equals("and") && k > source.get(0) && isHeadNoun(k - 1) && k + 1 < parse.size()
                    && isNominal(k + 1);
            if (joint || word.equals(",") && coordinated) {
                coordinated = true;
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new ArrayList<>();
            } else if (!word.equals("both")) {
                current.add(k);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return coordinated && out.size() > 1 ? out : List.of(source);
    }

    private boolean sentenceMentions(int token, Set<String> words) {
        int sentence = parse.token(token).sentence();
        for (int i = Math.max(0, token - 40); i < Math.min(parse.size(), token + 40); i++) {
            if (parse.token(i).sentence() == sentence && words.contains(parse.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private int sourceHead(List<Integer> source) {
        for (int k : source) {
            if (!source.contains(parse.head(k))) {
                return k;
            }
        }
        return source.get(0);
    }

    /** The entity a source names: a mention at the head, or for he/she the most recent person before it. */
    private Optional<Entity> resolve(int head, CharSpan source) {
        List<Entity> entities = document.get(Layers.ENTITIES);
        CharSpan headSpan = parse.token(head).span();
        if (PRONOUNS.contains(parse.lower(head))) {
            Entity best = null;
            int bestEnd = -1;
            for (Entity entity : entities) {
                if (entity.type() != EntityType.PERSON) {
                    continue;
                }
                for (EntityMention mention : entity.mentions()) {
                    int end = mention.span().end();
                    if (end <= headSpan.start() && end > bestEnd) {
                        best = entity;
                        bestEnd = end;
                    }
                }
            }
            return Optional.ofNullable(best);
        }
        Entity overlapping = null;
        for (Entity entity : entities) {
            for (EntityMention mention : entity.mentions()) {
                if (mention.span().intersects(headSpan)) {
                    return Optional.of(entity);
                }
                if (overlapping == null && source.contains(mention.span()) && entity.type() == EntityType.PERSON) {
                    overlapping = entity;
                }
            }
        }
        return Optional.ofNullable(overlapping);
    }

    private boolean isDefinite(CharSpan source) {
        String s = source.coveredText(text).toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("the ") || s.startsWith("that ") || s.startsWith("this ");
    }

    /** A source as a name: without a leading article and without a trailing relative clause. */
    private String description(CharSpan source) {
        String s = source.coveredText(text);
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma);
        }
        for (String article : new String[] {"the ", "a ", "an ", "The ", "A ", "An "}) {
            if (s.startsWith(article)) {
                return s.substring(article.length());
            }
        }
        return s;
    }
}
