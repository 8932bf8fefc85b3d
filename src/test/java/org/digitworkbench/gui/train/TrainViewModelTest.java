package org.digitworkbench.gui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.AcquisitionException;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.gui.train.run.LoggedRun;
import org.digitworkbench.gui.train.run.TrainingEngine;
import org.digitworkbench.gui.train.run.TrainingFailureText;
import org.digitworkbench.gui.train.settings.ValidationForm;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.ValidationPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Train view's state without the toolkit: a queue stands in for the FX thread (the test thread runs it),
 * a scripted engine for the trainer, Fashion-MNIST (no shipped model) keeps ND4J out of it.
 */
class TrainViewModelTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final DatasetId DATA = DatasetId.FASHION_MNIST;
    private static final DatasetSplits NO_IMAGES = new DatasetSplits(DATA, images(), images());

    @TempDir
    Path userModels;
    @TempDir
    Path runs;
    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final BackgroundExecutor io = new BackgroundExecutor("test-io", 1);
    private ModelLocator locator;
    private ModelService models;
    private LastRunEvaluations lastRun;
    private TrainViewModel model;
    private final ScriptedEngine engine = new ScriptedEngine();
    private final List<LoggedRun> asked = new ArrayList<>();

    private static LabeledImages images() {
        return new LabeledImages(new byte[784], new byte[1], 1, 28, 28);
    }

    @BeforeEach
    void setUp() throws Exception {
        locator = ModelLocator.userModelsOnly(userModels);
        models = new ModelService(locator, io, fx::add, TEXT);
        lastRun = new LastRunEvaluations();
        model = new TrainViewModel(TEXT, models, locator, lastRun, fx::add, io, new RunHistory(runs),
                new DrawingStore(runs.resolveSibling("drawings")));
        model.datasetProperty().set(DATA);
        model.setTrainingData((id, progress) -> NO_IMAGES);
        model.controller().setEngine(engine);
        models.activate(DATA);
        runFxUntil("no model for Fashion-MNIST", () -> models.status().state() == ModelStatus.State.MISSING);
    }

    @AfterEach
    void tearDown() throws Exception {
        model.close();
        io.supply(() -> null).get(10, java.util.concurrent.TimeUnit.SECONDS); // runs written to the history first
        io.close();
    }

    private void runFxUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            Runnable task = fx.poll(10, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
            model.pump(System.nanoTime());
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 20 s for " + what + "; state "
                        + model.controller().steering().stateProperty().get());
            }
        }
    }

    static TrainedModel fakeModel(String architecture, double accuracy) {
        ModelCard card = new ModelCard(ModelCard.FORMAT, DATA.id(), architecture, 1, 1, 64, 0.001, "adam", 42, 0,
                List.of(), accuracy, 1, "2024-01-01T00:00:00Z", "test");
        // real parameters: the window draws the kernels of every checkpoint
        return new TrainedModel(card, Architecture.builtIns().stream().anyMatch(a -> a.id().equals(architecture))
                ? ParameterInitializer.initialize(Architecture.fromId(architecture), 1) : Map.of());
    }

    private static EvaluationResult evaluation(double accuracy) {
        return new EvaluationResult(accuracy, new int[10][10], List.of());
    }

    /** Plays batches until told to stop; pauses when told to. */
    static final class ScriptedEngine implements TrainingEngine {
        volatile int epochs = 2;
        volatile int batches = 20;
        volatile long batchMillis = 2;
        volatile Throwable failure;
        volatile org.digitworkbench.ml.train.TrainingSettings settings;
        final AtomicInteger played = new AtomicInteger();

        @Override
        public TrainingOutcome train(org.digitworkbench.ml.train.TrainingSettings settings, DatasetSplits data,
                                     org.digitworkbench.ml.model.TrainedModel startFrom,
                                     org.digitworkbench.ml.train.TrainingListener listener,
                                     org.digitworkbench.ml.train.TrainingControl control) {
            this.settings = settings;
            if (failure instanceof Error error) {
                throw error;
            } else if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            List<EpochEvent> done = new ArrayList<>();
            EvaluationResult last = null;
            for (int epoch = 1; epoch <= epochs; epoch++) {
                for (int batch = 1; batch <= batches; batch++) {
                    while (control.isPaused() && !control.isCancelled()) {
                        sleep(5);
                    }
                    if (control.isCancelled()) {
                        return new TrainingOutcome(fakeModel(settings.architecture().id(), 0.5), done, last, false, 5);
                    }
                    listener.onIteration(new IterationEvent(epoch, batch, batches, played.incrementAndGet(),
                            1.0 / batch, 1000));
                    sleep(batchMillis);
                }
                last = evaluation(0.8 + epoch * 0.01);
                EpochEvent event = new EpochEvent(epoch, epochs, 0.5, 0.8, last.accuracy(), 10, 10);
                done.add(event);
                listener.onEpoch(event);
                listener.onCheckpoint(fakeModel(settings.architecture().id(), last.accuracy()), last);
            }
            return new TrainingOutcome(fakeModel(settings.architecture().id(), last.accuracy()), done, last, true, 7);
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<String> problems() {
        return model.form().problemsProperty().get();
    }

    @Test
    void invalidSettingsSayWhyAndCannotStart() {
        assertEquals(List.of(), problems());
        assertTrue(model.canStartProperty().get());

        model.form().epochsProperty().set("0");
        assertEquals(List.of("Epochs must be a whole number from 1 to 100."), problems());
        assertFalse(model.canStartProperty().get());
        assertFalse(model.start());
        assertEquals(TrainState.IDLE, model.controller().steering().stateProperty().get());
        model.form().epochsProperty().set("ten");
        assertEquals(1, problems().size());
        model.form().epochsProperty().set("101");
        assertEquals(1, problems().size());
        model.form().epochsProperty().set("100");
        assertEquals(List.of(), problems());

        model.form().batchSizeProperty().set("4");
        model.form().learningRateProperty().set("0");
        model.form().seedProperty().set("4.5");
        assertEquals(List.of("Batch size must be a whole number from 8 to 4096.",
                "Learning rate must be a number greater than 0 and at most 1, e.g. 0.001.",
                "Seed must be a whole number."), problems());
        model.form().batchSizeProperty().set("4097");
        model.form().learningRateProperty().set("1.5");
        assertEquals(3, problems().size());
        model.form().batchSizeProperty().set(" 4096 ");
        model.form().learningRateProperty().set("0,01");
        model.form().seedProperty().set("-7");
        assertEquals(List.of(), problems());
        assertEquals(0.01, model.form().settings().learningRate(), 1e-12);

        // what only the engine checks comes through in its words
        model.form().setImageLimit(100);
        assertEquals(List.of("limit (100) must be at least the batch size (4096)"), problems());
        model.form().setImageLimit(0);
        assertTrue(model.canStartProperty().get());
    }

    @Test
    void aBatchTooLargeForTheArchitecturesActivationsIsRefusedInTheWindowsWords() {
        model.form().batchSizeProperty().set("4096");
        assertEquals(List.of(), problems());
        model.form().architectureProperty().set(Architecture.parse("conv(512,1,same), relu, dense(10)"));
        assertEquals(List.of("At batch 4096 this architecture's activations and their gradients take 13.2 GB, over the "
                + "limit of 4.3 GB: choose at most 1337 images a batch."), problems());
        assertFalse(model.canStartProperty().get());
        model.form().batchSizeProperty().set("1337");
        assertEquals(List.of(), problems());
    }

    @Test
    void theValidationFieldsBecomeTheRunsPlanOrSayWhatIsWrong() throws Exception {
        ValidationForm validation = model.form().validation();
        assertEquals(new ValidationPlan(5000, false, 0, false), model.form().settings().validation(), "the defaults");

        validation.imagesProperty().set("20001");
        validation.patienceProperty().set("three");
        assertEquals(List.of("Held-out images must be a whole number from 0 to 20000.",
                "Patience must be a whole number of epochs from 0 (never stop early) to 100."), problems());
        assertFalse(model.canStartProperty().get());
        validation.imagesProperty().set("0");
        validation.patienceProperty().set("2");
        validation.keepBestProperty().set(true);
        assertEquals(List.of("Keeping the best epoch needs held-out images.", "Stopping early needs held-out images."),
                problems());
        assertFalse(model.start());

        validation.imagesProperty().set(" 1200 ");
        validation.testEachEpochProperty().set(true);
        assertEquals(List.of(), problems());
        assertTrue(model.start());
        runFxUntil("the run to end", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        assertEquals(new ValidationPlan(1200, true, 2, true), engine.settings.validation(), "what the trainer was given");
    }

    @Test
    void anUntouchedLearningRateFollowsTheOptimizer() {
        model.form().optimizerProperty().set(Optimizer.SGD);
        assertEquals("0.05", model.form().learningRateProperty().get());
        model.form().learningRateProperty().set("0.02");
        model.form().optimizerProperty().set(Optimizer.RMSPROP);
        assertEquals("0.02", model.form().learningRateProperty().get());
    }

    @Test
    void continuingNeedsAModelOfTheChosenArchitecture() {
        model.form().continueTrainingProperty().set(true);
        assertFalse(model.form().canContinueProperty().get());
        assertEquals(List.of("There is no Fashion-MNIST model to continue from yet."), problems());

        models.replace(DATA, fakeModel("mlp", 0.91));
        model.form().architectureProperty().set(Architecture.CNN);
        assertEquals(List.of("The current model is a mlp; choose mlp to continue training it."), problems());
        assertFalse(model.canStartProperty().get());

        model.form().architectureProperty().set(Architecture.MLP);
        assertEquals(List.of(), problems());
        assertEquals("Continues the current mlp model (91.00% test accuracy).", model.form().continueHintProperty().get());
        assertTrue(model.start());
        assertTrue(model.log().runs().get(0).continued());
    }

    @Test
    void continuingTheUsersOwnArchitectureNeedsTheSameSpec() {
        TrainedModel own = fakeModel(Architecture.CUSTOM, 0.9);
        models.replace(DATA, new TrainedModel(own.card().withSpec("dense(64), relu, dense(10)"), Map.of()));
        model.form().continueTrainingProperty().set(true);
        model.form().architectureProperty().set(Architecture.parse("dense(32), relu, dense(10)"));
        assertFalse(model.form().canContinueProperty().get(), "both are custom, but not the same");
        assertEquals(List.of("The current model is a Custom: dense(64), relu, dense(10); choose Custom: dense(64), "
                + "relu, dense(10) to continue training it."), problems());

        model.form().architectureProperty().set(Architecture.parse("dense(64),relu,dense(10)"));
        assertTrue(model.form().canContinueProperty().get());
    }

    @Test
    void idleRunningPausedRunningFinished() throws Exception {
        engine.batchMillis = 5;
        model.form().epochsProperty().set("2");
        assertTrue(model.start());
        assertEquals(TrainState.RUNNING, model.controller().steering().stateProperty().get());
        assertFalse(model.canStartProperty().get());
        assertFalse(model.start(), "one run at a time");
        runFxUntil("a few batches", () -> engine.played.get() >= 5);

        String runningRow = model.log().describe(model.log().runs().get(0));
        assertTrue(runningRow.endsWith("\u2026 \u00b7 running"), "no frozen 0:00 while running: " + runningRow);
        model.controller().steering().pause();
        assertEquals(TrainState.PAUSED, model.controller().steering().stateProperty().get());
        Thread.sleep(60);
        int atPause = engine.played.get();
        Thread.sleep(150);
        assertTrue(engine.played.get() <= atPause + 1, "paused: no more batches");

        model.controller().steering().resume();
        assertEquals(TrainState.RUNNING, model.controller().steering().stateProperty().get());
        runFxUntil("the end of the run", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);

        LoggedRun run = model.log().runs().get(0);
        assertEquals(RunEntry.Outcome.FINISHED, run.outcome());
        io.supply(() -> null).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(run.record()), new RunHistory(runs).list(),
                "the log's record of the ended run is the entry the history holds");
        assertEquals(2, run.epochsDone());
        assertEquals(0.82, run.testAccuracy(), 1e-9);
        assertEquals(40, run.charts().loss().offered());
        assertEquals(2, run.charts().heldOutAccuracy().size());
        assertEquals(1.0, model.progress().progressProperty().get(), 1e-9);
        assertTrue(Files.isRegularFile(locator.userModelFile(DATA)), "saved as the active model");
        assertEquals(0.82, models.status().model().card().testAccuracy(), 1e-9);
        LastRunEvaluations.Run handedOver = lastRun.latestProperty().get();
        assertNotNull(handedOver);
        assertEquals(0.81, handedOver.previous().accuracy(), 1e-9);
        assertEquals(0.82, handedOver.last().accuracy(), 1e-9);
        assertTrue(model.log().describe(run).contains("finished"), model.log().describe(run));
        assertTrue(model.canStartProperty().get());
        assertNull(model.errorProperty().get());
        assertEquals("Finished: 82.00% test accuracy. The new model is now used for drawing.",
                model.controller().steering().phaseProperty().get());

        // another model of the data set chosen afterwards: the line no longer says the run's model draws
        models.replace(DATA, fakeModel("mlp", 0.91));
        assertEquals("Finished: 82.00% test accuracy. Drawing has since switched to another model.",
                model.controller().steering().phaseProperty().get());
    }

    @Test
    void aFinishedRunMakesThePickersTimeMeasuredHere() throws Exception {
        model.form().architectureProperty().set(Architecture.MLP);
        String before = model.estimates().item(Architecture.MLP).get();
        assertTrue(before.endsWith("(rough guess)"), before);
        assertTrue(model.start());
        runFxUntil("the end of the run", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        runFxUntil("the picker to say the time measured here",
                () -> model.estimates().item(Architecture.MLP).get().endsWith("here"));
        assertTrue(model.estimates().item(Architecture.CNN).get().endsWith("(rough guess)"), "only mlp ran");
    }

    @Test
    void stoppingAndDiscardingKeepsNothing() throws Exception {
        engine.batches = 100_000;
        model.controller().setKeepPartialDecision(run -> {
            asked.add(run);
            return false;
        });
        assertTrue(model.start());
        runFxUntil("a few batches", () -> engine.played.get() >= 5);
        model.controller().steering().pause();
        model.controller().steering().stop();
        assertEquals(TrainState.STOPPING, model.controller().steering().stateProperty().get());
        String timeAtStop = model.progress().timeTextProperty().get();
        assertTrue(timeAtStop.endsWith("stopped"), "no time left after Stop: " + timeAtStop);
        long stopped = System.nanoTime();
        runFxUntil("idle after stop", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        assertTrue(System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(1), "stopped within a second");
        assertEquals(1, asked.size());
        assertEquals(timeAtStop, model.progress().timeTextProperty().get(), "the clock stood still after Stop");
        assertSame(model.log().runs().get(0), asked.get(0));
        assertEquals(RunEntry.Outcome.DISCARDED, model.log().runs().get(0).outcome());
        try (Stream<Path> files = Files.list(userModels)) {
            assertEquals(List.of(), files.toList(), "no model file, no temporary file");
        }
        assertNull(lastRun.latestProperty().get());
        assertTrue(model.canStartProperty().get());
    }

    @Test
    void stoppingAndKeepingSavesThePartialModel() throws Exception {
        engine.batches = 30;
        engine.epochs = 100;
        model.controller().setKeepPartialDecision(run -> true);
        assertTrue(model.start());
        runFxUntil("one epoch", () -> model.log().runs().get(0).charts().heldOutAccuracy().size() >= 1);
        model.controller().steering().stop();
        runFxUntil("idle after stop", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        assertEquals(RunEntry.Outcome.KEPT, model.log().runs().get(0).outcome());
        assertTrue(Files.isRegularFile(locator.userModelFile(DATA)));
        assertEquals(0.5, models.status().model().card().testAccuracy(), 1e-9);
        assertNotNull(lastRun.latestProperty().get());
    }

    @Test
    void runningOutOfMemoryIsSaidAndTheViewGoesBackToIdle() throws Exception {
        engine.failure = new OutOfMemoryError("Java heap space");
        assertTrue(model.start());
        runFxUntil("the failure", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        assertTrue(model.errorProperty().get().startsWith("Out of memory while training"), model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains("smaller batch size"));
        assertEquals(RunEntry.Outcome.FAILED, model.log().runs().get(0).outcome());
        assertTrue(model.canStartProperty().get());

        engine.failure = new IllegalStateException("the graph has no output");
        assertTrue(model.start());
        assertNull(model.errorProperty().get(), "a new run clears the old error");
        runFxUntil("the failure", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        assertEquals("Training failed: the graph has no output. Check the settings and try again.",
                model.errorProperty().get());
    }

    @Test
    void dataThatCannotBeFetchedIsSaidWithWhatToDo() throws Exception {
        model.setTrainingData((id, progress) -> {
            throw new AcquisitionException(id, List.of("cache: no verified copy", "npm: registry unreachable"));
        });
        assertTrue(model.start());
        runFxUntil("the failure", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        String error = model.errorProperty().get();
        assertTrue(error.startsWith("Could not get the Fashion-MNIST images."), error);
        assertTrue(error.contains("npm: registry unreachable"), error);
        assertEquals(0, engine.played.get());
    }

    @Test
    void theRunLogKeepsEachRunsCharts() throws Exception {
        engine.epochs = 1;
        model.form().epochsProperty().set("1");
        model.start();
        runFxUntil("run 1", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        LoggedRun first = model.log().runs().get(0);
        model.start();
        runFxUntil("run 2", () -> model.controller().steering().stateProperty().get() == TrainState.IDLE);
        LoggedRun second = model.log().runs().get(0);
        assertEquals(List.of(second, first), model.log().runs());
        assertSame(second, model.log().shownRunProperty().get());
        int revision = model.log().chartRevisionProperty().get();
        model.log().show(first);
        assertSame(first, model.log().shownRunProperty().get());
        assertTrue(model.log().chartRevisionProperty().get() > revision);
        assertEquals(20, first.charts().loss().size());

        // the header above the charts speaks of the run they show, not of the latest one
        assertEquals("Run #1 (cnn on Fashion-MNIST): finished, test accuracy 81.00%", model.header().phase().get());
        assertEquals("1 of 1 epochs done", model.header().progressText().get());
        assertTrue(model.header().timeText().get().startsWith("Took "), model.header().timeText().get());
        assertEquals("", model.header().speedText().get());
        model.log().show(second);
        assertEquals(model.controller().steering().phaseProperty().get(), model.header().phase().get());
        assertEquals(model.progress().timeTextProperty().get(), model.header().timeText().get());
    }

    @Test
    void closingStopsTheRun() throws Exception {
        engine.batches = 100_000;
        model.start();
        runFxUntil("a batch", () -> engine.played.get() >= 1);
        long start = System.nanoTime();
        model.close();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
        int played = engine.played.get();
        Thread.sleep(50);
        assertEquals(played, engine.played.get(), "the training thread has ended");
        // the FX thread is gone by now in the application: the run is in the history all the same
        List<org.digitworkbench.app.RunEntry> recorded = new RunHistory(runs).list();
        assertEquals(1, recorded.size());
        assertEquals(org.digitworkbench.app.RunEntry.Outcome.DISCARDED, recorded.get(0).outcome());
    }

    @Test
    void closingAndKeepingSavesThePartialModelAndRecordsTheRunAsKept() throws Exception {
        engine.batches = 100_000;
        model.start();
        runFxUntil("a batch", () -> engine.played.get() >= 1);
        model.closeKeeping();
        int played = engine.played.get();
        Thread.sleep(50);
        assertEquals(played, engine.played.get(), "the training thread has ended");
        assertTrue(Files.isRegularFile(locator.userModelFile(DATA)), "the partial model is the data set's model");
        List<org.digitworkbench.app.RunEntry> recorded = new RunHistory(runs).list();
        assertEquals(1, recorded.size());
        assertEquals(org.digitworkbench.app.RunEntry.Outcome.KEPT, recorded.get(0).outcome());
        assertEquals(locator.userModelFile(DATA).toAbsolutePath().toString(), recorded.get(0).modelFile());
    }

    @Test
    void failuresNeverShowAStackTrace() throws IOException {
        TrainingFailureText failures = new TrainingFailureText(TEXT);
        String said = failures.describe(new RuntimeException(new OutOfMemoryError("Physical memory usage is too high")),
                DATA);
        assertTrue(said.startsWith("Out of memory"), said);
        said = failures.describe(new NullPointerException(), DATA);
        assertEquals("Training failed: NullPointerException. Check the settings and try again.", said);
    }
}
