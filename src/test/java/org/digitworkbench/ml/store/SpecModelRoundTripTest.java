package org.digitworkbench.ml.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.Trainer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A model built from a spec of the user's learns, and is saved, loaded and run like a built-in one. */
class SpecModelRoundTripTest {
    private static final String SPEC = "conv(16,5,same), batchnorm, relu, maxpool, dropout(0.2), dense(64), batchnorm, "
            + "tanh, dense(10)";

    @TempDir
    Path dir;

    @Test
    void aTrainedCustomSpecWithBatchNormLearnsLoadsBackAndPredictsTheSame() throws IOException {
        Architecture architecture = Architecture.fromId(SPEC);
        TrainingSettings settings = new TrainingSettings(DatasetId.MNIST, architecture, 2, 32,
                Optimizer.ADAM.defaultLearningRate(), Optimizer.ADAM, 7, 5000);
        TrainingOutcome outcome = new Trainer().train(settings, TestData.mnist(), null, new TrainingListener() { },
                new TrainingControl());
        assertTrue(outcome.evaluation().accuracy() > 0.9, "test accuracy " + outcome.evaluation().accuracy());
        INDArray runningMean = outcome.model().params().get("mean1");
        assertTrue(runningMean.amaxNumber().doubleValue() > 0.01, "the running statistics moved: " + runningMean);

        Path file = dir.resolve("custom.zip");
        ModelStore.save(outcome.model(), file);
        TrainedModel loaded = ModelStore.load(file);

        assertEquals("custom", loaded.card().architecture());
        assertEquals(SPEC, loaded.card().spec());
        assertEquals(architecture, loaded.architecture());
        assertEquals(runningMean, loaded.params().get("mean1"), "the state is saved with the weights");
        float[] images = new float[20 * Architecture.INPUT_SIZE];
        for (int i = 0; i < 20; i++) {
            TestData.mnist().test().copyImageTo(i, images, i * Architecture.INPUT_SIZE);
        }
        float[][] before = outcome.model().newPredictor().probabilities(images, 20);
        float[][] after = loaded.newPredictor().probabilities(images, 20);
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(before[i], after[i], 1e-6f, "image " + i);
        }
    }

    @Test
    void aCardWithoutSpecIsReadByItsIdAsBeforeSpecsExisted() throws IOException {
        ModelCard old = new ModelCard(1, "mnist", "cnn", Architecture.CNN.parameterCount(), 1, 64, 0.001, "adam", 3, 0,
                List.of(), 0.5, 1, "2026-01-01T00:00:00Z", "test");
        assertNull(old.spec());
        Path file = dir.resolve("old.zip");
        ModelStore.save(new TrainedModel(old, ParameterInitializer.initialize(Architecture.CNN, 3)), file);
        assertEquals(Architecture.CNN, ModelStore.load(file).architecture());
    }

    @Test
    void aCustomCardWhoseWeightsDoNotFitItsSpecIsRefused() throws IOException {
        Architecture other = Architecture.parse("dense(32), relu, dense(10)");
        ModelCard card = new ModelCard(1, "mnist", "custom", 0, 1, 64, 0.001, "adam", 3, 0, List.of(), 0.5, 1,
                "2026-01-01T00:00:00Z", "test").withSpec("dense(16), relu, dense(10)");
        Path file = dir.resolve("mismatch.zip");
        ModelStore.save(new TrainedModel(card, ParameterInitializer.initialize(other, 3)), file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelStore.load(file));
        assertEquals(ModelFileException.Reason.MISMATCH, e.reason(), e.getMessage());
    }
}
