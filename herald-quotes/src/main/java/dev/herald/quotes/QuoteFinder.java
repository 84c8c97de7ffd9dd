package dev.herald.quotes;

import dev.herald.spi.Document;
import dev.herald.spi.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-document work of {@link QuoteStage}: runs the attribution rules in order (a later rule never takes
 * content an earlier one took), turns their drafts into quotes and attaches the model's features. One instance
 * per document, never shared.
 */
final class QuoteFinder {
    private final DocumentView view;

    QuoteFinder(Document document, CueLexicon cues, int minCueCount) {
        this.view = new DocumentView(document, cues, minCueCount);
    }

    /**
     * A proposed attribution with the features {@link AttributionModel} scores it by.
     *
     * @param rule the rule that proposed it
     */
    record Candidate(Quote quote, List<String> features, String rule) {
        Candidate {
            features = List.copyOf(features);
        }
    }

    List<Candidate> find() {
        if (view.parse().size() == 0) {
            return List.of();
        }
        SourceFinder sources = new SourceFinder(view);
        ContentSpans spans = new ContentSpans(view);
        Drafts drafts = new Drafts(view, sources, spans);
        List<AttributionRule> rules = List.of(
                new DirectQuoteRule(view, drafts, sources),
                new PostposedRule(view, drafts),
                new ParticipleRule(view, drafts, spans),
                new CueNounRule(view, drafts, sources, spans),
                new ClausalRule(view, drafts, spans),
                new EmbeddedQuoteRule(view, drafts, sources, spans),
                new ArgumentsRule(view, drafts, spans),
                new ColonRule(view, drafts),
                new DocumentSourceRule(view, drafts));
        rules.forEach(AttributionRule::apply);

        List<Draft> ordered = drafts.inTextOrder();
        QuoteBuilder builder = new QuoteBuilder(view, spans);
        List<Quote> quotes = new ArrayList<>();
        for (Draft draft : ordered) {
            quotes.add(builder.build(draft));
        }
        quotes = QuoteFlags.propagateAnonymity(quotes);
        CandidateFeatures features = new CandidateFeatures(view);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Draft draft = ordered.get(i);
            out.add(new Candidate(quotes.get(i), features.of(draft, quotes.get(i)), draft.rule));
        }
        return out;
    }
}
