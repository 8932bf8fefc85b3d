package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.schedule.ISchedule;

/** The learning rate changed while a run is paused: taken at the next batch, the schedule scaled from it, told. */
class RateChangeTest {
    @Test
    void copiesOfTheScheduleFollowANewPeakAndTheScheduleScalesFromIt() {
        ScheduledRate rate = new ScheduledRate(LearningRateSchedule.STEP, 0.01, 100);
        ISchedule copy = rate.clone();
        rate.setPeak(0.004);
        assertEquals(0.004, copy.valueAt(10, 0), 1e-12);
        assertEquals(0.004 / 5, copy.valueAt(60, 0), 1e-12, "past half-way: a fifth of the new peak");
        assertEquals(0.004, Optimizer.ADAM.updater(rate).getLearningRate(0, 0), 1e-12);
    }

    @Test
    void aRateOutsideTheRangeIsRefused() {
        TrainingControl control = new TrainingControl();
        assertThrows(IllegalArgumentException.class, () -> control.changeRate(0));
        assertThrows(IllegalArgumentException.class, () -> control.changeRate(2));
        assertTrue(Double.isNaN(control.takeRate()), "nothing asked for");
    }

    @Test
    void aChangeWhilePausedIsTakenAtTheNextBatchAndTold() throws Exception {
        TrainingControl control = new TrainingControl();
        List<SettingChange> changes = new CopyOnWriteArrayList<>();
        CountDownLatch paused = new CountDownLatch(1);
        TrainingSettings settings = new TrainingSettings(DatasetId.MNIST, Architecture.MLP, 1, 64, 0.001,
                Optimizer.ADAM, 7, 640);
        CompletableFuture<TrainingOutcome> run = CompletableFuture.supplyAsync(() -> new Trainer().train(settings,
                TestData.mnist(), null, new TrainingListener() {
                    @Override
                    public void onIteration(IterationEvent event) {
                        if (event.batchInEpoch() == 4) {
                            control.pause();
                            paused.countDown();
                        }
                    }

                    @Override
                    public void onChange(SettingChange change) {
                        changes.add(change);
                    }
                }, control));
        assertTrue(paused.await(120, TimeUnit.SECONDS));
        control.changeRate(0.0005);
        control.changeRate(0.0002); // the last one asked for counts
        control.resume();

        assertTrue(run.get(60, TimeUnit.SECONDS).completed());
        assertEquals(List.of(new SettingChange(1, 4, SettingChange.LEARNING_RATE, 0.001, 0.0002)), changes);
    }

    @Test
    void everyBatchTellsTheRateItsUpdateUsedWarmUpScheduleAndChangesIncluded() throws Exception {
        TrainingControl control = new TrainingControl();
        List<IterationEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch paused = new CountDownLatch(1);
        TrainingSettings settings = new TrainingSettings(DatasetId.MNIST, Architecture.MLP, 2, 64, 0.001,
                Optimizer.ADAM, 7, 640).withRecipe(LearningRateSchedule.COSINE, Augmentation.NONE, 0)
                .withWarmup(0.5);
        CompletableFuture<TrainingOutcome> run = CompletableFuture.supplyAsync(() -> new Trainer().train(settings,
                TestData.mnist(), null, new TrainingListener() {
                    @Override
                    public void onIteration(IterationEvent event) {
                        events.add(event);
                        if (event.iteration() == 12) {
                            control.pause();
                            paused.countDown();
                        }
                    }
                }, control));
        assertTrue(paused.await(120, TimeUnit.SECONDS));
        control.changeRate(0.0004);
        control.resume();

        assertTrue(run.get(60, TimeUnit.SECONDS).completed());
        assertEquals(20, events.size(), "640 images in batches of 64, twice");
        for (IterationEvent event : events) {
            long batch = event.iteration() - 1;
            double peak = event.iteration() <= 12 ? 0.001 : 0.0004;
            assertEquals(LearningRateSchedule.COSINE.rate(peak, batch, 20, 5), event.learningRate(), 1e-12,
                    "batch " + event.iteration() + ": half an epoch of warm-up, then the cosine");
        }
        assertTrue(events.get(0).learningRate() < events.get(4).learningRate(), "warming up");
    }

    @Test
    void aNewBatchSizeIsTakenAtTheNextEpochAndTold() throws Exception {
        TrainingControl control = new TrainingControl();
        assertThrows(IllegalArgumentException.class, () -> control.changeBatchSize(4));
        assertEquals(0, control.takeBatchSize(), "nothing asked for");
        List<SettingChange> changes = new CopyOnWriteArrayList<>();
        List<int[]> batches = new CopyOnWriteArrayList<>(); // epoch, batch, batches per epoch
        CountDownLatch paused = new CountDownLatch(1);
        TrainingSettings settings = new TrainingSettings(DatasetId.MNIST, Architecture.MLP, 2, 64, 0.001,
                Optimizer.ADAM, 7, 640);
        CompletableFuture<TrainingOutcome> run = CompletableFuture.supplyAsync(() -> new Trainer().train(settings,
                TestData.mnist(), null, new TrainingListener() {
                    @Override
                    public void onIteration(IterationEvent event) {
                        batches.add(new int[] {event.epoch(), event.batchInEpoch(), event.batchesPerEpoch()});
                        if (event.epoch() == 1 && event.batchInEpoch() == 4) {
                            control.pause();
                            paused.countDown();
                        }
                    }

                    @Override
                    public void onChange(SettingChange change) {
                        changes.add(change);
                    }
                }, control));
        assertTrue(paused.await(120, TimeUnit.SECONDS));
        control.changeBatchSize(128);
        control.resume();

        assertTrue(run.get(60, TimeUnit.SECONDS).completed());
        assertEquals(List.of(new SettingChange(1, 4, SettingChange.BATCH_SIZE, 64, 128)), changes);
        assertEquals(10, batches.stream().filter(b -> b[0] == 1).count(), "the first epoch keeps 64 a batch");
        assertEquals(5, batches.stream().filter(b -> b[0] == 2).count(), "the second takes 128 a batch");
        assertTrue(batches.stream().filter(b -> b[0] == 2).allMatch(b -> b[2] == 5));
    }

    @Test
    void aScheduleStretchesOverTheRunsNewNumberOfBatches() {
        ScheduledRate rate = new ScheduledRate(LearningRateSchedule.COSINE, 0.01, 100);
        rate.setTotalBatches(51);
        assertEquals(0.01 * (0.001 + 0.999 * 0.5), rate.valueAt(25, 0), 1e-9, "half-way through the new total");
    }
}
