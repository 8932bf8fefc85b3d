package org.digitworkbench.gui.train.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.train.run.RunCharts;
import org.digitworkbench.gui.train.settings.TrainSettingsForm;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.Augmentation;
import org.digitworkbench.ml.train.LearningRateSchedule;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rate chart's curve from a run's settings, and the form's warm-up field, without the toolkit. */
class RatePlanTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final double RATE = 0.01;

    private static TrainingSettings run(LearningRateSchedule schedule, int epochs, double warmup) {
        return new TrainingSettings(DatasetId.MNIST, Architecture.MLP, epochs, 64, RATE,
                org.digitworkbench.ml.train.Optimizer.ADAM, 1, 0, schedule, Augmentation.NONE, 0).withWarmup(warmup);
    }

    @Test
    void thePlanSpansTheRunInEpochsAndFollowsTheSchedule() {
        List<double[]> plan = RatePlan.of(run(LearningRateSchedule.STEP, 4, 0));
        assertEquals(RatePlan.POINTS, plan.size());
        assertEquals(4, plan.get(plan.size() - 1)[0], 1e-12, "ends with the last epoch");
        assertEquals(RATE, RatePlan.at(run(LearningRateSchedule.STEP, 4, 0), 1.9), 1e-12);
        assertEquals(RATE / 5, RatePlan.at(run(LearningRateSchedule.STEP, 4, 0), 2.1), 1e-12, "a fifth from half-way");
        assertEquals(RATE / 25, RatePlan.at(run(LearningRateSchedule.STEP, 4, 0), 3.3), 1e-12);
        assertEquals(RATE * 1e-3, RatePlan.at(run(LearningRateSchedule.COSINE, 4, 0), 4), 1e-12, "cosine ends near zero");
    }

    @Test
    void aWarmUpRisesFromNearlyZeroToTheRateOverItsEpochs() {
        TrainingSettings warm = run(LearningRateSchedule.CONSTANT, 2, 1);
        List<double[]> plan = RatePlan.of(warm);
        assertTrue(plan.get(0)[1] <= RATE / 50, "first batch " + plan.get(0)[1]);
        assertEquals(RATE / 2, RatePlan.at(warm, 0.5), RATE / 50);
        assertEquals(RATE, RatePlan.at(warm, 1), 1e-12, "full rate at the end of the warm-up");
        for (int i = 1; i < RatePlan.POINTS / 2; i++) {
            assertTrue(plan.get(i)[1] > plan.get(i - 1)[1], "rises at every batch of the warm-up");
        }
    }

    @Test
    void aRateChangedDuringTheRunRescalesThePlanFromWhereItWasMade() {
        TrainingSettings steps = run(LearningRateSchedule.STEP, 4, 0);
        List<org.digitworkbench.ml.train.SettingChange> changes = List.of(new org.digitworkbench.ml.train.SettingChange(
                1, 50, org.digitworkbench.ml.train.SettingChange.LEARNING_RATE, RATE, RATE / 2));
        List<double[]> plan = RatePlan.of(steps, changes, epoch -> 100);
        assertEquals(RATE, plan.get(RatePlan.POINTS / 8 - 2)[1], 1e-12, "before: the run's rate");
        assertEquals(RATE / 2, plan.get(RatePlan.POINTS / 8 + 1)[1], 1e-12, "from half the first epoch on: the new");
        assertEquals(RATE / 2 / 5, plan.get(RatePlan.POINTS * 6 / 10)[1], 1e-12, "the schedule scales from it");
        assertEquals(RATE / 10, RatePlan.at(steps, RATE / 2, 2.5), 1e-12);
    }

    /**
     * A rate change half-way through the first epoch, after which the batch size doubled: the change stays at 0.5
     * (it was at 1.0 when placed with the later epochs' count, as a past run's chart did at 1.66 for 0.83).
     */
    @Test
    void aChangeIsPlacedWithTheBatchesOfItsOwnEpoch() {
        RunCharts charts = new RunCharts();
        charts.epochEndsAt(1, 100);
        charts.epochEndsAt(2, 150);
        assertEquals(100, charts.batchesIn(1));
        assertEquals(50, charts.batchesIn(2), "twice the images per batch from the second epoch");
        assertEquals(0, charts.batchesIn(3));
        TrainingSettings constant = run(LearningRateSchedule.CONSTANT, 4, 0);
        List<org.digitworkbench.ml.train.SettingChange> changes = List.of(new org.digitworkbench.ml.train.SettingChange(
                1, 50, org.digitworkbench.ml.train.SettingChange.LEARNING_RATE, RATE, RATE / 2));
        List<double[]> plan = RatePlan.of(constant, changes, charts::batchesIn);
        assertEquals(RATE, plan.get(RatePlan.POINTS / 8 - 2)[1], 1e-12, "before half the first epoch");
        assertEquals(RATE / 2, plan.get(RatePlan.POINTS / 8 + 1)[1], 1e-12, "from half the first epoch");
    }

    @Test
    void theFormTakesAWarmUpInEpochsUpToTheRunsLength(@TempDir Path models) {
        try (BackgroundExecutor io = new BackgroundExecutor("test-io", 1)) {
            TrainSettingsForm form = new TrainSettingsForm(TEXT, new TrainFormat(TEXT),
                    new ModelService(ModelLocator.userModelsOnly(models), io, Runnable::run, TEXT));
            form.epochsProperty().set("2");
            form.warmupProperty().set("0,5");
            assertEquals(List.of(), form.problemsProperty().get());
            assertEquals(0.5, form.settings().warmup(), 1e-12);
            form.warmupProperty().set("3");
            assertEquals(List.of("Warm-up must be a number of epochs from 0 to the epochs of the run, e.g. 0.5."),
                    form.problemsProperty().get());
            form.warmupProperty().set("half");
            assertEquals(1, form.problemsProperty().get().size());
        }
    }
}
