package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens and tags of a whole corpus in order, with a flag on the first token of every sentence: what
 * {@code conll_score.py} reads from a file, {@code -DOCSTART-} lines dropped.
 */
public record TagSequence(List<String> tokens, List<String> tags, List<Boolean> sentenceStarts) {
    public TagSequence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        sentenceStarts = List.copyOf(sentenceStarts);
        checkArgument(tokens.size() == tags.size() && tokens.size() == sentenceStarts.size(),
                "%s tokens, %s tags and %s sentence flags", tokens.size(), tags.size(), sentenceStarts.size());
    }

    public static TagSequence of(List<ConllDocument> documents) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        for (ConllDocument document : documents) {
            for (ConllSentence sentence : document.sentences()) {
                for (int i = 0; i < sentence.tokens().size(); i++) {
                    starts.add(i == 0);
                }
                tokens.addAll(sentence.tokens());
                tags.addAll(sentence.tags());
            }
        }
        return new TagSequence(tokens, tags, starts);
    }

    public int size() {
        return tokens.size();
    }
}
