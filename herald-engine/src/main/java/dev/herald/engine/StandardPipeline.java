package dev.herald.engine;

import dev.herald.core.pipeline.Pipeline;
import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.entities.EntityResolver;
import dev.herald.quotes.ProvenanceStage;
import dev.herald.quotes.QuoteStage;
import dev.herald.time.TimeStage;

/** Herald's standard analysis: the CoreNLP backbone, then entities, times, quotes and the article's credits. */
public final class StandardPipeline {
    private StandardPipeline() {}

    public static Pipeline create() {
        return Pipeline.builder()
                .add(new CoreNlpBackbone(CoreNlpConfig.defaults()))
                .add(new EntityResolver(ActorCountries.standard(), ActorNameKinds.standard()))
                .add(new TimeStage())
                .add(QuoteStage.standard())
                .add(new ProvenanceStage())
                .build();
    }

    /** Backbone and entity resolution only, e.g. to score NER on pre-tokenised corpora. */
    public static Pipeline entities(CoreNlpConfig backbone) {
        return Pipeline.builder()
                .add(new CoreNlpBackbone(backbone))
                .add(new EntityResolver(ActorCountries.standard(), ActorNameKinds.standard()))
                .build();
    }
}
