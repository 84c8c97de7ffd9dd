package dev.herald.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.TokenSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestIobTags {
    private static final List<List<String>> SENTENCES = List.of(List.of("a", "b", "c", "d"), List.of("e", "f"));

    @Test
    void marksOnlyAdjacentSameTypeMentionsWithB() {
        List<EntityMention> mentions = List.of(mention(0, 2, EntityType.PERSON), mention(2, 3, EntityType.PERSON),
                mention(3, 4, EntityType.LOCATION), mention(4, 5, EntityType.LOCATION));
        assertEquals(List.of(List.of("I-PER", "I-PER", "B-PER", "I-LOC"), List.of("I-LOC", "O")),
                IobTags.of(SENTENCES, mentions, "d"));
    }

    @Test
    void rejectsOverlappingMentions() {
        HeraldException e = assertThrows(HeraldException.class, () -> IobTags.of(SENTENCES,
                List.of(mention(0, 2, EntityType.MISC), mention(1, 3, EntityType.ORGANIZATION)), "d"));
        assertEquals(ErrorCode.INTERNAL, e.errorCode());
    }

    static EntityMention mention(int first, int end, EntityType type) {
        return new EntityMention(new CharSpan(0, 0), "m" + first, type, new TokenSpan(first, end));
    }
}
