package org.digitworkbench.ml.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * Fuzz target for the spec parser: any text is an architecture or a {@link SpecException} saying where and why.
 * An accepted spec prints back to itself, has its parameter shapes, and the largest batch that fits memory is a
 * batch the settings accept.
 *
 * <p>{@code mvn verify} replays {@code SpecFuzzTestInputs/spec}; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class SpecFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void spec(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Architecture architecture;
        try {
            architecture = Architecture.parse(text);
        } catch (SpecException refused) {
            assertTrue(refused.position() >= 0 && refused.position() <= text.length() + 1,
                    "position " + refused.position() + " in " + text.length() + " characters");
            return;
        }
        assertEquals(architecture.spec(), Architecture.parse(architecture.spec()).spec());
        assertTrue(ParameterShapes.of(architecture).size() > 0);
        int batch = TrainingSettings.largestBatch(architecture);
        TrainingSettings settings = new TrainingSettings(DatasetId.MNIST, architecture, 1, batch,
                Optimizer.ADAM.defaultLearningRate(), Optimizer.ADAM, 42, 0);
        assertTrue(batch < TrainingSettings.MIN_BATCH || settings.problems().isEmpty(), settings.problems().toString());
    }
}
