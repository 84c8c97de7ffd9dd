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
    private static final int EMBEDDED_MIN_CUE_COUNT = 50;
    private static final int CONTROL_MIN_CUE_COUNT = 40;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> ANONYMOUS_HEADS = Set.of("official", "source", "aide", "person", "people",
            "insider", "diplomat", "adviser", "advisor", "staffer", "officer");
    private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "purportedly", "apparently");
    private static final Set<String> SOCIAL = Set.of("twitter", "x", "facebook", "instagram", "social", "tweet",
            "post", "truth", "threads", "telegram");
    private static final Set<String> RELEASE = Set.of("release", "communique", "communiqué");
    private static final Set<String> INTERVIEW = Set.of("reporters", "interview", "journalists", "conference",
            "briefing");

    private final Document document;
    private final String text;
    private final Parse parse;
    private final CueLexicon cues;
    private final int minCueCount;
    private final List<Quotation> quotations;
    private final List<Draft> drafts = new ArrayList<>();

    /** An attribution under construction. */
    private static final class Draft {
        final List<CharSpan> content = new ArrayList<>();
        int cue;
        List<Integer> source = List.of();
        QuoteType type;
        double confidence;

        Draft(int cue, List<Integer> source, QuoteType type, double confidence) {
            this.cue = cue;
            this.source = source;
            this.type = type;
            this.confidence = confidence;
        }
    }

    QuoteFinder(Document document, CueLexicon cues, int minCueCount) {
        this.document = document;
        this.text = document.text();
        this.parse = new Parse(document.get(Layers.TOKENS), document.get(Layers.DEPENDENCIES));
        this.cues = cues;
        this.minCueCount = minCueCount;
        this.quotations = QuoteMarks.scan(text).stream().filter(q -> q.kind() == QuotationKind.SPEECH).toList();
    }

    List<Quote> find() {
        if (parse.size() == 0) {
            return List.of();
        }
        findDirect();
        findClausal();
        findEmbedded();
        List<Quote> out = new ArrayList<>();
        Map<String, String> descriptions = new HashMap<>();
        drafts.sort(Comparator.comparingInt(d -> d.content.get(0).start()));
        for (Draft draft : drafts) {
            out.add(toQuote(draft, descriptions));
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
                    previous = new Draft(cue, directSource(cue, q), QuoteType.DIRECT, 0.9);
                    previous.content.add(q.span());
                    drafts.add(previous);
                }
            } else if (previous != null && sameParagraph) {
                previous.content.add(q.span());
            } else if (previous != null && startsParagraph(q) && isPreviousParagraph(previousEnd, q)) {
                Draft next = new Draft(previous.cue, previous.source, QuoteType.DIRECT, 0.6);
                next.content.add(q.span());
                drafts.add(next);
                previous = next;
            } else {
                previous = new Draft(-1, List.of(), QuoteType.DIRECT, 0.3);
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
        return between;
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

    /** Indirect speech: the clausal complement of a cue, "X said" after a clause, and "according to X". */
    private void findClausal() {
        Set<Integer> usedCues = new HashSet<>();
        for (Draft d : drafts) {
            usedCues.add(d.cue);
        }
        for (int i = 0; i < parse.size(); i++) {
            if (usedCues.contains(i)) {
                continue;
            }
            if (parse.lemma(i).equals("accord") && i + 1 < parse.size() && parse.lower(i + 1).equals("to")) {
                according(i);
                continue;
            }
            if (!isCue(i)) {
                continue;
            }
            int complement = parse.child(i, "ccomp");
            if (complement >= 0) {
                addClausal(i, parse.subtree(complement, Set.of()), 0.7);
            } else if (parse.child(i, "xcomp") >= 0 && parse.child(i, "obj") >= 0
                    && cues.count(parse.lemma(i)) >= CONTROL_MIN_CUE_COUNT) {
                List<Integer> clause = new ArrayList<>(parse.subtree(parse.child(i, "obj"), Set.of()));
                clause.addAll(parse.subtree(parse.child(i, "xcomp"), Set.of()));
                clause.sort(Integer::compare);
                addClausal(i, clause, 0.5);
            } else if (parse.relation(i).equals("parataxis") && parse.head(i) >= 0 && parse.head(i) < i) {
                List<Integer> clause = new ArrayList<>();
                for (int k : parse.subtree(parse.head(i), Set.of(i))) {
                    if (k < i) {
                        clause.add(k);
                    }
                }
                addClausal(i, clause, 0.6);
            }
        }
    }

    private void according(int according) {
        int x = parse.head(according);
        if (x < 0 || parse.head(x) < 0) {
            return;
        }
        int verb = parse.head(x);
        for (Draft d : drafts) {
            if (d.cue == verb) {
                return;
            }
        }
        List<Integer> clause = parse.subtree(verb, Set.of(x));
        List<Integer> source = new ArrayList<>();
        for (int k : parse.subtree(x, Set.of())) {
            if (k != according && k != according + 1) {
                source.add(k);
            }
        }
        if (clause.isEmpty() || source.isEmpty()) {
            return;
        }
        Draft draft = draftFor(according, clause, 0.7);
        if (draft != null) {
            draft.source = source;
        }
    }

    private void addClausal(int cue, List<Integer> clause, double confidence) {
        draftFor(cue, clause, confidence);
    }

    private Draft draftFor(int cue, List<Integer> clause, double confidence) {
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
        Draft draft = new Draft(cue, source(cue), quoted ? QuoteType.MIXED : QuoteType.INDIRECT, confidence);
        draft.content.add(content);
        drafts.add(draft);
        return draft;
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
            for (int step = 0; step < 6 && node >= 0; step++) {
                if (isCue(node) && cues.count(parse.lemma(node)) >= EMBEDDED_MIN_CUE_COUNT
                        && !q.span().contains(parse.token(node).span())) {
                    Draft draft = new Draft(node, source(node), QuoteType.MIXED, 0.5);
                    draft.content.add(q.span());
                    drafts.add(draft);
                    break;
                }
                node = parse.head(node);
            }
        }
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

    /** The subject of the cue, inherited from the governing verb for "claiming …" and "and said …". */
    private List<Integer> source(int cue) {
        int node = cue;
        for (int step = 0; step < 3 && node >= 0; step++) {
            int subject = parse.child(node, "nsubj");
            if (subject >= 0) {
                return parse.subtree(subject, Set.of());
            }
            String relation = parse.relation(node);
            if (!(relation.equals("advcl") || relation.equals("conj") || relation.equals("xcomp"))) {
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
                while (start > 0 && parse.relation(start - 1).equals("aux") && parse.head(start - 1) == draft.cue) {
                    start--;
                }
            }
            cueSpan = Optional.of(new CharSpan(parse.token(start).span().start(), parse.token(end).span().end()));
        }
        Optional<CharSpan> sourceSpan = draft.source.isEmpty() ? Optional.empty()
                : Optional.of(parse.span(draft.source));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean anonymous = false;
        if (sourceSpan.isPresent()) {
            int head = sourceHead(draft.source);
            Optional<Entity> entity = resolve(head, sourceSpan.get());
            if (entity.isPresent()) {
                ids.add(entity.get().id());
                names.add(entity.get().name());
            } else if (!PRONOUNS.contains(parse.lower(head))) {
                String description = description(sourceSpan.get());
                String key = parse.lemma(head);
                String earlier = descriptions.get(key);
                if (earlier != null && isDefinite(sourceSpan.get())) {
                    names.add(earlier);
                } else {
                    names.add(description);
                    descriptions.put(key, description);
                }
                anonymous = ANONYMOUS_HEADS.contains(key);
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
            anonymous |= sentenceMentions(draft.cue, "anonymity");
        }
        return new Quote(draft.content, draft.type, cueSpan, cueLemma, sourceSpan, ids, names, anonymous, hedged,
                medium, mediumSpan, draft.confidence);
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

    private boolean sentenceMentions(int token, String word) {
        int sentence = parse.token(token).sentence();
        for (int i = Math.max(0, token - 40); i < Math.min(parse.size(), token + 40); i++) {
            if (parse.token(i).sentence() == sentence && parse.lower(i).equals(word)) {
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
