package dev.herald.quotes;

import dev.herald.spi.Layer;

/** Layers this module adds to the Herald document model. */
public final class QuoteLayers {
    private QuoteLayers() {}

    /** Article-level credits: wire agencies and contributors ({@link ProvenanceStage}). */
    public static final Layer<Provenance> PROVENANCE = Layer.of("provenance", Provenance.class);
}
