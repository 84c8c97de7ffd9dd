package dev.herald.quotes;

import dev.herald.quotes.eval.PolnearAttribution;
import dev.herald.quotes.eval.PolnearDocument;
import dev.herald.spi.CharSpan;
import java.util.ArrayList;
import java.util.List;

/** How training examples for {@link AttributionModel} are made from analysed PolNeAR documents. */
final class Training {
    static final int EPOCHS = 10;

    private Training() {}

    /**
     * Every candidate the rules propose on {@code items}, positive when its content overlaps a gold content and its
     * cue (when it has one) a gold cue of the same attribution.
     */
    static List<AttributionModel.Example> examples(List<ParsedCorpus.Item> items, QuoteStage stage) {
        return items.parallelStream().flatMap(item -> examples(item.gold(), stage.candidates(item.document()))
                .stream()).toList();
    }

    private static List<AttributionModel.Example> examples(PolnearDocument document,
            List<QuoteFinder.Candidate> candidates) {
        List<AttributionModel.Example> out = new ArrayList<>();
        for (QuoteFinder.Candidate candidate : candidates) {
            boolean positive = false;
            for (PolnearAttribution gold : document.attributions()) {
                boolean content = intersects(gold.content(), candidate.quote().content());
                boolean cue = candidate.quote().cue().map(c -> intersects(gold.cue(), List.of(c))).orElse(true);
                positive |= content && cue;
            }
            out.add(new AttributionModel.Example(candidate.features(), positive));
        }
        return out;
    }

    private static boolean intersects(List<CharSpan> a, List<CharSpan> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::intersects));
    }
}
