package dev.herald.corenlp;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each CoreNLP configuration once per process: loading takes seconds, annotating milliseconds. The tagger
 * and NER models and the dependency parser load on two threads at once, which cuts start-up by a third; the two
 * halves then run one after the other on each article. The NER models are CRF classifiers run by Herald rather
 * than by CoreNLP's NER annotator, so that their names are combined whole ({@link NerCombiner}); like CoreNLP's
 * annotators, they are safe to share between threads.
 */
final class CoreNlpModels {
    private static final Map<CoreNlpConfig, CoreNlpModels> LOADED = new ConcurrentHashMap<>();

    private final List<StanfordCoreNLP> parts;
    private final List<CRFClassifier<CoreLabel>> nerModels;
    private final List<Set<String>> nerLabels;

    private CoreNlpModels(List<StanfordCoreNLP> parts, List<CRFClassifier<CoreLabel>> nerModels) {
        this.parts = List.copyOf(parts);
        this.nerModels = List.copyOf(nerModels);
        this.nerLabels = nerModels.stream().map(model -> Set.copyOf(model.labels())).toList();
    }

    static CoreNlpModels forConfig(CoreNlpConfig config) {
        return LOADED.computeIfAbsent(config, CoreNlpModels::load);
    }

    void annotate(Annotation annotation) {
        for (StanfordCoreNLP part : parts) {
            part.annotate(annotation);
        }
    }

    /** The combined NER tags of one sentence's tokens, one a token ({@code O} outside names). */
    List<String> nerTags(List<CoreLabel> sentence) {
        List<String> tags = classify(nerModels.get(0), sentence);
        Set<String> labels = new HashSet<>(nerLabels.get(0));
        for (int m = 1; m < nerModels.size(); m++) {
            tags = NerCombiner.combine(tags, labels, classify(nerModels.get(m), sentence));
            labels.addAll(nerLabels.get(m));
        }
        return tags;
    }

    private static List<String> classify(CRFClassifier<CoreLabel> model, List<CoreLabel> sentence) {
        List<CoreLabel> classified = model.classifySentence(sentence);
        if (classified.size() != sentence.size()) {
            throw new HeraldException(ErrorCode.INTERNAL, "NER model returned " + classified.size()
                    + " tags for " + sentence.size() + " tokens");
        }
        List<String> tags = new ArrayList<>(classified.size());
        for (CoreLabel label : classified) {
            String answer = label.get(CoreAnnotations.AnswerAnnotation.class);
            tags.add(answer == null ? NerCombiner.BACKGROUND : answer);
        }
        return tags;
    }

    private static CoreNlpModels load(CoreNlpConfig config) {
        Properties tagging = config.toProperties();
        if (!config.dependencies()) {
            return new CoreNlpModels(List.of(create(tagging)), loadNer(config));
        }
        Properties parsing = new Properties();
        parsing.putAll(tagging);
        tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        parsing.setProperty("annotators", "depparse");
        CompletableFuture<StanfordCoreNLP> parser = CompletableFuture.supplyAsync(() -> create(parsing));
        StanfordCoreNLP tagger = create(tagging);
        List<CRFClassifier<CoreLabel>> ner = loadNer(config);
        try {
            return new CoreNlpModels(List.of(tagger, parser.join()), ner);
        } catch (CompletionException e) {
            throw e.getCause() instanceof HeraldException he ? he : e;
        }
    }

    private static List<CRFClassifier<CoreLabel>> loadNer(CoreNlpConfig config) {
        List<CRFClassifier<CoreLabel>> models = new ArrayList<>();
        for (String path : config.nerModelList()) {
            try {
                models.add(CRFClassifier.getClassifier(path));
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "cannot load NER model " + path + ": " + e.getMessage(),
                        e);
            }
        }
        return models;
    }

    private static StanfordCoreNLP create(Properties props) {
        try {
            // Requirements are checked by Herald's own pipeline; the parser half alone would fail CoreNLP's check.
            return new StanfordCoreNLP(props, false);
        } catch (RuntimeException e) {
            throw new HeraldException(ErrorCode.MODEL_ERROR,
                    "cannot load CoreNLP annotators (" + props.getProperty("annotators") + "): " + e.getMessage(), e);
        }
    }
}
