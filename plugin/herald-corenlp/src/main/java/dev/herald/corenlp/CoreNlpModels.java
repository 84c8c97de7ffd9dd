package dev.herald.corenlp;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads each CoreNLP configuration once per process: loading takes seconds, annotating milliseconds. */
final class CoreNlpModels {
    private static final Map<CoreNlpConfig, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlpModels() {}

    static StanfordCoreNLP pipeline(CoreNlpConfig config) {
        return PIPELINES.computeIfAbsent(config, CoreNlpModels::load);
    }

    private static StanfordCoreNLP load(CoreNlpConfig config) {
        try {
            return new StanfordCoreNLP(config.toProperties());
        } catch (RuntimeException e) {
            throw new HeraldException(ErrorCode.MODEL_ERROR,
                    "cannot load CoreNLP models (" + config.nerModels() + "): " + e.getMessage(), e);
        }
    }
}
