package dev.herald.quotes;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.Document;
import dev.herald.spi.Layer;
import dev.herald.spi.Layers;
import dev.herald.spi.Quote;
import dev.herald.spi.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds who said what: direct quotes with their attribution (before, after or inside them), quotes split by
 * their attribution joined into one, quote paragraphs that continue the previous speaker, indirect speech (the
 * clausal complement of a cue verb, "X said", "according to X"), and mixed quotes. Speakers are resolved to
 * entities (names, last names, pronouns, earlier descriptions); quotes are flagged anonymous, hedged, and with the
 * medium when the text names it. Rules over the dependency parse, a linear model that gates them
 * ({@link AttributionModel}) and one that moves content bounds ({@link BoundsModel}); immutable and thread-safe.
 */
public final class QuoteStage implements Stage {
    /** Cue verbs seen fewer times than this in the training cues are ignored. */
    public static final int DEFAULT_MIN_CUE_COUNT = 5;
    /** The confidence a proposal of one of the {@link #FILTERED_RULES} needs to stand (the gate's threshold). */
    public static final double FILTERED_MIN_CONFIDENCE = 0.5;
    /**
     * The confidence a proposal of the other rules needs: the model withdraws only those it is nearly sure are wrong
     * (+0.3 content and +0.4 cue F1 in cross-validation on PolNeAR train, where a threshold of 0.5 would add no more
     * and lose the seed article's "indicated", confidence 0.19).
     */
    public static final double UNFILTERED_MIN_CONFIDENCE = 0.05;
    /**
     * Rules whose quotes are kept only when the model accepts them, decided as each rule runs so that a rejected
     * quote leaves its text to the later rules: all but three. "warned about X", cue nouns ("raised concerns that
     * …") and zero-"that" complements ("indicated the U.S. may not …") are reported speech to a news reader but
     * rarely so to PolNeAR's annotators, whose conventions the model learned; those three need only
     * {@link #UNFILTERED_MIN_CONFIDENCE}.
     */
    public static final Set<String> FILTERED_RULES = Set.of("according", "adjective", "arguments", "as", "ccomp",
            "colon", "continued", "control", "direct", "embedded", "noun-arguments", "parataxis",
            "participle", "postposed", "unattributed");

    /** The confidence a proposal of the rule needs to stand as its rule runs. */
    static double minConfidence(String rule) {
        return FILTERED_RULES.contains(rule) ? FILTERED_MIN_CONFIDENCE : UNFILTERED_MIN_CONFIDENCE;
    }

    private static final Comparator<Quote> ORDER = Comparator.comparing(Quote::span)
            .thenComparing(Quote::type)
            .thenComparing(q -> q.cue().map(Object::toString).orElse(""));

    private final CueLexicon cues;
    private final int minCueCount;
    private final AttributionModel model;
    private final BoundsModel bounds;
    private final double minConfidence;

    /**
     * @param model gives each quote its confidence
     * @param bounds moves the bounds of indirect and mixed contents
     * @param minConfidence quotes the model is less confident of are dropped; 0 keeps every rule match
     */
    public QuoteStage(CueLexicon cues, int minCueCount, AttributionModel model, BoundsModel bounds,
            double minConfidence) {
        this.cues = requireNonNull(cues, "cues");
        checkArgument(minCueCount >= 1, "minCueCount must be positive: %s", minCueCount);
        this.minCueCount = minCueCount;
        this.model = requireNonNull(model, "model");
        this.bounds = requireNonNull(bounds, "bounds");
        checkArgument(0 <= minConfidence && minConfidence < 1, "minConfidence must be in [0, 1): %s",
                minConfidence);
        this.minConfidence = minConfidence;
    }

    /**
     * The stage with the shipped cue lexicon, {@link #DEFAULT_MIN_CUE_COUNT} and the shipped model, keeping every
     * quote of the precise rules (the model only scores them) and those of the {@link #FILTERED_RULES} that the
     * model accepts.
     */
    public static QuoteStage standard() {
        return new QuoteStage(CueLexicon.standard(), DEFAULT_MIN_CUE_COUNT, AttributionModel.standard(),
                BoundsModel.standard(), 0);
    }

    /** This stage dropping quotes below {@code minConfidence}; 0.5 is the model's own decision boundary. */
    public QuoteStage withMinConfidence(double minConfidence) {
        return new QuoteStage(cues, minCueCount, model, bounds, minConfidence);
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
        List<Quote> quotes = new ArrayList<>();
        for (QuoteFinder.Candidate candidate : candidates(document)) {
            if (!candidate.rejected() && candidate.confidence() >= minConfidence) {
                quotes.add(candidate.quote().withConfidence(candidate.confidence()));
            }
        }
        quotes.sort(ORDER);
        return document.with(Layers.QUOTES, quotes);
    }

    /**
     * Every attribution the rules propose, those the model rejected as a rule ran included; for training the
     * model.
     */
    List<QuoteFinder.Candidate> candidates(Document document) {
        return new QuoteFinder(document, cues, minCueCount, model, bounds).find();
    }
}
