package dev.herald.quotes;

/** One family of attribution patterns; {@link QuoteFinder} runs the rules in a fixed order over one document. */
interface AttributionRule {
    /** Adds this rule's attributions to the document's drafts, leaving alone what earlier rules took. */
    void apply();
}
