package dev.herald.corenlp;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each CoreNLP configuration once per process: loading takes seconds, annotating milliseconds. The
 * tagger/NER models and the dependency parser load on two threads at once, which cuts start-up by a third; the
 * two halves then run one after the other on each article.
 */
final class CoreNlpModels {
    private static final Map<CoreNlpConfig, CoreNlpModels> LOADED = new ConcurrentHashMap<>();

    private final List<StanfordCoreNLP> parts;

    private CoreNlpModels(List<StanfordCoreNLP> parts) {
        this.parts = List.copyOf(parts);
    }

    static CoreNlpModels forConfig(CoreNlpConfig config) {
        return LOADED.computeIfAbsent(config, CoreNlpModels::load);
    }

    void annotate(Annotation annotation) {
        for (StanfordCoreNLP part : parts) {
            part.annotate(annotation);
        }
    }

    private static CoreNlpModels load(CoreNlpConfig config) {
        Properties tagging = config.toProperties();
        if (!config.dependencies()) {
            return new CoreNlpModels(List.of(create(tagging, config)));
        }
        Properties parsing = new Properties();
        parsing.putAll(tagging);
        tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        parsing.setProperty("annotators", "depparse");
        CompletableFuture<StanfordCoreNLP> parser = CompletableFuture.supplyAsync(() -> create(parsing, config));
        StanfordCoreNLP tagger = create(tagging, config);
        try {
            return new CoreNlpModels(List.of(tagger, parser.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof HeraldException he ? he : e;
        }
    }

    private static StanfordCoreNLP create(Properties props, CoreNlpConfig config) {
        try {
            // Requirements are checked by Herald's own pipeline; the parser half alone would fail CoreNLP's check.
            return new StanfordCoreNLP(props, false);
        } catch (RuntimeException e) {
            throw new HeraldException(ErrorCode.MODEL_ERROR,
                    "cannot load CoreNLP models (" + config.nerModels() + "): " + e.getMessage(), e);
        }
    }
}
