package dev.herald.corenlp;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the CoreNLP backbone is configured. The defaults were chosen by measurement: the 3-class model trained on
 * CoNLL, MUC, ACE and other corpora finds persons, organisations and places better than the 4-class CoNLL model
 * (WikiGold PER/ORG/LOC F1 73.4 against 66.6, MEANTIME 67.4 against 62.9), and the 4-class model after it adds
 * MISC names and settles person-or-organisation disagreements ({@link NerCombiner}); CoreNLP's default third (7-class MUC) model changes nothing here and costs
 * a third CRF pass. CoreNLP's own NER annotator, with its SUTime, numeric and fine-grained classifiers, is not run:
 * Herald's own stages do that work.
 *
 * @param nerModels classpath resources of the CRF models, comma-separated, combined in order by
 *     {@link NerCombiner}
 * @param dependencies whether to run the dependency parser
 * @param newlineIsSentenceBreak CoreNLP's ssplit setting: "always" for one paragraph a line, "two" for wrapped text
 * @param whitespaceTokens true when the input is already tokenised and separated by spaces (evaluation corpora)
 */
public record CoreNlpConfig(String nerModels, boolean dependencies, String newlineIsSentenceBreak,
        boolean whitespaceTokens) {
    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final Set<String> SENTENCE_BREAKS = Set.of("always", "never", "two");

    public CoreNlpConfig {
        requireNonNull(nerModels, "nerModels");
        checkArgument(!modelList(nerModels).isEmpty(), "nerModels must name at least one model: '%s'", nerModels);
        checkArgument(SENTENCE_BREAKS.contains(newlineIsSentenceBreak),
                "newlineIsSentenceBreak must be one of %s: %s", new TreeSet<>(SENTENCE_BREAKS), newlineIsSentenceBreak);
    }

    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(ALL_3CLASS + "," + CONLL_4CLASS, true, "always", false);
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

    /** The NER model resources in the order they are applied. */
    List<String> nerModelList() {
        return modelList(nerModels);
    }

    private static List<String> modelList(String models) {
        return Arrays.stream(models.split(",")).map(String::strip).filter(path -> !path.isEmpty()).toList();
    }

    Properties toProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma" + (dependencies ? ",depparse" : ""));
        props.putAll(Map.of(
                "ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak,
                "tokenize.language", "en",
                // Control characters are kept as tokens quietly: a warning per character floods batch logs. The
                // tagger and parser learned the Penn Treebank's ASCII apostrophes and `` '' quotes: given news
                // text's curly ones they tag "he’s" as a possessive and "’ll" as a verb, so the words they see are
                // mapped to those (tokens keep their original text and offsets).
                "tokenize.options", "untokenizable=noneKeep,quotes=latex"));
        if (whitespaceTokens) {
            props.setProperty("tokenize.whitespace", "true");
            props.setProperty("ssplit.eolonly", "true");
        }
        return props;
    }
}
