package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.digitworkbench.TestData;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.train.TrainViewModel;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.SettingChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rate typed while a real run is paused: taken at the next batch, shown in the log, kept in the history. */
class RateChangeFormTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    @TempDir
    Path dir;
    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final BackgroundExecutor io = new BackgroundExecutor("test-io", 1);
    private TrainViewModel model;
    private RunHistory history;

    @BeforeEach
    void setUp() {
        ModelLocator locator = ModelLocator.userModelsOnly(dir.resolve("models"));
        history = new RunHistory(dir.resolve("runs"));
        model = new TrainViewModel(TEXT, new ModelService(locator, io, fx::add, TEXT), locator,
                new LastRunEvaluations(), fx::add, io, history, new DrawingStore(dir.resolve("drawings")));
        model.datasetProperty().set(DatasetId.MNIST);
        model.setTrainingData((id, progress) -> TestData.mnist());
        model.controller().setEngine(TrainingEngine.real());
        model.form().architectureProperty().set(Architecture.MLP);
        model.form().epochsProperty().set("1");
        model.form().setImageLimit(640);
    }

    @AfterEach
    void tearDown() throws Exception {
        model.close();
        io.supply(() -> null).get(10, TimeUnit.SECONDS);
        io.close();
    }

    private void runFxUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            Runnable task = fx.poll(10, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
            model.pump(System.nanoTime());
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited for " + what);
            }
        }
    }

    @Test
    void aRateTypedWhilePausedIsTakenAtTheNextBatchAndLogged() throws Exception {
        RateChangeForm form = model.rateChange();
        form.rateProperty().set("0.0005");
        assertFalse(form.apply(), "no run paused");
        runFxUntil("the models folder looked at", () -> model.canStartProperty().get());
        assertTrue(model.start());
        model.controller().steering().pause(); // the first batch runs, then the run waits
        assertEquals("0.001", form.rateProperty().get(), "starts from the run's rate");

        form.rateProperty().set("2");
        assertFalse(form.apply());
        assertEquals(TEXT.get("train.invalid.learningRate"), form.resultProperty().get());
        form.rateProperty().set("0,0005");
        assertTrue(form.apply());
        model.controller().steering().resume();
        runFxUntil("the run to end", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);

        LoggedRun run = model.log().runs().get(0);
        assertEquals(RunEntry.Outcome.FINISHED, run.outcome(), () -> model.errorProperty().get());
        assertEquals(List.of(new SettingChange(1, 1, SettingChange.LEARNING_RATE, 0.001, 0.0005)), run.changes());
        assertEquals(0.0005, run.rate(), 1e-12);
        String row = model.log().describe(run);
        assertTrue(row.contains("rate 0.001 \u2192 0.0005 after epoch 1, batch 1"), row);
        io.supply(() -> null).get(10, TimeUnit.SECONDS); // the history is written on the io thread
        assertEquals(run.changes(), history.list().get(0).changes());
    }

    @Test
    void aBatchSizeTypedWhilePausedIsTakenAtTheNextEpochAndLogged() throws Exception {
        RateChangeForm form = model.rateChange();
        model.form().epochsProperty().set("2");
        runFxUntil("the models folder looked at", () -> model.canStartProperty().get());
        assertTrue(model.start());
        model.controller().steering().pause();
        assertEquals("64", form.batchProperty().get(), "starts from the run's batch size");

        form.batchProperty().set("3");
        assertFalse(form.apply());
        assertEquals(TEXT.format("train.invalid.batch", 8, 4096), form.resultProperty().get());
        form.batchProperty().set("128");
        assertTrue(form.apply());
        assertEquals("Batch size 128 from the next epoch", form.resultProperty().get(), "the rate, unchanged, not asked");
        model.controller().steering().resume();
        runFxUntil("the run to end", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);

        LoggedRun run = model.log().runs().get(0);
        assertEquals(RunEntry.Outcome.FINISHED, run.outcome(), () -> model.errorProperty().get());
        assertEquals(List.of(new SettingChange(1, 1, SettingChange.BATCH_SIZE, 64, 128)), run.changes());
        assertEquals(128, run.batchSize());
        String row = model.log().describe(run);
        assertTrue(row.contains("batch size 64 \u2192 128 after epoch 1, batch 1"), row);
        io.supply(() -> null).get(10, TimeUnit.SECONDS);
        assertEquals(run.changes(), history.list().get(0).changes());
    }
}
