package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.List;

/** One document of a CoNLL file: the sentences between two {@code -DOCSTART-} lines. */
public record ConllDocument(String id, List<ConllSentence> sentences) {
    public ConllDocument {
        requireNonNull(id, "id");
        sentences = List.copyOf(sentences);
        checkArgument(!sentences.isEmpty(), "document %s has no sentences", id);
    }

    public List<List<String>> tokenSentences() {
        return sentences.stream().map(ConllSentence::tokens).toList();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
