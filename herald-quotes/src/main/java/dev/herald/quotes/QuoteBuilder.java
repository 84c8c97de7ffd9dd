package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Quote;
import java.util.Optional;

/**
 * Turns a draft into a {@link Quote}: the cue with its adjacent adverbs and particles ("also said", "pointed
 * out", "said Tuesday"), the source span, the speakers and the flags. Feed it the drafts in text order: speaker
 * descriptions refer back to earlier ones.
 */
final class QuoteBuilder {
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

    /** The cue verb with the adjacent auxiliaries, adverbs and particles that no other part of the draft took. */
    private CharSpan cueSpan(Draft draft) {
        int start = draft.cue;
        int end = draft.cue;
        if (isAccordingTo(draft.cue)) {
            end = draft.cue + 1;
        } else {
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
        return new CharSpan(parse.token(start).span().start(), parse.token(end).span().end());
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
