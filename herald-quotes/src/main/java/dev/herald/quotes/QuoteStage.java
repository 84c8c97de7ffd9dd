package dev.herald.quotes;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.Document;
import dev.herald.spi.Layer;
import dev.herald.spi.Layers;
import dev.herald.spi.Quote;
import dev.herald.spi.Stage;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds who said what: direct quotes with their attribution (before, after or inside them), quotes split by
 * their attribution joined into one, quote paragraphs that continue the previous speaker, indirect speech (the
 * clausal complement of a cue verb, "X said", "according to X"), and mixed quotes. Speakers are resolved to
 * entities (names, last names, pronouns, earlier descriptions); quotes are flagged anonymous, hedged, and with the
 * medium when the text names it. Rules over the dependency parse; immutable and thread-safe.
 */
public final class QuoteStage implements Stage {
    /** Cue verbs seen fewer times than this in the training cues are ignored. */
    public static final int DEFAULT_MIN_CUE_COUNT = 5;

    private static final Comparator<Quote> ORDER = Comparator.comparing(Quote::span)
            .thenComparing(Quote::type)
            .thenComparing(q -> q.cue().map(Object::toString).orElse(""));

    private final CueLexicon cues;
    private final int minCueCount;

    public QuoteStage(CueLexicon cues, int minCueCount) {
        this.cues = requireNonNull(cues, "cues");
        checkArgument(minCueCount >= 1, "minCueCount must be positive: %s", minCueCount);
        this.minCueCount = minCueCount;
    }

    /** The stage with the shipped cue lexicon and {@link #DEFAULT_MIN_CUE_COUNT}. */
    public static QuoteStage standard() {
        return new QuoteStage(CueLexicon.standard(), DEFAULT_MIN_CUE_COUNT);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.DEPENDENCIES, Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public Document apply(Document document) {
        List<Quote> quotes = new QuoteFinder(document, cues, minCueCount).find().stream().sorted(ORDER).toList();
        return document.with(Layers.QUOTES, quotes);
    }
}
