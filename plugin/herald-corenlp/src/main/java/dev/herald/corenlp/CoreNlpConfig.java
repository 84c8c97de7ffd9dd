package dev.herald.corenlp;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the CoreNLP backbone is configured. The defaults were chosen by measurement (docs/PERFORMANCE.md): the
 * 4-class CoNLL NER model alone is both more accurate on news and three times faster than CoreNLP's default
 * three-model combination, and SUTime, numeric classifiers and fine-grained KBP NER are off because Herald's own
 * stages do that work.
 *
 * @param nerModels classpath resources of the CRF models, applied in order
 * @param dependencies whether to run the dependency parser
 * @param newlineIsSentenceBreak CoreNLP's ssplit setting: "always" for one paragraph a line, "two" for wrapped text
 * @param whitespaceTokens true when the input is already tokenised and separated by spaces (evaluation corpora)
 */
public record CoreNlpConfig(String nerModels, boolean dependencies, String newlineIsSentenceBreak,
        boolean whitespaceTokens) {
    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final Set<String> SENTENCE_BREAKS = Set.of("always", "never", "two");

    public CoreNlpConfig {
        requireNonNull(nerModels, "nerModels");
        checkArgument(!nerModels.isBlank(), "nerModels must name at least one model");
        checkArgument(SENTENCE_BREAKS.contains(newlineIsSentenceBreak),
                "newlineIsSentenceBreak must be one of %s: %s", new TreeSet<>(SENTENCE_BREAKS), newlineIsSentenceBreak);
    }

    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(CONLL_4CLASS, true, "always", false);
    }

    public CoreNlpConfig withDependencies(boolean enabled) {
        return new CoreNlpConfig(nerModels, enabled, newlineIsSentenceBreak, whitespaceTokens);
    }

    public CoreNlpConfig withWhitespaceTokens(boolean enabled) {
        return new CoreNlpConfig(nerModels, dependencies, newlineIsSentenceBreak, enabled);
    }

    public CoreNlpConfig withNerModels(String models) {
        return new CoreNlpConfig(models, dependencies, newlineIsSentenceBreak, whitespaceTokens);
    }

    public CoreNlpConfig withNewlineIsSentenceBreak(String setting) {
        return new CoreNlpConfig(nerModels, dependencies, setting, whitespaceTokens);
    }

    Properties toProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
        props.putAll(Map.of(
                "ner.model", nerModels,
                "ner.useSUTime", "false",
                "ner.applyNumericClassifiers", "false",
                "ner.applyFineGrained", "false",
                "ner.buildEntityMentions", "false",
                "ner.combinationMode", "NORMAL",
                "ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak,
                "tokenize.language", "en"));
        if (whitespaceTokens) {
            props.setProperty("tokenize.whitespace", "true");
            props.setProperty("ssplit.eolonly", "true");
        }
        return props;
    }
}
