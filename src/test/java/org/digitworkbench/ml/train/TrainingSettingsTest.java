package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.junit.jupiter.api.Test;

class TrainingSettingsTest {
    private static TrainingSettings with(int epochs, int batch, double lr, int limit) {
        return new TrainingSettings(DatasetId.MNIST, Architecture.MLP, epochs, batch, lr, Optimizer.ADAM, 1, limit);
    }

    @Test
    void defaultsAreValid() {
        assertEquals(List.of(), TrainingSettings.defaults(DatasetId.MNIST, Architecture.CNN).problems());
    }

    @Test
    void zeroNegativeAndAbsurdValuesAreRefusedWithReasons() {
        assertEquals(List.of("epochs must be between 1 and 100 (got 0)"), with(0, 64, 1e-3, 0).problems());
        assertEquals(List.of("epochs must be between 1 and 100 (got 1000)"), with(1000, 64, 1e-3, 0).problems());
        assertEquals(List.of("batch size must be between 8 and 4096 (got -5)"), with(1, -5, 1e-3, 0).problems());
        assertEquals(List.of("batch size must be between 8 and 4096 (got 100000)"), with(1, 100000, 1e-3, 0).problems());
        assertEquals(List.of("learning rate must be greater than 0 and at most 1 (got 0.0)"), with(1, 64, 0, 0).problems());
        assertEquals(List.of("learning rate must be greater than 0 and at most 1 (got NaN)"),
                with(1, 64, Double.NaN, 0).problems());
        assertEquals(List.of("limit must be 0 (all images) or a positive number of images (got -1)"),
                with(1, 64, 1e-3, -1).problems());
        assertEquals(List.of("limit (10) must be at least the batch size (64)"), with(1, 64, 1e-3, 10).problems());
    }

    @Test
    void aBatchWhoseActivationsDoNotFitIsRefusedAndEveryBuiltInFitsTheLargestBatch() {
        Architecture wide = Architecture.parse("conv(512,1,same), relu, dense(10)");
        assertEquals(401_418, wide.activationValues());
        assertEquals(1337, TrainingSettings.largestBatch(wide));
        TrainingSettings settings = new TrainingSettings(DatasetId.MNIST, wide, 1, 4096, 1e-3, Optimizer.ADAM, 1, 0);
        assertEquals(List.of("batch size 4096 is too large for this architecture: its activations and their gradients "
                + "would take 13.2 GB, over the limit of 4.3 GB; choose at most 1337"), settings.problems());
        assertEquals(List.of(),
                new TrainingSettings(DatasetId.MNIST, wide, 1, 1337, 1e-3, Optimizer.ADAM, 1, 0).problems());
        for (Architecture builtIn : Architecture.builtIns()) {
            assertEquals(TrainingSettings.MAX_BATCH, TrainingSettings.largestBatch(builtIn), builtIn.id());
        }
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(0, 0, -1, 0).validated());
        assertTrue(e.getMessage().contains("epochs"), e.getMessage());
        assertTrue(e.getMessage().contains("batch size"), e.getMessage());
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
    }

    @Test
    void optimizersParseAndRefuseUnknownIds() {
        assertEquals(Optimizer.RMSPROP, Optimizer.fromId("RMSprop"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizer.fromId("lbfgs"));
        assertEquals("unknown optimizer 'lbfgs'; choose one of adam, rmsprop, sgd", e.getMessage());
    }

    @Test
    void keepingTheBestOrStoppingEarlyNeedsValidationImages() {
        assertEquals(List.of("keeping the best epoch needs validation images", "stopping early needs validation images"),
                with(1, 64, 1e-3, 0).withValidation(new ValidationPlan(0, true, 2, false)).problems());
        assertEquals(List.of("validation must be 0 (none) or a positive number of images (got -1)",
                        "patience must be 0 (never stop early) or a positive number of epochs (got -3)"),
                with(1, 64, 1e-3, 0).withValidation(new ValidationPlan(-1, false, -3, false)).problems());
        assertEquals(List.of(), with(1, 64, 1e-3, 0).withValidation(new ValidationPlan(5000, true, 3, false)).problems());
    }

    /** One definition of each range, used by the form, the paused-change form, the trainer and the command line. */
    @Test
    void eachRangeIsDefinedOnce() {
        assertTrue(TrainingSettings.validEpochs(1) && TrainingSettings.validEpochs(TrainingSettings.MAX_EPOCHS));
        assertFalse(TrainingSettings.validEpochs(0) || TrainingSettings.validEpochs(TrainingSettings.MAX_EPOCHS + 1));
        assertTrue(TrainingSettings.validBatchSize(TrainingSettings.MIN_BATCH)
                && TrainingSettings.validBatchSize(TrainingSettings.MAX_BATCH));
        assertFalse(TrainingSettings.validBatchSize(TrainingSettings.MIN_BATCH - 1)
                || TrainingSettings.validBatchSize(TrainingSettings.MAX_BATCH + 1));
        assertTrue(TrainingSettings.validLearningRate(1) && TrainingSettings.validLearningRate(1e-9));
        assertFalse(TrainingSettings.validLearningRate(0) || TrainingSettings.validLearningRate(1.0001)
                || TrainingSettings.validLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new TrainingControl().changeRate(0));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingControl().changeBatchSize(TrainingSettings.MAX_BATCH + 1));
    }
}
