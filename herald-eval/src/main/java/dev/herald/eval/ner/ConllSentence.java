package dev.herald.eval.ner;

import static dev.herald.spi.Checks.checkArgument;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and the tag in each token's last column. */
public record ConllSentence(List<String> tokens, List<String> tags) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        checkArgument(!tokens.isEmpty(), "sentence has no tokens");
        checkArgument(tokens.size() == tags.size(), "%s tokens but %s tags", tokens.size(), tags.size());
    }

    /** The same tokens with other tags. */
    public ConllSentence withTags(List<String> newTags) {
        return new ConllSentence(tokens, newTags);
    }
}
