package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.train.Augmentation;
import org.junit.jupiter.api.Test;

/** Expected time per epoch from this machine's runs, and the built-in guess only without them. */
class EpochTimesTest {
    private static final double BUILT_IN = 20_000; // images per second: 3 s per 60,000

    /** A run whose epochs took {@code secondsPerEpoch} each; seconds in the history count from the run's start. */
    private static RunEntry run(String id, String arch, String augmentation, int limit, double secondsPerEpoch,
                                int epochs) {
        List<EpochRecord> history = new java.util.ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            history.add(new EpochRecord(e, 0.3, 0.9, 0.9, e * secondsPerEpoch, null));
        }
        return new RunEntry(id, RunEntry.WINDOW, id, "mnist", arch, epochs, 64, 0.001, "adam", 42, limit, null,
                List.of(), history, RunEntry.Outcome.FINISHED, null, 0.9, epochs * secondsPerEpoch, null,
                "constant", augmentation, 0, null, 0, null, 0, null, null, null);
    }

    private static EpochTimes times(RunEntry... runs) {
        return new EpochTimes(List.of(runs), a -> BUILT_IN);
    }

    @Test
    void withoutRunsTheBuiltInFigureIsAGuess() {
        EpochTimes.Estimate e = times().estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.NONE, 60_000);
        assertEquals(3, e.secondsPerEpoch(), 1e-9);
        assertFalse(e.measuredHere());
    }

    @Test
    void aRunOfTheSameArchitectureAndDataSetIsMeasuredHere() {
        EpochTimes.Estimate e = times(run("3", "mlp", "none", 0, 12, 3))
                .estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.NONE, 60_000);
        assertEquals(12, e.secondsPerEpoch(), 1e-9);
        assertTrue(e.measuredHere());
    }

    @Test
    void otherArchitecturesAndDataSetsDoNotCount() {
        EpochTimes times = times(run("3", "cnn", "none", 0, 40, 1));
        assertFalse(times.estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.NONE, 60_000).measuredHere());
        assertFalse(times.estimate(DatasetId.FASHION_MNIST, Architecture.CNN, Augmentation.NONE, 60_000)
                .measuredHere());
    }

    @Test
    void aSmallerTrainingSetIsScaledUp() {
        // 1.5 s for 10,000 images is 9 s for 60,000, and 0.75 s for 5,000
        EpochTimes times = times(run("3", "mlp", "none", 10_000, 1.5, 2));
        assertEquals(9, times.estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.NONE, 60_000)
                .secondsPerEpoch(), 1e-9);
        assertEquals(0.75, times.estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.NONE, 5_000)
                .secondsPerEpoch(), 1e-9);
    }

    @Test
    void runsWithTheSameAugmentationComeFirstAndTheRecentOnesDecide() {
        EpochTimes times = times(run("9", "mlp", "shift", 0, 20, 1), run("8", "mlp", "none", 0, 10, 1),
                run("7", "mlp", "none", 0, 14, 1), run("6", "mlp", "none", 0, 11, 1),
                run("1", "mlp", "none", 0, 100, 1));
        // the median of the three most recent without augmentation; the old slow one is not asked
        assertEquals(11, times.estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.NONE, 60_000)
                .secondsPerEpoch(), 1e-9);
        assertEquals(20, times.estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.SHIFT, 60_000)
                .secondsPerEpoch(), 1e-9);
        // no run with flipping: the other runs of the architecture are still this machine's measure
        EpochTimes.Estimate flip = times.estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.FLIP, 60_000);
        assertTrue(flip.measuredHere());
        assertEquals(14, flip.secondsPerEpoch(), 1e-9);
    }

    @Test
    void runsWithoutTimesAreSkipped() {
        RunEntry failed = new RunEntry("5", RunEntry.WINDOW, "5", "mnist", "mlp", 3, 64, 0.001, "adam", 42, 0, null,
                List.of(), List.of(), RunEntry.Outcome.FAILED, null, Double.NaN, 0, "boom", null, null, 0, null, 0, null,
                0, null, null, null);
        RunEntry totalOnly = new RunEntry("4", RunEntry.COMMAND_LINE, "4", "mnist", "mlp", 2, 64, 0.001, "adam", 42,
                0, null, List.of(), null, RunEntry.Outcome.FINISHED, null, 0.9, 16, null, null, null, 0, null, 0, null,
                0, null, null, null);
        EpochTimes.Estimate e = times(failed, totalOnly)
                .estimate(DatasetId.MNIST, Architecture.MLP, Augmentation.NONE, 60_000);
        assertTrue(e.measuredHere());
        assertEquals(8, e.secondsPerEpoch(), 1e-9);
    }
}
