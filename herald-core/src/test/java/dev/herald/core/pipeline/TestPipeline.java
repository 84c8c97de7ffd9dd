package dev.herald.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.Layer;
import dev.herald.spi.Layers;
import dev.herald.spi.Stage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestPipeline {
    private static Stage stage(String name, Set<Layer<?>> requires, Set<Layer<?>> produces) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer<?>> requires() {
                return requires;
            }

            @Override
            public Set<Layer<?>> produces() {
                return produces;
            }

            @Override
            public Document apply(Document document) {
                Document result = document;
                for (Layer<?> layer : produces) {
                    result = result.with(layer, List.of());
                }
                return result;
            }
        };
    }

    private final Stage tokens = stage("tokens", Set.of(), Set.of(Layers.TOKENS, Layers.SENTENCES));
    private final Stage entities = stage("entities", Set.of(Layers.TOKENS), Set.of(Layers.ENTITIES));

    @Test
    void runsStagesInOrder() {
        Document document = Pipeline.builder().add(tokens).add(entities).build().analyze(Article.of("a", "text"));
        assertEquals(List.of(), document.get(Layers.ENTITIES));
    }

    @Test
    void refusesAStageBeforeWhatItRequiresWhenBuilt() {
        HeraldException e = assertThrows(HeraldException.class,
                () -> Pipeline.builder().add(entities).add(tokens).build());
        assertEquals(ErrorCode.BAD_REQUEST, e.errorCode());
        assertEquals("bad pipeline: stage 'entities' requires tokens, which no earlier stage produces",
                e.getMessage());
    }

    @Test
    void refusesTwoStagesProducingOneLayer() {
        Stage other = stage("other", Set.of(), Set.of(Layers.TOKENS));
        HeraldException e = assertThrows(HeraldException.class, () -> Pipeline.builder().add(tokens).add(other)
                .build());
        assertEquals("bad pipeline: stage 'other' produces tokens, which an earlier stage already produces",
                e.getMessage());
    }
}
