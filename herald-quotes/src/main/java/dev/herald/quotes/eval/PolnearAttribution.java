package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.CharSpan;
import java.util.List;

/**
 * One gold PolNeAR attribution, with UTF-16 offsets into its document's text.
 *
 * @param contentHasQuoteMark whether the content holds a double quotation mark (the direct-quote subset)
 */
public record PolnearAttribution(String id, boolean hasSource, List<CharSpan> source, List<CharSpan> cue,
        List<CharSpan> content, boolean contentHasQuoteMark) {

    public PolnearAttribution {
        requireNonNull(id, "id");
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
