package dev.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.spi.HeraldException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestBoundsModel {
    private static final List<List<String>> PLACES = List.of(List.of("e:d=0", "e:n=but"), List.of("e:d=+4-9",
            "e:w=NN"), List.of("e:d=-1", "e:w=IN"));

    @Test
    void untrainedKeepsTheRulesBound() {
        assertEquals(0, BoundsModel.untrained().best(PLACES));
    }

    @Test
    void learnsWhichPlaceAnnotatorsChoose() {
        List<BoundsModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            examples.add(new BoundsModel.Example(PLACES, 1));
        }
        BoundsModel model = BoundsModel.train(examples, 3);
        assertEquals(1, model.best(PLACES));
        assertEquals(0, model.best(List.of(List.of("e:n=and"), List.of("e:n=or"))), "unseen features tie: the first");
    }

    @Test
    void trainingIsDeterministicAndRoundTrips() {
        List<BoundsModel.Example> examples = List.of(new BoundsModel.Example(PLACES, 2),
                new BoundsModel.Example(PLACES.subList(0, 2), 1));
        String text = BoundsModel.train(examples, 4).format();
        assertEquals(text, BoundsModel.train(examples, 4).format());
        assertEquals(text, BoundsModel.parse(text).format());
    }

    @Test
    void rejectsOtherFiles() {
        assertThrows(HeraldException.class, () -> BoundsModel.parse("# herald-quotes attribution model v2\n"));
        assertThrows(IllegalArgumentException.class, () -> new BoundsModel.Example(PLACES, 3));
    }

    @Test
    void shippedModelLoads() {
        assertTrue(BoundsModel.standard().size() > 0);
    }
}
