package dev.herald.entities;

import dev.herald.spi.Article;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layers;
import dev.herald.spi.Sentence;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a tagged document by hand, as the backbone would: one sentence a line, tokens separated by spaces, a
 * name token written {@code word/PER}, {@code /ORG}, {@code /LOC} or {@code /MISC}. A run of tokens with the same
 * tag is one mention, as in {@code NerMentions}.
 */
final class TaggedText {
    private static final Map<String, String> NER = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION",
            "MISC", "MISC");
    private static final Map<String, EntityType> TYPES = Map.of("PERSON", EntityType.PERSON, "ORGANIZATION",
            EntityType.ORGANIZATION, "LOCATION", EntityType.LOCATION, "MISC", EntityType.MISC);

    private TaggedText() {}

    static Document parse(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String line : tagged.split("\n")) {
            int firstToken = tokens.size();
            for (String item : line.strip().split(" +")) {
                int slash = item.lastIndexOf('/');
                boolean named = slash > 0 && NER.containsKey(item.substring(slash + 1));
                String word = named ? item.substring(0, slash) : item;
                String ner = named ? NER.get(item.substring(slash + 1)) : "O";
                if (text.length() > 0) {
                    text.append(tokens.size() == firstToken ? '\n' : ' ');
                }
                CharSpan span = new CharSpan(text.length(), text.length() + word.length());
                text.append(word);
                String pos = Character.isUpperCase(word.codePointAt(0)) ? "NNP" : "NN";
                tokens.add(new Token(span, word, pos, word, ner, sentences.size()));
            }
            sentences.add(new Sentence(new CharSpan(tokens.get(firstToken).span().start(),
                    tokens.get(tokens.size() - 1).span().end()), new TokenSpan(firstToken, tokens.size())));
        }
        String content = text.toString();
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            String ner = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && !ner.equals("O") && tokens.get(j).ner().equals(ner)
                    && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (!ner.equals("O")) {
                CharSpan span = new CharSpan(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
                mentions.add(new EntityMention(span, span.coveredText(content), TYPES.get(ner), new TokenSpan(i, j)));
            }
            i = j;
        }
        return Document.of(Article.of("tagged", content))
                .with(Layers.SENTENCES, sentences)
                .with(Layers.TOKENS, tokens)
                .with(Layers.MENTIONS, mentions);
    }

    static List<Entity> entities(String tagged) {
        return new EntityResolver(OrganizationCountries.none()).apply(parse(tagged)).get(Layers.ENTITIES);
    }

    static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    static List<String> mentionTexts(Entity entity) {
        return entity.mentions().stream().map(EntityMention::text).toList();
    }
}
