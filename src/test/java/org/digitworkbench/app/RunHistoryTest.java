package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        assertEquals(1, run.number());
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
            assertEquals(3, files.filter(Files::isRegularFile).count(), "one file per run, no temporary files left");
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

    private static RunEntry record(RunHistory history, double accuracy, Path model) throws IOException {
        return new RunRecorder(history, RunEntry.WINDOW, SETTINGS, null, TrainingListener.NONE)
                .finish(RunEntry.Outcome.FINISHED, model, accuracy, 1, null);
    }

    private static List<Integer> numbers(RunHistory history) throws IOException {
        return history.list().stream().map(RunEntry::number).toList();
    }

    @Test
    void aRemovedRunsNumberIsNeverGivenAgainAndItsModelStays() throws IOException {
        RunHistory history = new RunHistory(dir.resolve("runs"));
        Path model = Files.writeString(dir.resolve("two.zip"), "weights");
        RunEntry first = record(history, 0.1, null);
        RunEntry second = record(history, 0.2, model);
        RunEntry third = record(history, 0.3, null);
        assertEquals(List.of(1, 2, 3), List.of(first.number(), second.number(), third.number()));

        RunEntry removed = history.remove(second.id());
        RunRecorder fourth = new RunRecorder(history, RunEntry.COMMAND_LINE, SETTINGS, null, TrainingListener.NONE);
        assertEquals(4, fourth.number(), "2 was removed, yet stays taken");
        fourth.finish(RunEntry.Outcome.DISCARDED, null, Double.NaN, 1, null);

        assertEquals(2, removed.number());
        assertEquals(List.of(4, 3, 1), numbers(history), "newest first; run 3 keeps its number");
        assertEquals(List.of(third.id(), first.id()), history.list().stream().skip(1).map(RunEntry::id).toList());
        assertEquals(5, history.nextNumber());
        assertEquals("weights", Files.readString(model), "the model a removed run wrote is left alone");
        assertTrue(Files.exists(history.removedDir().resolve(second.id() + ".json")), "removed, not deleted");
        assertThrows(IllegalArgumentException.class, () -> history.remove(second.id()), "gone from the listing");
    }

    @Test
    void aRunRemovedTwiceUnderOneIdKeepsBothFiles() throws IOException {
        RunHistory history = new RunHistory(dir);
        RunEntry run = record(history, 0.9, null);
        history.remove(run.id());
        history.append(run.withLabels("put back by hand", null));
        history.remove(run.id());

        assertEquals(List.of(), history.list());
        try (var files = Files.list(history.removedDir())) {
            assertEquals(2, files.count(), "the second move does not replace the first");
        }
    }

    @Test
    void runsWrittenBeforeNumbersAreNumberedByTheirStartRemovedOnesIncluded() throws IOException {
        RunHistory history = new RunHistory(dir);
        for (String id : List.of("20260101-100000-000-mnist-mlp", "20260102-100000-000-mnist-mlp",
                "20260103-100000-000-mnist-mlp")) {
            Files.writeString(dir.resolve(id + ".json"), oldEntry(id));
        }
        history.remove("20260102-100000-000-mnist-mlp");

        List<RunEntry> runs = history.list();
        assertEquals(List.of(3, 1), runs.stream().map(RunEntry::number).toList());
        assertEquals(4, history.nextNumber());
        assertEquals(4, record(history, 0.9, null).number());
        assertEquals(List.of(4, 3, 1), numbers(history));

        RunEntry old = runs.get(0);
        assertNull(old.name());
        assertNull(old.note());
        assertEquals(new RunEntry.LossPoint(0.5, 1.5), old.loss().get(0), "no rate nor step in an old trace");
        assertNull(old.loss().get(0).learningRate());
        assertEquals(0, old.loss().get(0).step());
        assertNull(old.history().get(0).validationLoss());
        assertEquals(0.97, old.history().get(0).validationAccuracy());
    }

    /** An entry as written before runs had numbers, names or notes, rates, steps or validation losses. */
    private static String oldEntry(String id) {
        return "{\"id\": \"" + id + "\", \"source\": \"cli\", \"startedAt\": \"2026-01-01T10:00:00Z\","
                + " \"dataset\": \"mnist\", \"architecture\": \"mlp\", \"epochs\": 1, \"batchSize\": 64,"
                + " \"learningRate\": 0.001, \"optimizer\": \"adam\", \"seed\": 42, \"limit\": 0,"
                + " \"loss\": [{\"x\": 0.5, \"loss\": 1.5}],"
                + " \"history\": [{\"epoch\": 1, \"trainLoss\": 0.3, \"trainAccuracy\": 0.9,"
                + " \"testAccuracy\": 0.95, \"seconds\": 3, \"validationAccuracy\": 0.97}],"
                + " \"outcome\": \"FINISHED\", \"testAccuracy\": 0.95, \"seconds\": 3}";
    }

    @Test
    void aNameAndNoteAreWrittenIntoTheRunsFile() throws IOException {
        RunHistory history = new RunHistory(dir);
        RunEntry run = record(history, 0.9, null);

        RunEntry named = history.rename(run.id(), "  wider layers  ", "tried 256 units\nbetter by 0.4%");
        assertEquals("wider layers", named.name());
        assertEquals("tried 256 units\nbetter by 0.4%", named.note());
        assertEquals(named, history.list().get(0), "read back from the file");
        assertEquals(run.withLabels("wider layers", "tried 256 units\nbetter by 0.4%"), named, "nothing else changes");

        RunEntry cleared = history.rename(run.id(), " ", "");
        assertNull(cleared.name(), "blank is no name");
        assertNull(history.list().get(0).note());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "no temporary file left");
        }
    }

    @Test
    void aNameTooLongOrOfSeveralLinesOrAnUnknownRunIsRefusedAndNothingChanges() throws IOException {
        RunHistory history = new RunHistory(dir);
        RunEntry run = record(history, 0.9, null);
        history.rename(run.id(), "kept", null);

        IllegalArgumentException longName = assertThrows(IllegalArgumentException.class,
                () -> history.rename(run.id(), "n".repeat(RunLabels.MAX_NAME + 1), null));
        assertTrue(longName.getMessage().contains("at most 80 characters"), longName.getMessage());
        history.rename(run.id(), "n".repeat(RunLabels.MAX_NAME), null);
        IllegalArgumentException longNote = assertThrows(IllegalArgumentException.class,
                () -> history.rename(run.id(), "x", "n".repeat(RunLabels.MAX_NOTE + 1)));
        assertTrue(longNote.getMessage().contains("note is at most 2000"), longNote.getMessage());
        assertThrows(IllegalArgumentException.class, () -> history.rename(run.id(), "two\nlines", null));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> history.rename("no-such-run", "x", null));
        assertTrue(unknown.getMessage().contains("no run no-such-run"), unknown.getMessage());
        assertEquals("n".repeat(RunLabels.MAX_NAME), history.list().get(0).name());
    }

    @Test
    void aRunNamedWhileItIsRecordedKeepsItsName() throws IOException {
        RunHistory history = new RunHistory(dir);
        RunRecorder recorder = new RunRecorder(history, RunEntry.WINDOW, SETTINGS, null, TrainingListener.NONE);
        recorder.name("first try");
        recorder.note("while it ran");
        assertEquals("first try", recorder.soFar().name());

        RunEntry written = recorder.finish(RunEntry.Outcome.FINISHED, null, 0.9, 1, null);
        assertEquals("first try", written.name());
        assertEquals("while it ran", history.list().get(0).note());

        recorder.name("renamed after");
        assertEquals("renamed after", history.list().get(0).name(), "a name given once written rewrites it");
        assertEquals("while it ran", history.list().get(0).note());
    }

    @Test
    void runsStartedAtOnceNeverShareANumber() throws Exception {
        Path runs = dir.resolve("runs");
        List<Callable<List<Integer>>> starts = new ArrayList<>();
        for (int thread = 0; thread < 6; thread++) {
            starts.add(() -> {
                List<Integer> taken = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    taken.add(new RunHistory(runs).claimNumber());
                }
                return taken;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Set<Integer> all = new HashSet<>();
            for (Future<List<Integer>> taken : pool.invokeAll(starts)) {
                all.addAll(taken.get());
            }
            assertEquals(30, all.size(), "30 numbers taken, none twice: " + all);
            assertEquals(31, new RunHistory(runs).nextNumber());
        } finally {
            pool.shutdownNow();
        }
    }
}
