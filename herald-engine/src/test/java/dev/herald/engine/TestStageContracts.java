package dev.herald.engine;

import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.entities.EntityResolver;
import dev.herald.entities.OrganizationCountries;
import dev.herald.spi.Document;
import dev.herald.testing.StageTestCase;
import org.junit.jupiter.api.Test;

/** Backbone and entity resolver keep the stage contract on hostile random text. */
class TestStageContracts extends StageTestCase {
    private static final CoreNlpBackbone BACKBONE = new CoreNlpBackbone(CoreNlpConfig.defaults());

    @Test
    void backboneKeepsTheContract() {
        checkRandomArticles(BACKBONE, Document::of, 40);
    }

    @Test
    void entityResolverKeepsTheContract() {
        checkRandomArticles(new EntityResolver(OrganizationCountries.none()),
                article -> BACKBONE.apply(Document.of(article)), 60);
    }
}
