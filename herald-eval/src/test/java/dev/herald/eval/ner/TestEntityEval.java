package dev.herald.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.core.pipeline.Pipeline;
import dev.herald.metrics.Counts;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.Layer;
import dev.herald.spi.Layers;
import dev.herald.spi.Sentence;
import dev.herald.spi.Stage;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation plumbing with a fake tagger instead of CoreNLP, so no model is loaded. */
class TestEntityEval {
    private static final String GOLD = String.join("\n", "Ann I-PER", "Lee I-PER", "met O", "Bob I-PER", "in O",
            "Rome I-LOC", "", "French I-MISC", "cheese O", "", "-DOCSTART- O", "", "Acme I-ORG", "won O", "");

    @TempDir
    Path temp;

    @Test
    void scoresResolvedAndBackboneAndWritesPredictions() throws Exception {
        Path gold = temp.resolve("gold.txt");
        Files.writeString(gold, GOLD);
        Path pred = temp.resolve("pred.txt");
        Map<String, EntityType> tags = Map.of("Ann", EntityType.PERSON, "Bob", EntityType.PERSON,
                "Rome", EntityType.LOCATION, "French", EntityType.MISC, "Acme", EntityType.LOCATION);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        EntityEval.WikiGoldResult result = EntityEval.wikigold(gold, fake(tags),
                new PrintStream(printed, true, StandardCharsets.UTF_8), Optional.of(pred));
        assertEquals(2, result.documents());
        assertEquals(10, result.tokens());
        assertEquals(new Counts(3, 5, 5), result.backbone().overall());
        assertEquals(new Counts(2, 4, 5), result.resolved().overall());
        assertEquals(new Counts(2, 4, 4), result.resolved().perOrgLoc());
        assertEquals(List.of("Ann I-PER", "Lee O", "met O", "Bob I-PER", "in O", "Rome I-LOC", "", "French O",
                "cheese O", "", "Acme I-LOC", "won O", ""), Files.readAllLines(pred));
        assertEquals(result.resolved().report(), ConllScorer.scoreFiles(gold, pred).report());
        assertEquals(result.backbone().report(),
                ConllScorer.scoreFiles(gold, temp.resolve("pred.txt.backbone")).report());
    }

    @Test
    void failsWhenTokensDoNotAlign() {
        List<Token> tokens = List.of(new Token(new CharSpan(0, 3), "Ann", "NNP", "Ann", "O", 0));
        HeraldException e = assertThrows(HeraldException.class,
                () -> EntityEval.checkAligned("d", List.of(List.of("Ann", "Lee")), tokens));
        assertEquals(ErrorCode.INTERNAL, e.errorCode());
        assertEquals("d: token 1 is 'Lee' in sentence 0 of the gold but no token in Herald's analysis; the"
                + " evaluation needs tokens split at spaces and sentences at line ends", e.getMessage());
    }

    /** Tags the listed words; the "resolved" entities are the mentions without MISC, one entity each. */
    private static Pipeline fake(Map<String, EntityType> words) {
        Stage stage = new Stage() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public Set<Layer<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer<?>> produces() {
                return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, Layers.ENTITIES);
            }

            @Override
            public Document apply(Document document) {
                String text = document.text();
                List<Token> tokens = new ArrayList<>();
                List<Sentence> sentences = new ArrayList<>();
                List<EntityMention> mentions = new ArrayList<>();
                int offset = 0;
                for (String line : text.split("\n")) {
                    int first = tokens.size();
                    for (String word : line.split(" ")) {
                        CharSpan span = new CharSpan(offset, offset + word.length());
                        if (words.containsKey(word)) {
                            mentions.add(new EntityMention(span, word, words.get(word),
                                    new TokenSpan(tokens.size(), tokens.size() + 1)));
                        }
                        tokens.add(new Token(span, word, "NN", word, "O", sentences.size()));
                        offset += word.length() + 1;
                    }
                    sentences.add(new Sentence(new CharSpan(tokens.get(first).span().start(), offset - 1),
                            new TokenSpan(first, tokens.size())));
                }
                List<Entity> entities = mentions.stream()
                        .filter(m -> m.type() != EntityType.MISC)
                        .map(m -> new Entity(m.text(), m.text(), m.type(), List.of(m), Optional.empty(),
                                Optional.empty(), Optional.empty(), Optional.empty()))
                        .toList();
                return document.with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens)
                        .with(Layers.MENTIONS, mentions).with(Layers.ENTITIES, entities);
            }
        };
        return Pipeline.builder().add(stage).build();
    }
}
