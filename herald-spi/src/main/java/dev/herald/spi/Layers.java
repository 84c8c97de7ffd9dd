package dev.herald.spi;

/** The layers of the Herald document model. */
public final class Layers {
    private Layers() {}

    public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);
    public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);
    public static final Layer<Dependency> DEPENDENCIES = Layer.of("dependencies", Dependency.class);
    /** Raw name mentions from the NER backbone, before any resolution. */
    public static final Layer<EntityMention> MENTIONS = Layer.of("mentions", EntityMention.class);
    public static final Layer<Entity> ENTITIES = Layer.of("entities", Entity.class);
    public static final Layer<TimeExpression> TIMES = Layer.of("times", TimeExpression.class);
    public static final Layer<Quote> QUOTES = Layer.of("quotes", Quote.class);
    /** Article-level credits: wire agencies and contributors. */
    public static final Layer<Provenance> PROVENANCE = Layer.of("provenance", Provenance.class);
}
