package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** Progress, times and the wording of numbers, without the toolkit. */
class RunProgressTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);

    static LoggedRun run(int epochs) {
        return LoggedRun.starting(1, new TrainingSettings(DatasetId.MNIST, Architecture.MLP, epochs, 64, 0.001,
                Optimizer.ADAM, 42, 0), null);
    }

    @Test
    void progressCountsEpochsAndBatches() {
        RunProgress progress = new RunProgress(TEXT);
        LoggedRun run = run(4);
        progress.update(run, new IterationEvent(2, 5, 10, 15, 0.3, 1000), System.nanoTime(), false);
        assertEquals(0.375, progress.progressProperty().get(), 1e-9);
        assertEquals(0.5, progress.epochProgressProperty().get(), 1e-9);
        assertFalse(progress.progressTextProperty().get().isEmpty());
        assertFalse(progress.speedTextProperty().get().isEmpty());
        assertEquals("", progress.timeTextProperty().get(), "no clock before the data is loaded");

        progress.trainingStarted(System.nanoTime() - TimeUnit.SECONDS.toNanos(10));
        progress.update(run, new IterationEvent(2, 5, 10, 15, 0.3, 1000), System.nanoTime(), false);
        assertTrue(progress.timeTextProperty().get().contains("0:10"), progress.timeTextProperty().get());

        progress.resetText();
        assertEquals(0, progress.progressProperty().get());
        assertEquals("", progress.speedTextProperty().get());
    }

    @Test
    void theTimeLeftWaitsForTheRunsOwnPace() {
        RunProgress progress = new RunProgress(TEXT);
        LoggedRun run = run(2);
        long start = System.nanoTime();
        progress.trainingStarted(start);
        // a slow first batch: 5 s for 1 of 2,000 batches would have said almost three hours left
        progress.update(run, new IterationEvent(1, 1, 1000, 1, 0.3, 13), start + TimeUnit.SECONDS.toNanos(5), false);
        assertTrue(progress.timeTextProperty().get().contains("estimating"), progress.timeTextProperty().get());
        // then 100 batches a second
        String last = null;
        for (int i = 1; i <= 30; i++) {
            long now = start + TimeUnit.SECONDS.toNanos(5) + TimeUnit.MILLISECONDS.toNanos(100L * i);
            progress.update(run, new IterationEvent(1, 1 + 10 * i, 1000, 1 + 10 * i, 0.3, 6400), now, false);
            last = progress.timeTextProperty().get();
        }
        // 1,699 batches left at 100 a second
        assertTrue(last.contains("remaining about 0:16") || last.contains("remaining about 0:17"), last);
    }

    @Test
    void theLastBatchOfAnEpochMeansEvaluating() {
        LoggedRun run = run(2);
        assertTrue(RunProgress.evaluating(run, new IterationEvent(1, 10, 10, 10, 0.3, 1000)));
        assertFalse(RunProgress.evaluating(run, new IterationEvent(1, 9, 10, 9, 0.3, 1000)));
    }

    @Test
    void numbersAndDurationsAreWrittenForPeople() {
        TrainFormat format = new TrainFormat(TEXT);
        assertEquals("0:00", TrainFormat.duration(0));
        assertEquals("1:05", TrainFormat.duration(TimeUnit.SECONDS.toNanos(65)));
        assertEquals("1:02:05", TrainFormat.duration(TimeUnit.SECONDS.toNanos(3725)));
        assertEquals("0.001", TrainFormat.formatRate(0.0010));
        assertEquals("50.00%", format.percent(0.5));
        assertEquals(TrainFormat.NONE, format.percent(Double.NaN));
        assertEquals(TrainFormat.NONE, format.number(Double.NaN));
    }
}
