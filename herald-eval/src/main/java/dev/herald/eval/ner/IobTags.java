package dev.herald.eval.ner;

import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Herald's mentions as IOB1 tags, the scheme of WikiGold and CoNLL-2003. */
final class IobTags {
    private IobTags() {}

    /** The CoNLL label of a Herald entity type. */
    static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC -> "MISC";
        };
    }

    /**
     * One tag per token of {@code sentences}, sentence by sentence: {@code I-X} inside a mention, {@code B-X} only
     * on the first token of a mention that directly follows another mention of type X in the same sentence, and
     * {@code O} elsewhere. Mention token indices count over the whole document. Overlapping mentions fail.
     */
    static List<List<String>> of(List<List<String>> sentences, List<EntityMention> mentions, String documentId) {
        int size = sentences.stream().mapToInt(List::size).sum();
        String[] tags = new String[size];
        int[] owner = new int[size];
        Arrays.fill(tags, "O");
        Arrays.fill(owner, -1);
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt((EntityMention m) -> m.tokens().first())
                .thenComparingInt(m -> m.tokens().endExclusive()));
        for (int m = 0; m < sorted.size(); m++) {
            EntityMention mention = sorted.get(m);
            if (mention.tokens().endExclusive() > size) {
                throw new HeraldException(ErrorCode.INTERNAL, documentId + ": mention " + mention.text() + " at "
                        + mention.tokens() + " lies outside the document's " + size + " tokens");
            }
            for (int i = mention.tokens().first(); i < mention.tokens().endExclusive(); i++) {
                if (owner[i] >= 0) {
                    throw new HeraldException(ErrorCode.INTERNAL, documentId + ": mentions '"
                            + sorted.get(owner[i]).text() + "' and '" + mention.text() + "' overlap at token " + i);
                }
                owner[i] = m;
                tags[i] = "I-" + label(mention.type());
            }
        }
        List<List<String>> out = new ArrayList<>();
        int offset = 0;
        for (List<String> sentence : sentences) {
            for (int i = offset + 1; i < offset + sentence.size(); i++) {
                if (owner[i] >= 0 && owner[i - 1] >= 0 && owner[i] != owner[i - 1] && tags[i].equals(tags[i - 1])) {
                    tags[i] = "B-" + tags[i].substring(2);
                }
            }
            out.add(List.of(Arrays.copyOfRange(tags, offset, offset + sentence.size())));
            offset += sentence.size();
        }
        return out;
    }
}
