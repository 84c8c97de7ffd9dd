package dev.herald.entities;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the head nouns of names. A name that is only part of a longer name with a telling head is widened to it:
 * "University of [Berlin]" and "[Boston] University" are organisations, "Island of [Divar]" a place even when
 * tagged a person, "Battle of [Gettysburg]" and "[GMAC] Bowl" events; the capitalised words before "of" may already be a
 * name of their own ("[Carnegie Institution] of [Washington]"), which is then taken in. A name that ends in a head
 * takes the head's type where that makes it an organisation ("Atlantic City Hospital", "American League") or an
 * event ("Paris Air Show"). Person names are never widened to the right nor retyped by their own last word: many
 * surnames are head nouns ("Tom Church", "Veronica Lake").
 */
final class NameHeads {
    private final Map<String, EntityType> heads;

    NameHeads(Map<String, EntityType> heads) {
        this.heads = Map.copyOf(requireNonNull(heads, "heads"));
    }

    static NameHeads standard() {
        Map<String, EntityType> heads = new HashMap<>();
        WordList.forEachLine("name-heads.tsv", line -> {
            String[] fields = line.split("\t");
            heads.put(fields[0].strip().toLowerCase(Locale.ROOT), EntityType.valueOf(fields[1].strip()));
        });
        return new NameHeads(heads);
    }

    /** The mentions with each widened name in place of the names it covers, in text order, and retyped. */
    List<EntityMention> widen(List<EntityMention> mentions, List<Token> tokens, String text) {
        List<EntityMention> result = new ArrayList<>(mentions);
        for (EntityMention mention : mentions) {
            if (result.contains(mention)) {
                Optional<Widened> widened = switch (mention.type()) {
                    case LOCATION -> headBefore(mention, tokens).or(() -> headAfter(mention, tokens));
                    case PERSON -> headBefore(mention, tokens);
                    case ORGANIZATION -> headAfter(mention, tokens);
                    default -> Optional.empty();
                };
                widened.or(() -> ownHead(mention, tokens)).ifPresent(w -> replace(result, w, text, tokens));
            }
        }
        return result;
    }

    /** "Atlantic City Hospital" tagged a place, "Paris Air Show" an organisation: the head's type. */
    private Optional<Widened> ownHead(EntityMention name, List<Token> tokens) {
        if (name.tokens().size() < 2) {
            return Optional.empty();
        }
        EntityType type = headType(tokens.get(name.tokens().endExclusive() - 1));
        boolean retypes = (type == EntityType.MISC || type == EntityType.ORGANIZATION)
                && name.type() != EntityType.PERSON && name.type() != type;
        return retypes ? Optional.of(new Widened(name.tokens().first(), name.tokens().endExclusive(), type))
                : Optional.empty();
    }

    /** "University of [Berlin]", "Army of the [Potomac]": the span and type of the whole name. */
    private Optional<Widened> headBefore(EntityMention name, List<Token> tokens) {
        int of = name.tokens().first() - 1;
        if (of >= 1 && tokens.get(of).text().equals("the")) {
            of--;
        }
        int head = of - 1;
        if (head < 0 || !tokens.get(of).text().equals("of") || !sameSentence(tokens, head, name.tokens().first())) {
            return Optional.empty();
        }
        EntityType type = headType(tokens.get(head));
        if (type == null) {
            return Optional.empty();
        }
        int start = head;
        String headTag = tokens.get(head).ner();
        while (start > 0 && sameSentence(tokens, start - 1, head) && capitalised(tokens.get(start - 1))
                && tokens.get(start - 1).ner().equals(headTag)) {
            start--;
        }
        return Optional.of(new Widened(start, name.tokens().endExclusive(), type));
    }

    /** "[Boston] University", "[Huallaga] River", "[GMAC] Bowl": a head right after the name. */
    private Optional<Widened> headAfter(EntityMention name, List<Token> tokens) {
        int head = name.tokens().endExclusive();
        if (head >= tokens.size() || !sameSentence(tokens, head, name.tokens().first())
                || !tokens.get(head).ner().equals("O")) {
            return Optional.empty();
        }
        EntityType type = headType(tokens.get(head));
        boolean nameGoesOn = head + 1 < tokens.size() && sameSentence(tokens, head, head + 1)
                && capitalised(tokens.get(head + 1));
        return type == null || nameGoesOn ? Optional.empty()
                : Optional.of(new Widened(name.tokens().first(), head + 1, type));
    }

    private EntityType headType(Token token) {
        return capitalised(token) ? heads.get(token.text().toLowerCase(Locale.ROOT)) : null;
    }

    private static void replace(List<EntityMention> mentions, Widened widened, String text, List<Token> tokens) {
        int at = 0;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            TokenSpan span = mentions.get(i).tokens();
            if (span.first() < widened.end && widened.start < span.endExclusive()) {
                mentions.remove(i);
                at = i;
            }
        }
        CharSpan span = new CharSpan(tokens.get(widened.start).span().start(), tokens.get(widened.end - 1).span().end());
        mentions.add(at, new EntityMention(span, span.coveredText(text), widened.type,
                new TokenSpan(widened.start, widened.end)));
    }

    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.text().codePointAt(0));
    }

    private static boolean sameSentence(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    private record Widened(int start, int end, EntityType type) {}
}
