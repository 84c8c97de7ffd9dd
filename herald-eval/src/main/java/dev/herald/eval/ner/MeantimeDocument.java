package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.List;

/** A MEANTIME document: its tokens sentence by sentence and its entity mentions. */
public record MeantimeDocument(String id, List<List<String>> sentences, List<MeantimeMention> mentions) {
    public MeantimeDocument {
        requireNonNull(id, "id");
        sentences = sentences.stream().map(List::copyOf).toList();
        mentions = List.copyOf(mentions);
        checkArgument(sentences.stream().noneMatch(List::isEmpty), "document %s has an empty sentence", id);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(List::size).sum();
    }
}
