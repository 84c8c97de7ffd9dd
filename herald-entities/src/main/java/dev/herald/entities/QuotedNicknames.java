package dev.herald.entities;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins a person's name split by a quoted nickname, which taggers leave out: "[Joaquín] “El Chapo” [Guzmán]" is
 * one person named "Joaquín “El Chapo” Guzmán".
 */
final class QuotedNicknames {
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''", "'", "‘", "’");
    private static final int MAX_NICKNAME_TOKENS = 3;

    private QuotedNicknames() {}

    /**
     * The mentions with each pair of person names around a quoted nickname joined, in text order; a name the tagger
     * found in the nickname itself is dropped.
     */
    static List<EntityMention> join(List<EntityMention> mentions, List<Token> tokens, String text) {
        List<EntityMention> result = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention first = mentions.get(i);
            int next = first.type() == EntityType.PERSON ? nameAfterNickname(mentions, i, tokens) : -1;
            if (next < 0) {
                result.add(first);
            } else {
                EntityMention second = mentions.get(next);
                CharSpan span = new CharSpan(first.span().start(), second.span().end());
                result.add(new EntityMention(span, span.coveredText(text), EntityType.PERSON,
                        new TokenSpan(first.tokens().first(), second.tokens().endExclusive())));
                i = next;
            }
        }
        return result;
    }

    /** The index of the person name right after a quoted nickname that follows mention {@code i}, or -1. */
    private static int nameAfterNickname(List<EntityMention> mentions, int i, List<Token> tokens) {
        int end = mentions.get(i).tokens().endExclusive();
        for (int j = i + 1; j < mentions.size() && j <= i + 2; j++) {
            EntityMention candidate = mentions.get(j);
            if (candidate.type() == EntityType.PERSON && isQuotedNickname(tokens, end, candidate.tokens().first())) {
                return j;
            }
        }
        return -1;
    }

    /** Whether tokens [from, to) are an opening quote, one to three capitalised words and a closing quote. */
    private static boolean isQuotedNickname(List<Token> tokens, int from, int to) {
        int words = to - from - 2;
        if (words < 1 || words > MAX_NICKNAME_TOKENS || tokens.get(from).sentence() != tokens.get(to).sentence()
                || !QUOTES.contains(tokens.get(from).text()) || !QUOTES.contains(tokens.get(to - 1).text())) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (!Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
