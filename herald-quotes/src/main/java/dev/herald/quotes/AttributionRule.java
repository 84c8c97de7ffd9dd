package dev.herald.quotes;

/**
 * One family of attribution patterns; {@link QuoteFinder} runs the rules in a fixed order over one document. Every
 * rule works on the document's drafts, which the rules before it have filled, and on the finders they share.
 */
abstract class AttributionRule {
    final DocumentView view;
    final Parse parse;
    final Drafts drafts;
    final SourceFinder sources;
    final ContentSpans spans;

    AttributionRule(Drafts drafts) {
        this.drafts = drafts;
        this.view = drafts.view();
        this.parse = view.parse();
        this.sources = drafts.sources();
        this.spans = drafts.spans();
    }

    /** Adds this rule's attributions to the document's drafts, leaving alone what earlier rules took. */
    abstract void apply();
}
