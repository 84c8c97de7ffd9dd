package dev.herald.spi;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Who said what: one attribution.
 *
 * @param content the reported words; several pieces when the attribution interrupts them
 * @param cue the speech verb or phrase ("said", "according to")
 * @param cueLemma the cue's base form
 * @param source the mention that names the speaker as written ("a U.S. official", "he")
 * @param speakers ids of the canonical entities the source refers to; empty when unresolved
 * @param speakerNames the speakers' canonical names, or the descriptive source for an unnamed one
 * @param medium how the words reached the reporter ("press release", "social post"), if the text says
 * @param mediumSpan the text that supports the medium
 * @param confidence a score in [0, 1]
 */
public record Quote(
        List<CharSpan> content,
        QuoteType type,
        Optional<CharSpan> cue,
        String cueLemma,
        Optional<CharSpan> source,
        List<String> speakers,
        List<String> speakerNames,
        boolean anonymous,
        boolean hedged,
        Optional<String> medium,
        Optional<CharSpan> mediumSpan,
        double confidence) implements Spanned {

    public Quote {
        content = List.copyOf(content);
        checkArgument(!content.isEmpty(), "quote has no content");
        requireNonNull(type, "type");
        requireNonNull(cue, "cue");
        requireNonNull(cueLemma, "cueLemma");
        requireNonNull(source, "source");
        speakers = List.copyOf(speakers);
        speakerNames = List.copyOf(speakerNames);
        requireNonNull(medium, "medium");
        requireNonNull(mediumSpan, "mediumSpan");
        checkArgument(0 <= confidence && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
    }

    public Quote withAnonymous(boolean flag) {
        return new Quote(content, type, cue, cueLemma, source, speakers, speakerNames, flag, hedged, medium, mediumSpan,
                confidence);
    }

    public Quote withConfidence(double score) {
        return new Quote(content, type, cue, cueLemma, source, speakers, speakerNames, anonymous, hedged, medium,
                mediumSpan, score);
    }

    /** From the first content piece to the last. */
    @Override
    public CharSpan span() {
        return content.get(0).union(content.get(content.size() - 1));
    }
}
