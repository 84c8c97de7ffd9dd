package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Quote;
import java.util.List;
import java.util.Optional;

/** One predicted attribution in the scorer's PRED format, with UTF-16 offsets. */
public record PolnearPrediction(List<CharSpan> source, List<CharSpan> cue, List<CharSpan> content,
        Optional<String> speaker) {

    public PolnearPrediction {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
        requireNonNull(speaker, "speaker");
    }

    public static PolnearPrediction of(Quote quote) {
        Optional<String> speaker = quote.speakerNames().isEmpty()
                ? Optional.empty()
                : Optional.of(String.join("; ", quote.speakerNames()));
        return new PolnearPrediction(quote.source().stream().toList(), quote.cue().stream().toList(),
                quote.content(), speaker);
    }
}
