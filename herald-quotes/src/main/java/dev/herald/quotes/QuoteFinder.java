package dev.herald.quotes;

import dev.herald.spi.Document;
import dev.herald.spi.Quote;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-document work of {@link QuoteStage}: runs the attribution rules in order (a later rule never takes
 * content an earlier one took), turns their drafts into quotes and attaches the model's features. One instance
 * per document, never shared.
 */
final class QuoteFinder {
    private final DocumentView view;
    private final AttributionModel gate;
    private final BoundsModel bounds;

    /**
     * @param gate decides, as soon as a rule has run, which of its drafts stand ({@link QuoteStage#minConfidence}),
     *     so that a rejected draft does not keep its text from the later rules
     * @param bounds moves the bounds of the contents the rules found ({@link ContentBounds})
     */
    QuoteFinder(Document document, CueLexicon cues, int minCueCount, AttributionModel gate, BoundsModel bounds) {
        this.view = new DocumentView(document, cues, minCueCount);
        this.gate = gate;
        this.bounds = bounds;
    }

    /**
     * A proposed attribution with the features {@link AttributionModel} scores it by; rejected by the gate or not.
     *
     * @param confidence the model's probability that it is an attribution, on {@code features}
     * @param rule the rule that proposed it
     * @param bounds the content bounds the rules' one was chosen from; null where {@link ContentBounds} does not
     *     apply or the gate rejected the candidate
     * @param rejected whether the gate withdrew it as its rule ran
     */
    record Candidate(Quote quote, List<String> features, double confidence, String rule,
            ContentBounds.Choices bounds, boolean rejected) {
        Candidate {
            features = List.copyOf(features);
        }
    }

    /** What the gate saw of a draft that stands: its features and their probability. */
    private record Proposal(List<String> features, double confidence) {}

    List<Candidate> find() {
        if (view.parse().size() == 0) {
            return List.of();
        }
        SourceFinder sources = new SourceFinder(view);
        ContentSpans spans = new ContentSpans(view);
        Drafts drafts = new Drafts(view, sources, spans);
        List<AttributionRule> rules = List.of(
                new DirectQuoteRule(drafts),
                new PostposedRule(drafts),
                new ParticipleRule(drafts),
                new CueNounRule(drafts),
                new ClausalRule(drafts),
                new EmbeddedQuoteRule(drafts),
                new ArgumentsRule(drafts),
                new StanceWordRule(drafts),
                new ColonRule(drafts));
        // Features and their probability are taken once, as each rule has run: the gate decides on the probability
        // and the stage reports it as the quote's confidence. The builder here only serves the features; speakers
        // are resolved again in text order below.
        QuoteBuilder asProposed = new QuoteBuilder(view, spans);
        CandidateFeatures features = new CandidateFeatures(view);
        Map<Draft, Proposal> proposed = new IdentityHashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (AttributionRule rule : rules) {
            int before = drafts.size();
            rule.apply();
            for (Draft draft : drafts.since(before)) {
                Quote quote = asProposed.build(draft);
                List<String> f = features.of(draft, quote, draft.cue >= 0 && drafts.isTakenByOther(draft, draft.cue));
                double confidence = gate.probability(f);
                if (confidence < QuoteStage.minConfidence(draft.rule)) {
                    out.add(new Candidate(quote, f, confidence, draft.rule, null, true));
                    drafts.reject(draft);
                } else {
                    proposed.put(draft, new Proposal(f, confidence));
                }
            }
        }

        ContentBounds contentBounds = new ContentBounds(view, spans);
        Map<Draft, ContentBounds.Choices> choices = new IdentityHashMap<>();
        for (Draft draft : drafts.inTextOrder()) {
            ContentBounds.Choices c = contentBounds.choices(draft, drafts);
            if (c != null) {
                contentBounds.adjust(draft, c, bounds);
                choices.put(draft, c);
            }
        }
        new ContinuedQuotes(drafts).join();

        List<Draft> ordered = drafts.inTextOrder();
        QuoteBuilder builder = new QuoteBuilder(view, spans);
        List<Quote> quotes = QuoteFlags.propagateAnonymity(ordered.stream().map(builder::build).toList());
        for (int i = 0; i < quotes.size(); i++) {
            Draft draft = ordered.get(i);
            Proposal p = proposed.get(draft);
            out.add(new Candidate(quotes.get(i), p.features(), p.confidence(), draft.rule, choices.get(draft),
                    false));
        }
        return out;
    }
}
