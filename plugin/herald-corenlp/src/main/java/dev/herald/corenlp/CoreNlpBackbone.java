package dev.herald.corenlp;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Dependency;
import dev.herald.spi.Document;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layer;
import dev.herald.spi.Layers;
import dev.herald.spi.Sentence;
import dev.herald.spi.Stage;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The linguistic backbone: sentences, tokens with POS, lemma and NER tag, name mentions and (optionally) the
 * Universal Dependencies parse, all from Stanford CoreNLP. CoreNLP's annotators are safe to share between threads,
 * and the models are loaded once per process and configuration ({@link CoreNlpModels}).
 */
public final class CoreNlpBackbone implements Stage {
    private final CoreNlpConfig config;
    private final CoreNlpModels models;

    public CoreNlpBackbone(CoreNlpConfig config) {
        this.config = requireNonNull(config, "config");
        this.models = CoreNlpModels.forConfig(config);
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return config.dependencies()
                ? Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, Layers.DEPENDENCIES)
                : Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS);
    }

    @Override
    public Document apply(Document document) {
        Annotation annotation = new Annotation(document.text());
        models.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap coreSentence : coreSentences) {
            int sentenceIndex = sentences.size();
            int firstToken = tokens.size();
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            List<String> nerTags = models.nerTags(labels);
            for (int i = 0; i < labels.size(); i++) {
                tokens.add(toToken(labels.get(i), nerTags.get(i), sentenceIndex));
            }
            sentences.add(new Sentence(
                    new CharSpan(tokens.get(firstToken).span().start(), tokens.get(tokens.size() - 1).span().end()),
                    new TokenSpan(firstToken, tokens.size())));
            if (config.dependencies()) {
                addDependencies(coreSentence, firstToken, dependencies);
            }
        }
        dependencies.sort(Comparator.comparingInt(Dependency::dependent));
        Document result = document
                .with(Layers.SENTENCES, sentences)
                .with(Layers.TOKENS, tokens)
                .with(Layers.MENTIONS, NerMentions.fromTags(document.text(), tokens, sentences));
        return config.dependencies() ? result.with(Layers.DEPENDENCIES, dependencies) : result;
    }

    private static Token toToken(CoreLabel label, String ner, int sentence) {
        CharSpan span = new CharSpan(label.beginPosition(), label.endPosition());
        String text = label.originalText() != null ? label.originalText() : label.word();
        return new Token(span, text, label.tag(), label.lemma() == null ? text : label.lemma(), ner, sentence);
    }

    private static void addDependencies(CoreMap sentence, int offset, List<Dependency> out) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return;
        }
        for (IndexedWord root : graph.getRoots()) {
            out.add(new Dependency(Dependency.ROOT, offset + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            out.add(new Dependency(offset + edge.getGovernor().index() - 1, offset + edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
    }

    static EntityType entityType(String nerTag) {
        switch (nerTag) {
            case "PERSON":
            case "PER":
                return EntityType.PERSON;
            case "ORGANIZATION":
            case "ORG":
                return EntityType.ORGANIZATION;
            case "LOCATION":
            case "LOC":
            case "COUNTRY":
            case "CITY":
            case "STATE_OR_PROVINCE":
                return EntityType.LOCATION;
            case "MISC":
            case "NATIONALITY":
                return EntityType.MISC;
            default:
                return null;
        }
    }

    /** Groups runs of tokens with the same entity tag into mentions. */
    static final class NerMentions {
        private NerMentions() {}

        static List<EntityMention> fromTags(String text, List<Token> tokens, List<Sentence> sentences) {
            List<EntityMention> mentions = new ArrayList<>();
            for (Sentence sentence : sentences) {
                int i = sentence.tokens().first();
                int end = sentence.tokens().endExclusive();
                while (i < end) {
                    EntityType type = entityType(tokens.get(i).ner());
                    if (type == null) {
                        i++;
                        continue;
                    }
                    int j = i + 1;
                    while (j < end && tokens.get(j).ner().equals(tokens.get(i).ner())) {
                        j++;
                    }
                    CharSpan span = new CharSpan(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
                    mentions.add(new EntityMention(span, span.coveredText(text), type, new TokenSpan(i, j)));
                    i = j;
                }
            }
            return mentions;
        }
    }
}
