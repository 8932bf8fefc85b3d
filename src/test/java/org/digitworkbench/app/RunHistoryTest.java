package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
    @TempDir
    Path dir;

    private static final TrainingSettings SETTINGS = TrainingSettings.defaults(DatasetId.FASHION_MNIST, Architecture.CNN);

    @Test
    void aRecordedRunComesBackWithItsCurvesAndEnding() throws IOException {
        RunHistory history = new RunHistory(dir.resolve("runs"));
        RunRecorder recorder = new RunRecorder(history, RunEntry.WINDOW, SETTINGS, null, TrainingListener.NONE);
        for (int batch = 1; batch <= 3000; batch++) {
            recorder.onIteration(new IterationEvent(1 + (batch - 1) / 1000, (batch - 1) % 1000 + 1, 1000, batch,
                    2.0 / batch, 1000, 0.001 / batch));
        }
        recorder.onEpoch(new EpochEvent(1, 3, 0.5, 0.8, 0.85, 10_000, 20_000));
        recorder.onEpoch(new EpochEvent(2, 3, 0.4, 0.9, 0.35, 0.88, Double.NaN, 20_000, 10_000));
        recorder.finish(RunEntry.Outcome.DISCARDED, null, Double.NaN, 12.5, null);

        List<RunEntry> runs = history.list();
        assertEquals(1, runs.size());
        RunEntry run = runs.get(0);
        assertEquals(SETTINGS, run.settings());
        assertEquals(RunEntry.Outcome.DISCARDED, run.outcome());
        assertTrue(Double.isNaN(run.testAccuracy()), "no test accuracy survives as NaN");
        assertNull(run.modelFile());
        assertNull(run.continuedFrom());
        assertEquals(12.5, run.seconds());
        assertEquals(2, run.history().size());
        assertEquals(0.85, run.history().get(0).testAccuracy());
        assertNull(run.history().get(0).validationAccuracy(), "nothing held out in the first");
        assertEquals(0.88, run.history().get(1).validationAccuracy());
        assertTrue(Double.isNaN(run.history().get(1).testAccuracy()), "no test score that epoch");
        assertEquals(0.35, run.history().get(1).validationLoss());
        assertNull(run.history().get(0).validationLoss());
        assertTrue(run.loss().size() <= LossTrace.MAX_POINTS && run.loss().size() >= LossTrace.MAX_POINTS / 2,
                "3000 batches thinned to " + run.loss().size());
        assertEquals(2.0, run.loss().get(0).loss(), "the first batch is kept");
        assertEquals(0.001, run.loss().get(0).x(), 1e-12, "x in epochs");
        assertEquals(1, run.loss().get(0).step());
        assertEquals(0.001, run.loss().get(0).learningRate());
        RunEntry.LossPoint end = run.loss().get(run.loss().size() - 1);
        assertEquals(3000, end.step(), "the last batch of an epoch is kept");
        assertEquals(0.001 / 3000, end.learningRate(), 1e-18);
    }

    @Test
    void newestFirstAndWhatIsNotARunIsSkippedButKept() throws IOException, InterruptedException {
        RunHistory history = new RunHistory(dir);
        new RunRecorder(history, RunEntry.COMMAND_LINE, SETTINGS, null, TrainingListener.NONE)
                .finish(RunEntry.Outcome.FAILED, null, Double.NaN, 0, "out of memory");
        Thread.sleep(5);
        new RunRecorder(history, RunEntry.WINDOW, SETTINGS, null, TrainingListener.NONE)
                .finish(RunEntry.Outcome.FINISHED, dir.resolve("m.zip"), 0.9, 30, null);
        Path junk = Files.writeString(dir.resolve("notes.json"), "{ not json");

        List<RunEntry> runs = history.list();
        assertEquals(List.of(RunEntry.WINDOW, RunEntry.COMMAND_LINE), runs.stream().map(RunEntry::source).toList());
        assertEquals("out of memory", runs.get(1).failure());
        assertTrue(Files.exists(junk), "never deletes what it cannot read");
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "one file per run, no temporary files left");
        }
    }

    @Test
    void aNullOrEmptyRecordIsSkippedAndTheOthersListed() throws IOException {
        RunHistory history = new RunHistory(dir);
        new RunRecorder(history, RunEntry.WINDOW, SETTINGS, null, TrainingListener.NONE)
                .finish(RunEntry.Outcome.FINISHED, null, 0.9, 30, null);
        Files.writeString(dir.resolve("empty.json"), "{}");
        Files.writeString(dir.resolve("null.json"), "null");
        Files.writeString(dir.resolve("no-history.json"), "{\"id\": \"x\", \"source\": \"cli\", \"dataset\":"
                + " \"mnist\", \"architecture\": \"mlp\", \"optimizer\": \"adam\", \"outcome\": \"FINISHED\","
                + " \"loss\": [], \"history\": [null]}");

        RunHistory.Listing listing = history.read();
        assertEquals(List.of(RunEntry.WINDOW), listing.runs().stream().map(RunEntry::source).toList());
        assertEquals(List.of("empty.json", "no-history.json", "null.json"),
                listing.skipped().stream().map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(1, history.list().size());
    }
}
