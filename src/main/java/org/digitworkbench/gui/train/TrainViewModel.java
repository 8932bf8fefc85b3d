package org.digitworkbench.gui.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.acquire.AcquisitionException;
import org.digitworkbench.data.acquire.DatasetAcquirer;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.TrainingSettings;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the Train view: the settings form and its validation, the run state machine
 * (IDLE -> RUNNING <-> PAUSED -> STOPPING -> IDLE), live progress and charts, the run log.
 * Lives on the FX thread ({@code ui}); each run trains on a daemon thread of its own and reports back
 * through {@code ui}. Chart points travel through a {@link ChartFeed} drained by {@link #pump(long)}.
 */
public final class TrainViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainViewModel.class);
    static final long JOIN_ON_CLOSE_MILLIS = 3000;

    private final Messages text;
    private final ModelService models;
    private final ModelLocator locator;
    private final LastRunEvaluations lastRun;
    private final Executor ui;
    private final BackgroundExecutor io;
    private TrainingData data;
    private TrainingEngine engine = TrainingEngine.real();
    private Predicate<RunRecord> keepPartial = run -> false;
    private int imageLimit;

    // the form
    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetId.MNIST);
    private final ObjectProperty<Architecture> architecture =
            new SimpleObjectProperty<>(this, "architecture", Architecture.CNN);
    private final StringProperty epochs = new SimpleStringProperty(this, "epochs", "5");
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "64");
    private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate",
            formatRate(Optimizer.ADAM.defaultLearningRate()));
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(this, "optimizer", Optimizer.ADAM);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final BooleanProperty continueTraining = new SimpleBooleanProperty(this, "continueTraining");
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper continueHint = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper();

    // the run
    private final ReadOnlyObjectWrapper<TrainState> state = new ReadOnlyObjectWrapper<>(TrainState.IDLE);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper epochProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valuesText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunRecord> shownRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper chartRevision = new ReadOnlyIntegerWrapper();
    private final BooleanBinding canStart;

    private RunRecord current;
    private ChartFeed feed;
    private TrainingControl control;
    private Thread worker;
    private ModelStatus before;
    private boolean checkpointShown;
    private volatile boolean closing;
    private volatile long trainingStartNanos;
    private long pausedSince;
    private long pausedNanos;
    private double speed = Double.NaN;
    private int runCounter;

    public TrainViewModel(Messages text, ModelService models, ModelLocator locator, LastRunEvaluations lastRun,
                          Executor ui, BackgroundExecutor io) {
        this.text = text;
        this.models = models;
        this.locator = locator;
        this.lastRun = lastRun;
        this.ui = ui;
        this.io = io;
        this.data = CachedTrainingData.withDefaults();
        Observable[] inputs = {dataset, architecture, epochs, batchSize, learningRate, optimizer, seed,
            continueTraining, models.statusProperty()};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        optimizer.addListener((obs, old, now) -> {
            // a rate the user never touched follows the optimizer's default
            if (old != null && now != null && formatRate(old.defaultLearningRate()).equals(learningRate.get())) {
                learningRate.set(formatRate(now.defaultLearningRate()));
            }
        });
        canStart = Bindings.createBooleanBinding(() -> state.get() == TrainState.IDLE && problems.get().isEmpty(),
                state, problems);
        validate();
    }

    // ---------------------------------------------------------------- form

    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<Architecture> architectureProperty() {
        return architecture;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** True: start from the active model's weights; false: from scratch. */
    public BooleanProperty continueTrainingProperty() {
        return continueTraining;
    }

    /** Why the settings cannot be trained; empty when they can. */
    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** What "continue" would start from, or why it cannot. */
    public ReadOnlyStringProperty continueHintProperty() {
        return continueHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    private void validate() {
        List<String> found = new ArrayList<>();
        Integer epochCount = parseInt(epochs.get());
        if (epochCount == null || epochCount < 1 || epochCount > TrainingSettings.MAX_EPOCHS) {
            found.add(text.format("train.invalid.epochs", TrainingSettings.MAX_EPOCHS));
        }
        Integer batch = parseInt(batchSize.get());
        if (batch == null || batch < TrainingSettings.MIN_BATCH || batch > TrainingSettings.MAX_BATCH) {
            found.add(text.format("train.invalid.batch", TrainingSettings.MIN_BATCH, TrainingSettings.MAX_BATCH));
        }
        Double rate = parseRate(learningRate.get());
        if (rate == null || !(rate > 0 && rate <= 1)) {
            found.add(text.get("train.invalid.learningRate"));
        }
        Long seedValue = parseLong(seed.get());
        if (seedValue == null) {
            found.add(text.get("train.invalid.seed"));
        }
        updateContinue();
        if (continueTraining.get() && !canContinue.get()) {
            found.add(continueHint.get());
        }
        if (found.isEmpty()) {
            found.addAll(settings().problems()); // anything the engine refuses that the form does not check
        }
        problems.set(List.copyOf(found));
    }

    private void updateContinue() {
        ModelStatus status = models.status();
        Architecture chosen = architecture.get();
        DatasetId current = dataset.get();
        if (status == null || status.dataset() != current || status.state() == ModelStatus.State.LOADING) {
            canContinue.set(false);
            continueHint.set(text.get("train.continue.loading"));
        } else if (!status.ready()) {
            canContinue.set(false);
            continueHint.set(text.format("train.continue.none", current.displayName()));
        } else {
            String active = status.model().card().architecture();
            boolean same = chosen != null && chosen.id().equals(active);
            canContinue.set(same);
            continueHint.set(same ? text.format("train.continue.ok", active, percent(status.model().card().testAccuracy()))
                    : text.format("train.continue.mismatch", active));
        }
    }

    /** The settings as the form stands (parse failures fall back to invalid values the engine names). */
    TrainingSettings settings() {
        Integer e = parseInt(epochs.get());
        Integer b = parseInt(batchSize.get());
        Double r = parseRate(learningRate.get());
        Long s = parseLong(seed.get());
        return new TrainingSettings(dataset.get(), architecture.get(), e == null ? 0 : e, b == null ? 0 : b,
                r == null ? Double.NaN : r, optimizer.get(), s == null ? 0 : s, imageLimit);
    }

    // ---------------------------------------------------------------- what tests and the window plug in

    /** Test hook: train on the first {@code limit} images only (0: all). */
    public void setImageLimit(int limit) {
        this.imageLimit = limit;
        validate();
    }

    public void setTrainingData(TrainingData data) {
        this.data = data;
    }

    public void setEngine(TrainingEngine engine) {
        this.engine = engine;
    }

    /** Asked on the FX thread when a stopped run has weights: true keeps (saves) them, false discards them. */
    public void setKeepPartialDecision(Predicate<RunRecord> decision) {
        this.keepPartial = decision;
    }

    // ---------------------------------------------------------------- the run

    public ReadOnlyObjectProperty<TrainState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TrainState state() {
        return state.get();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** 0 to 1 over the whole run. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** 0 to 1 within the current epoch. */
    public ReadOnlyDoubleProperty epochProgressProperty() {
        return epochProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    /** The current values under the charts: loss (raw, smoothed) and the accuracies. */
    public ReadOnlyStringProperty valuesTextProperty() {
        return valuesText.getReadOnlyProperty();
    }

    /** What went wrong, said for the user; null when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Every run of this session, newest first. */
    public ObservableList<RunRecord> runs() {
        return runs;
    }

    public ReadOnlyObjectProperty<RunRecord> shownRunProperty() {
        return shownRun.getReadOnlyProperty();
    }

    /** Grows whenever the shown run's chart data changed (new points or another run shown). */
    public ReadOnlyIntegerProperty chartRevisionProperty() {
        return chartRevision.getReadOnlyProperty();
    }

    public void show(RunRecord run) {
        if (run != null && run != shownRun.get()) {
            shownRun.set(run);
            updateValues(run);
            chartRevision.set(chartRevision.get() + 1);
        }
    }

    /** Starts a run with the form's settings; false (and nothing happens) when it cannot start. */
    public boolean start() {
        if (!canStart.get()) {
            return false;
        }
        TrainingSettings settings = settings();
        Map<String, INDArray> startFrom = continueTraining.get() ? models.status().model().params() : null;
        RunRecord run = new RunRecord(++runCounter, settings, startFrom != null);
        ChartFeed runFeed = new ChartFeed();
        TrainingControl runControl = new TrainingControl();
        current = run;
        feed = runFeed;
        control = runControl;
        before = models.status();
        checkpointShown = false;
        trainingStartNanos = 0;
        pausedNanos = 0;
        speed = Double.NaN;
        error.set(null);
        runs.add(0, run);
        show(run);
        progress.set(0);
        epochProgress.set(0);
        progressText.set("");
        speedText.set("");
        timeText.set("");
        phase.set(text.format("train.phase.loading", settings.dataset().displayName()));
        state.set(TrainState.RUNNING);
        LOG.info("Training {} on {}: {} epochs, batch {}, {} {}, seed {}{}{}", settings.architecture().id(),
                settings.dataset().id(), settings.epochs(), settings.batchSize(), settings.optimizer().id(),
                settings.learningRate(), settings.seed(), startFrom != null ? ", continuing" : "",
                settings.limit() > 0 ? ", first " + settings.limit() + " images" : "");
        worker = new Thread(() -> train(run, settings, startFrom, runFeed, runControl), "training-" + run.number());
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    public void pause() {
        if (state.get() == TrainState.RUNNING) {
            control.pause();
            pausedSince = System.nanoTime();
            state.set(TrainState.PAUSED);
            phase.set(text.get("train.phase.paused"));
        }
    }

    public void resume() {
        if (state.get() == TrainState.PAUSED) {
            pausedNanos += System.nanoTime() - pausedSince;
            control.resume();
            state.set(TrainState.RUNNING);
            phase.set(text.get("train.phase.training"));
        }
    }

    /** Asks the run to stop; it does within a second, and then {@link #setKeepPartialDecision} decides. */
    public void stop() {
        if (state.get() == TrainState.RUNNING || state.get() == TrainState.PAUSED) {
            if (state.get() == TrainState.PAUSED) {
                pausedNanos += System.nanoTime() - pausedSince;
            }
            control.cancel();
            state.set(TrainState.STOPPING);
            phase.set(text.get("train.phase.stopping"));
        }
    }

    /** The window closes: stop the run, keep nothing, wait (a little) for the training thread to end. */
    @Override
    public void close() {
        closing = true;
        TrainingControl runControl = control;
        Thread thread = worker;
        if (runControl != null) {
            runControl.cancel();
        }
        if (thread != null && thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(JOIN_ON_CLOSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("Training thread still running {} ms after it was told to stop", JOIN_ON_CLOSE_MILLIS);
            }
        }
    }

    /** Training thread. */
    private void train(RunRecord run, TrainingSettings settings, Map<String, INDArray> startFrom, ChartFeed runFeed,
                       TrainingControl runControl) {
        try {
            var splits = data.load(settings.dataset(), (stage, done, total) -> { });
            if (runControl.isCancelled()) {
                ui.execute(() -> ended(run, null, null));
                return;
            }
            trainingStartNanos = System.nanoTime();
            ui.execute(() -> {
                if (run == current && state.get() == TrainState.RUNNING) {
                    phase.set(text.get("train.phase.training"));
                }
            });
            TrainingOutcome outcome = engine.train(settings, splits, startFrom, new TrainingListener() {
                @Override
                public void onIteration(IterationEvent event) {
                    runFeed.offer(event);
                }

                @Override
                public void onEpoch(EpochEvent event) {
                    runFeed.offer(event);
                }

                @Override
                public void onCheckpoint(TrainedModel snapshot, EvaluationResult evaluation) {
                    run.addEvaluation(evaluation);
                    ui.execute(() -> showCheckpoint(run, snapshot));
                }
            }, runControl);
            Throwable saveFailure = null;
            if (outcome.completed() && !closing) {
                try {
                    locator.saveAsActive(outcome.model()); // written beside and moved over: never half a file
                } catch (IOException | RuntimeException e) {
                    saveFailure = e;
                }
            }
            Throwable failure = saveFailure;
            ui.execute(() -> ended(run, outcome, failure));
        } catch (Throwable e) { // OutOfMemoryError too: the run is lost, the application is not
            LOG.warn("Training run {} failed", run.number(), e);
            ui.execute(() -> failed(run, e));
        }
    }

    /** After each epoch the Draw view gets a copy of the network as it stands. */
    private void showCheckpoint(RunRecord run, TrainedModel snapshot) {
        if (run == current && state.get() != TrainState.STOPPING && !closing) {
            models.replace(run.settings().dataset(), snapshot);
            checkpointShown = true;
        }
    }

    private void ended(RunRecord run, TrainingOutcome outcome, Throwable saveFailure) {
        if (run != current) {
            return;
        }
        catchUp(run);
        DatasetId runDataset = run.settings().dataset();
        if (outcome != null && outcome.completed()) {
            models.replace(runDataset, outcome.model());
            publishEvaluations(run);
            run.end(RunRecord.Outcome.FINISHED, outcome.millis(), outcome.epochs().size());
            phase.set(text.format("train.phase.finished", percent(run.charts().lastTestAccuracy())));
            if (saveFailure != null) {
                error.set(text.format("train.error.save", describe(saveFailure)));
            }
            LOG.info("Run {} finished in {} ms: test accuracy {}", run.number(), outcome.millis(),
                    run.charts().lastTestAccuracy());
            idle();
            return;
        }
        boolean keep = outcome != null && !closing && keepPartial.test(run);
        long millis = outcome == null ? 0 : outcome.millis();
        int epochsDone = outcome == null ? 0 : outcome.epochs().size();
        if (!keep) {
            if (checkpointShown && before != null && before.ready() && before.dataset() == runDataset) {
                models.replace(runDataset, before.model()); // the Draw view goes back to the model it had
            }
            run.end(RunRecord.Outcome.DISCARDED, millis, epochsDone);
            phase.set(text.get("train.phase.discarded"));
            idle();
            return;
        }
        TrainedModel partial = outcome.model();
        io.execute(() -> {
            Throwable failure = null;
            try {
                locator.saveAsActive(partial);
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
            Throwable saveError = failure;
            ui.execute(() -> {
                models.replace(runDataset, partial);
                if (epochsDone > 0) {
                    publishEvaluations(run);
                }
                run.end(RunRecord.Outcome.KEPT, millis, epochsDone);
                phase.set(text.get("train.phase.kept"));
                if (saveError != null) {
                    error.set(text.format("train.error.save", describe(saveError)));
                }
                idle();
            });
        });
    }

    private void failed(RunRecord run, Throwable failure) {
        if (run != current) {
            return;
        }
        catchUp(run);
        run.end(RunRecord.Outcome.FAILED, 0, (int) run.charts().trainAccuracy().offered());
        error.set(describe(failure));
        phase.set(text.get("train.phase.failed"));
        idle();
    }

    private void idle() {
        state.set(TrainState.IDLE);
        validate();
    }

    private void catchUp(RunRecord run) {
        if (feed.drainAll(run.charts()) > 0) {
            updateProgress(run, System.nanoTime());
            if (shownRun.get() == run) {
                updateValues(run);
                chartRevision.set(chartRevision.get() + 1);
            }
        }
    }

    private void publishEvaluations(RunRecord run) {
        EvaluationResult[] lastTwo = run.lastTwoEvaluations();
        if (lastTwo[1] != null) {
            lastRun.latestProperty().set(new LastRunEvaluations.Run(run.settings().dataset(), lastTwo[0], lastTwo[1]));
        }
    }

    /**
     * FX thread, every pulse: at most {@link ChartFeed#DRAINS_PER_SECOND} times a second moves the training
     * thread's points into the charts and updates progress, speed and times.
     */
    public void pump(long nowNanos) {
        RunRecord run = current;
        if (run == null || feed == null || !state.get().busy()) {
            return;
        }
        int moved = feed.drain(run.charts(), nowNanos);
        if (moved < 0) {
            return;
        }
        updateProgress(run, nowNanos);
        if (moved > 0 && shownRun.get() == run) {
            updateValues(run);
            chartRevision.set(chartRevision.get() + 1);
        }
    }

    private void updateProgress(RunRecord run, long nowNanos) {
        IterationEvent latest = feed.latest();
        if (latest == null) {
            return;
        }
        int epochCount = run.settings().epochs();
        double inEpoch = (double) latest.batchInEpoch() / Math.max(1, latest.batchesPerEpoch());
        double overall = Math.min(1, (latest.epoch() - 1 + inEpoch) / epochCount);
        progress.set(overall);
        epochProgress.set(inEpoch);
        progressText.set(text.format("train.progress", latest.epoch(), epochCount, latest.batchInEpoch(),
                latest.batchesPerEpoch()));
        if (Double.isFinite(latest.imagesPerSecond())) {
            speed = Double.isNaN(speed) ? latest.imagesPerSecond() : 0.7 * speed + 0.3 * latest.imagesPerSecond();
            speedText.set(text.format("train.speed", Math.round(speed)));
        }
        long start = trainingStartNanos;
        if (start != 0) {
            long paused = pausedNanos + (state.get() == TrainState.PAUSED ? nowNanos - pausedSince : 0);
            long elapsed = Math.max(0, nowNanos - start - paused);
            String eta = overall > 0.005 && overall < 1
                    ? duration((long) (elapsed * (1 - overall) / overall)) : "\u2013";
            timeText.set(text.format("train.time", duration(elapsed), eta));
        }
        boolean evaluating = latest.batchInEpoch() == latest.batchesPerEpoch()
                && run.charts().trainAccuracy().offered() < latest.epoch();
        if (state.get() == TrainState.RUNNING && trainingStartNanos != 0) {
            phase.set(text.get(evaluating ? "train.phase.evaluating" : "train.phase.training"));
        }
    }

    private void updateValues(RunRecord run) {
        RunCharts charts = run.charts();
        valuesText.set(text.format("train.values", number(charts.lastLoss()), number(charts.smoothedLoss()),
                percent(charts.lastTrainAccuracy()), percent(charts.lastTestAccuracy())));
    }

    // ---------------------------------------------------------------- saying things

    /** What the user reads when a run fails: what happened and what to do, never a stack trace. */
    String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError || mentionsMemory(cause.getMessage())) {
                return text.format("train.error.memory", Math.round(Runtime.getRuntime().maxMemory() / 1048576.0));
            }
            if (cause instanceof AcquisitionException acquisition) {
                DatasetId id = current != null ? current.settings().dataset() : dataset.get();
                return text.format("train.error.data", id.displayName(),
                        DatasetAcquirer.defaultCacheRoot().resolve(id.id()),
                        String.join("; ", acquisition.failures()));
            }
        }
        String message = failure.getMessage();
        return text.format("train.error.other", message == null || message.isBlank()
                ? failure.getClass().getSimpleName() : message);
    }

    private static boolean mentionsMemory(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("outofmemory") || lower.contains("out of memory") || lower.contains("physical memory");
    }

    public String describe(RunRecord run) {
        TrainingSettings s = run.settings();
        String how = switch (run.outcome()) {
            case RUNNING -> text.get("train.log.running");
            case FINISHED -> text.get("train.log.finished");
            case KEPT -> text.get("train.log.kept");
            case DISCARDED -> text.get("train.log.discarded");
            case FAILED -> text.get("train.log.failed");
        };
        return text.format("train.log.entry", run.number(), s.architecture().id(), s.dataset().displayName(),
                s.epochs(), s.batchSize(), optimizerName(s.optimizer()), formatRate(s.learningRate()), s.seed(),
                percent(run.charts().lastTrainAccuracy()), percent(run.charts().lastTestAccuracy()),
                duration(TimeUnit.MILLISECONDS.toNanos(run.millis())), how,
                run.continued() ? text.get("train.log.continued") : "");
    }

    public String optimizerName(Optimizer o) {
        return text.get("train.optimizer." + o.id());
    }

    public String describe(Architecture a) {
        return text.format("train.architecture.item", a.id(), a.parameterCount(),
                ArchitectureInfo.expectedSecondsPerEpoch(a));
    }

    String percent(double fraction) {
        return Double.isNaN(fraction) ? "\u2013" : String.format(text.locale(), "%.2f%%", fraction * 100);
    }

    private String number(double value) {
        return Double.isNaN(value) ? "\u2013" : String.format(text.locale(), "%.4f", value);
    }

    static String duration(long nanos) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    static String formatRate(double rate) {
        return java.math.BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }

    private static Integer parseInt(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseRate(String value) {
        try {
            return value == null ? null : Double.valueOf(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
