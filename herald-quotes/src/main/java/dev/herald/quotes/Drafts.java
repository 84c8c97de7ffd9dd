package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.QuoteType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attributions the rules have found so far in one document, and the cue tokens they have claimed. A later
 * rule never takes content that an earlier one took.
 */
final class Drafts {
    private final DocumentView view;
    private final Parse parse;
    private final SourceFinder sources;
    private final ContentSpans spans;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<Integer> claimedCues = new HashSet<>();

    Drafts(DocumentView view, SourceFinder sources, ContentSpans spans) {
        this.view = view;
        this.parse = view.parse();
        this.sources = sources;
        this.spans = spans;
    }

    DocumentView view() {
        return view;
    }

    SourceFinder sources() {
        return sources;
    }

    ContentSpans spans() {
        return spans;
    }

    /** Adds a draft with one content piece as it is, whatever it overlaps. */
    Draft add(int cue, List<Integer> source, QuoteType type, String rule, CharSpan content) {
        Draft draft = new Draft(cue, source, type, rule);
        draft.content.add(content);
        drafts.add(draft);
        return draft;
    }

    /**
     * An indirect attribution of {@code tokens} to the cue's subject, mixed when it contains a quotation; null
     * when the bounded content is empty or overlaps an earlier attribution.
     */
    Draft propose(int cue, List<Integer> tokens, String rule) {
        List<Integer> clause = spans.withoutModifiers(tokens);
        if (clause.isEmpty()) {
            return null;
        }
        CharSpan content = parse.span(clause);
        if (covers(content)) {
            return null;
        }
        return add(cue, sources.of(cue), view.reportedType(content), rule, content);
    }

    /** Whether some attribution's content overlaps the span. */
    boolean covers(CharSpan span) {
        for (Draft d : drafts) {
            for (CharSpan piece : d.content) {
                if (piece.intersects(span)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the token is the cue, part of the source or inside the content of a draft other than {@code self}. */
    boolean isTakenByOther(Draft self, int token) {
        CharSpan span = parse.token(token).span();
        for (Draft d : drafts) {
            if (d != self && (d.cue == token || d.source.contains(token)
                    || d.content.stream().anyMatch(span::intersects))) {
                return true;
            }
        }
        return false;
    }

    boolean hasCue(int cue) {
        for (Draft d : drafts) {
            if (d.cue == cue) {
                return true;
            }
        }
        return false;
    }

    /** How many drafts there are so far; with {@link #since} a rule's own drafts. */
    int size() {
        return drafts.size();
    }

    /** The drafts added after the first {@code count}. */
    List<Draft> since(int count) {
        return List.copyOf(drafts.subList(count, drafts.size()));
    }

    /** Withdraws a draft the model rejects: its content and its cue are free again for the later rules. */
    void reject(Draft draft) {
        drafts.remove(draft);
        if (!hasCue(draft.cue)) {
            claimedCues.remove(draft.cue);
        }
    }

    /** Marks the cue as taken: the later rules skip it. */
    void claim(int cue) {
        claimedCues.add(cue);
    }

    boolean isClaimed(int token) {
        return claimedCues.contains(token);
    }

    /** Claims the cue of every attribution found so far. */
    void claimAll() {
        drafts.forEach(d -> claimedCues.add(d.cue));
    }

    /** The drafts by the start of their first content piece; ties keep the order the rules found them in. */
    List<Draft> inTextOrder() {
        List<Draft> out = new ArrayList<>(drafts);
        out.sort(Comparator.comparingInt(d -> d.content.get(0).start()));
        return out;
    }
}
