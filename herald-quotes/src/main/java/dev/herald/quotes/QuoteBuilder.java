package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Quote;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a draft into a {@link Quote}: the cue with its adjacent adverbs, particles and copulas ("also said",
 * "pointed out", "said Tuesday", "were worried"), a verb it continues ("went on to say"), a document phrase ("said
 * in a statement") and the preposition that introduces the content ("talked about"), the source span, the speakers
 * and the flags. Feed it the drafts in text order: speaker descriptions refer back to earlier ones.
 */
final class QuoteBuilder {
    /** Documents that PolNeAR's annotators take into the cue when they follow it ("said in a statement"). */
    private static final Set<String> CUE_DOCUMENTS = Set.of("statement", "release", "response", "reply", "post",
            "column", "editorial");
    /** Verbs that introduce a cue of the same speaker: "went on to say", "continued by saying". */
    private static final Set<String> CONTINUATIONS = Set.of("go", "continue", "respond", "proceed", "reply");
    private final Parse parse;
    private final ContentSpans spans;
    private final SpeakerResolver speakers;
    private final QuoteFlags flags;

    QuoteBuilder(DocumentView view, ContentSpans spans) {
        this.parse = view.parse();
        this.spans = spans;
        this.flags = new QuoteFlags(view);
        this.speakers = new SpeakerResolver(view, flags);
    }

    Quote build(Draft draft) {
        Optional<CharSpan> cueSpan = draft.cue >= 0 ? Optional.of(cueSpan(draft)) : Optional.empty();
        String cueLemma = draft.cue < 0 ? "" : isAccordingTo(draft.cue) ? "according to" : parse.lemma(draft.cue);
        Optional<CharSpan> sourceSpan = draft.source.isEmpty() ? Optional.empty()
                : Optional.of(relativePronoun(draft).orElse(parse.span(draft.source)));
        SpeakerResolver.Speakers resolved = speakers.resolve(draft.source);
        boolean anonymous = resolved.anonymousDescription();
        boolean hedged = false;
        Optional<QuoteFlags.Medium> medium = Optional.empty();
        if (draft.cue >= 0) {
            hedged = flags.isHedged(draft.cue);
            medium = flags.medium(draft.cue, cueSpan.get());
            anonymous |= resolved.ids().isEmpty() && !resolved.names().isEmpty() && flags.mentionsAnonymity(draft.cue);
        }
        return new Quote(spans.paragraphPieces(draft.content), draft.type, cueSpan, cueLemma, sourceSpan,
                resolved.ids(), resolved.names(), anonymous, hedged, medium.map(QuoteFlags.Medium::kind),
                medium.map(QuoteFlags.Medium::evidence), 1.0);
    }

    private boolean isAccordingTo(int cue) {
        return parse.lemma(cue).equals("accord");
    }

    /**
     * The cue with the adjacent auxiliaries, copulas ("were worried"), adverbs and particles that no other part of
     * the draft took.
     */
    private CharSpan cueSpan(Draft draft) {
        int start = draft.cue;
        int end = draft.cue;
        if (isAccordingTo(draft.cue)) {
            end = draft.cue + 1;
        } else {
            int verb = continuationStart(draft);
            start = verb;
            while (start > 0 && parse.head(start - 1) == verb && (parse.relation(start - 1).equals("aux")
                    || parse.relation(start - 1).equals("cop") || isCueModifier(start - 1)
                    || isInfinitiveMarker(start - 1)) && !inDraft(draft, start - 1)) {
                start--;
            }
            end = Math.max(end, draft.cueEnd);
            while (end + 1 < parse.size() && parse.head(end + 1) == draft.cue && (isCueModifier(end + 1)
                    || parse.fullRelation(end + 1).equals("compound:prt")
                    || parse.fullRelation(end + 1).equals("obl:tmod") && parse.token(end + 1).pos().equals("NNP"))
                    && !inDraft(draft, end + 1)) {
                end++;
            }
            end = Math.max(end, documentPhraseEnd(draft, end));
            if (end + 1 < parse.size() && parse.relation(end + 1).equals("case") && !inDraft(draft, end + 1)
                    && inDraft(draft, parse.head(end + 1))) {
                end++;
            }
        }
        return new CharSpan(parse.token(start).span().start(), parse.token(end).span().end());
    }

    /**
     * "went on to say", "continued by saying", "responded by saying": the verb that introduces the cue belongs to it
     * (as PolNeAR marks it) when only particles and markers stand between them; the cue itself otherwise.
     */
    private int continuationStart(Draft draft) {
        int head = parse.head(draft.cue);
        String relation = parse.relation(draft.cue);
        if (head < 0 || head > draft.cue || !CONTINUATIONS.contains(parse.lemma(head))
                || !relation.equals("xcomp") && !relation.equals("advcl")) {
            return draft.cue;
        }
        for (int k = head + 1; k < draft.cue; k++) {
            int h = parse.head(k);
            if (h != head && h != draft.cue || inDraft(draft, k) || parse.token(k).pos().startsWith("NN")) {
                return draft.cue;
            }
        }
        return inDraft(draft, head) ? draft.cue : head;
    }

    /**
     * "said in a statement", "wrote in a column": the phrase naming the document right after the cue, which
     * PolNeAR counts as part of the cue (but not "in an interview", which it mostly leaves out); {@code end} when
     * there is none.
     */
    private int documentPhraseEnd(Draft draft, int end) {
        int in = end + 1;
        if (in >= parse.size() || !parse.lower(in).equals("in") || !parse.relation(in).equals("case")) {
            return end;
        }
        int noun = parse.head(in);
        if (noun < 0 || parse.head(noun) != draft.cue || !CUE_DOCUMENTS.contains(parse.lemma(noun))) {
            return end;
        }
        List<Integer> phrase = parse.subtree(noun, Set.of());
        return phrase.stream().anyMatch(k -> inDraft(draft, k)) ? end : phrase.get(phrase.size() - 1);
    }

    /** "declined to comment", "wants to tell": PolNeAR's cue takes the infinitive's "to" (three times in four). */
    private boolean isInfinitiveMarker(int k) {
        return parse.relation(k).equals("mark") && parse.lower(k).equals("to");
    }

    /** "also said", "said recently": PolNeAR counts an adverb next to the cue verb as part of the cue. */
    private boolean isCueModifier(int k) {
        return parse.relation(k).equals("advmod") && parse.token(k).pos().startsWith("RB");
    }

    private boolean inDraft(Draft draft, int k) {
        CharSpan span = parse.token(k).span();
        return draft.source.contains(k) || draft.content.stream().anyMatch(span::intersects);
    }

    /**
     * "Pardo, who said …": the relative pronoun is the source's text, as PolNeAR marks it; the speaker is still
     * resolved from the noun it stands for.
     */
    private Optional<CharSpan> relativePronoun(Draft draft) {
        int subject = draft.cue >= 0 ? parse.child(draft.cue, "nsubj") : -1;
        if (subject < 0 || !SourceFinder.isRelativePronoun(parse.lower(subject)) || draft.source.contains(subject)
                || !parse.relation(draft.cue).equals("acl")) {
            return Optional.empty();
        }
        return Optional.of(parse.token(subject).span());
    }
}
