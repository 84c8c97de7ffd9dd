package dev.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.spi.Article;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layers;
import dev.herald.spi.Provenance;
import dev.herald.spi.Sentence;
import dev.herald.spi.TokenSpan;
import dev.herald.testing.StageTestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestProvenanceStage extends StageTestCase {
    private static final ProvenanceStage STAGE = new ProvenanceStage();

    @Test
    void findsWireCredits() {
        Document doc = checkContract(STAGE, sentences("Talks failed.\nTHE Associated Press contributed to this article.",
                List.of()));
        List<Provenance> credits = doc.get(Layers.PROVENANCE);
        assertEquals(1, credits.size());
        assertEquals(Provenance.Kind.WIRE_CREDIT, credits.get(0).kind());
        assertEquals("Associated Press", credits.get(0).name());
        assertEquals("THE Associated Press contributed to this article",
                credits.get(0).span().coveredText(doc.text()));
    }

    @Test
    void tellsContributorsByTheEntitiesLayer() {
        String text = "Jane Roe contributed reporting.";
        EntityMention mention = new EntityMention(new CharSpan(0, 8), "Jane Roe", EntityType.PERSON,
                new TokenSpan(0, 2));
        Entity jane = new Entity("e1", "Jane Roe", EntityType.PERSON, List.of(mention), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        List<Provenance> credits = checkContract(STAGE, sentences(text, List.of(jane))).get(Layers.PROVENANCE);
        assertEquals(List.of(new Provenance(new CharSpan(0, 30), Provenance.Kind.CONTRIBUTOR, "Jane Roe",
                new CharSpan(0, 8))), credits);
    }

    @Test
    void ignoresOtherSentences() {
        Document doc = STAGE.apply(sentences("Reporters contributed nothing to the talks.", List.of()));
        assertEquals(List.of(), doc.get(Layers.PROVENANCE));
    }

    @Test
    void survivesRandomText() {
        checkRandomArticles(STAGE, article -> sentences(article.text(), List.of()), 50);
    }

    /** One sentence per line; no tokens are needed by the stage. */
    private static Document sentences(String text, List<Entity> entities) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                sentences.add(new Sentence(new CharSpan(start, start + line.length()), new TokenSpan(0, 0)));
            }
            start += line.length() + 1;
        }
        return Document.of(Article.of("test", text)).with(Layers.SENTENCES, sentences)
                .with(Layers.ENTITIES, entities);
    }
}
