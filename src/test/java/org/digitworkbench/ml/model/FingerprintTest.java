package org.digitworkbench.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A model's fingerprint follows what decides its answers, and nothing else. */
class FingerprintTest {
    private static final Path SHIPPED = Path.of("models", "mnist.zip");

    @Test
    void theSameWeightsGiveTheSameFingerprintWhateverTheCardSays() throws IOException {
        TrainedModel model = ModelStore.load(SHIPPED);
        TrainedModel again = ModelStore.load(SHIPPED);
        assertTrue(model.fingerprint().matches("[0-9a-f]{64}"), model.fingerprint());
        assertEquals(model.fingerprint(), again.fingerprint());

        TrainedModel renamed = new TrainedModel(model.card().withTestAccuracy(0.5), model.params());
        assertEquals(model.fingerprint(), renamed.fingerprint(), "the card does not change an answer");

        Map<String, INDArray> reordered = new LinkedHashMap<>();
        List<String> names = List.copyOf(model.params().keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            reordered.put(names.get(i), model.params().get(names.get(i)));
        }
        assertEquals(model.fingerprint(), new TrainedModel(model.card(), reordered).fingerprint());
    }

    @Test
    void oneWeightChangedGivesAnotherFingerprint() throws IOException {
        TrainedModel model = ModelStore.load(SHIPPED);
        Map<String, INDArray> changed = new LinkedHashMap<>(model.params());
        String first = changed.keySet().iterator().next();
        INDArray weights = changed.get(first).dup();
        weights.putScalar(0, weights.getFloat(0) + 1e-6f);
        changed.put(first, weights);
        assertNotEquals(model.fingerprint(), new TrainedModel(model.card(), changed).fingerprint());
    }
}
