package dev.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestAttributionModel {
    @Test
    void learnsToSeparateCandidates() {
        List<AttributionModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new AttributionModel.Example(List.of("bias", "cue=say"), true));
            examples.add(new AttributionModel.Example(List.of("bias", "cue=follow"), false));
        }
        AttributionModel model = AttributionModel.train(examples, 5);
        assertTrue(model.score(List.of("bias", "cue=say")) > 0);
        assertTrue(model.score(List.of("bias", "cue=follow")) < 0);
        assertTrue(model.probability(List.of("bias", "cue=say")) > 0.5);
    }

    @Test
    void trainingIsDeterministicAndRoundTrips() {
        List<AttributionModel.Example> examples = List.of(
                new AttributionModel.Example(List.of("bias", "a"), true),
                new AttributionModel.Example(List.of("bias", "b"), false));
        String text = AttributionModel.train(examples, 3).format();
        assertEquals(text, AttributionModel.train(examples, 3).format());
        assertEquals(text, AttributionModel.parse(text).format());
    }

    @Test
    void shippedModelLoads() {
        assertTrue(AttributionModel.standard().size() > 0);
    }

    @Test
    void rejectsFilesWithoutManifest() {
        HeraldException e = assertThrows(HeraldException.class, () -> AttributionModel.parse("bias\t1.0\n"));
        assertEquals(ErrorCode.MODEL_ERROR, e.errorCode());
    }

    @Test
    void probabilityFollowsHowOftenAFeatureIsRight() {
        List<AttributionModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(new AttributionModel.Example(List.of("bias", "cue=suggest"), i % 4 != 0));
        }
        double p = AttributionModel.train(examples, 20).probability(List.of("bias", "cue=suggest"));
        assertTrue(p > 0.6 && p < 0.9, "three in four right, probability " + p);
    }

    @Test
    void refusesToWriteAFeatureThatWouldBreakTheFile() {
        AttributionModel model = AttributionModel.train(List.of(
                new AttributionModel.Example(List.of("bias", "w=<tweet\nauthor>"), true)), 3);
        assertThrows(IllegalArgumentException.class, model::format);
    }
}
