package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.List;

/**
 * A MEANTIME document: its tokens sentence by sentence and its entity mentions.
 *
 * @param annotatedSentences how many sentences from the start were annotated: MEANTIME annotates only the title
 *     and the first sentences of an article, so this is one more than the last sentence holding any markable
 */
public record MeantimeDocument(String id, List<List<String>> sentences, List<MeantimeMention> mentions,
        int annotatedSentences) {
    public MeantimeDocument {
        requireNonNull(id, "id");
        sentences = sentences.stream().map(List::copyOf).toList();
        mentions = List.copyOf(mentions);
        checkArgument(sentences.stream().noneMatch(List::isEmpty), "document %s has an empty sentence", id);
        checkArgument(0 <= annotatedSentences && annotatedSentences <= sentences.size(),
                "document %s: %s annotated sentences of %s", id, annotatedSentences, sentences.size());
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(List::size).sum();
    }

    /** The number of tokens in the annotated sentences, which come first. */
    public int annotatedTokens() {
        return sentences.subList(0, annotatedSentences).stream().mapToInt(List::size).sum();
    }
}
