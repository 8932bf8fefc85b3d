package org.digitworkbench.gui.train.run;

import java.util.concurrent.Executor;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run at a time through IDLE -> RUNNING <-> PAUSED -> STOPPING -> IDLE. Lives on the FX thread ({@code ui});
 * each run trains on a daemon thread of its own ({@link TrainingJob}) and reports back through {@code ui};
 * {@link RunEnding} settles what its end means, after asking whether a stopped run is kept.
 */
public final class RunController implements AutoCloseable, RunReports.Target {
    private static final Logger LOG = LoggerFactory.getLogger(RunController.class);

    private final Messages text;
    private final TrainingFailureText failures;
    private final RunEnding ending;
    private final ModelService models;
    private final ModelLocator locator;
    private final Executor ui;
    private final BackgroundExecutor io;
    private final WatchStrip watch;
    private final RunLog log;
    private final RunProgress progress;
    private final Runnable whenIdle;
    private final RunHistory history;
    private TrainingData data = DatasetRepository.at(WorkbenchHome.current().datasets())::load;
    private TrainingEngine engine = TrainingEngine.real();
    private Predicate<RunRecord> keepPartial = run -> false;

    private final ReadOnlyObjectWrapper<TrainState> state = new ReadOnlyObjectWrapper<>(TrainState.IDLE);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    private RunRecord current;
    private final RunPump pump;
    private TrainingControl control;
    private final TrainingThread thread = new TrainingThread();
    private ModelStatus before;
    private boolean checkpointShown;
    private TrainedModel runModel;
    private String runModelPhase;

    public RunController(Messages text, ModelService models, ModelLocator locator, LastRunEvaluations lastRun,
                  Executor ui, BackgroundExecutor io, RunHistory history, RunLog log, RunProgress progress,
                  Runnable whenIdle) {
        this.text = text;
        this.failures = new TrainingFailureText(text);
        this.ending = new RunEnding(text, models, locator, lastRun, ui, io);
        this.history = history;
        this.models = models;
        this.locator = locator;
        this.ui = ui;
        this.io = io;
        this.watch = new WatchStrip(text);
        this.log = log;
        this.progress = progress;
        this.pump = new RunPump(log, progress);
        this.whenIdle = whenIdle;
        models.statusProperty().addListener((obs, old, now) -> {
            if (runModel != null && now != null && now.dataset() == runDataset() && !state.get().busy()
                    && now.model() != runModel) {
                phase.set(runModelPhase);
                runModel = null;
            }
        });
    }

    public void setTrainingData(TrainingData data) {
        this.data = data;
    }

    /** Where runs get their images, unless a run is given its own. */
    public TrainingData trainingData() {
        return data;
    }

    public void setEngine(TrainingEngine engine) {
        this.engine = engine;
    }

    public void setKeepPartialDecision(Predicate<RunRecord> decision) {
        this.keepPartial = decision;
    }

    /** The watched test images and what the latest run's network reads them as. */
    public WatchStrip watch() {
        return watch;
    }

    public ReadOnlyObjectProperty<TrainState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The dataset of the latest run; null before the first. */
    public DatasetId runDataset() {
        return current == null ? null : current.settings().dataset();
    }

    /** {@code startFrom}: the model to continue, null for a fresh network. Only when idle. */
    public void start(TrainingSettings settings, TrainedModel startFrom) {
        start(settings, startFrom, data);
    }

    /** The same, with the images this run trains on ({@code runData}: the fine-tuning mix, say). */
    public void start(TrainingSettings settings, TrainedModel startFrom, TrainingData runData) {
        ChartFeed runFeed = new ChartFeed();
        TrainingControl runControl = new TrainingControl();
        pump.follow(runFeed);
        control = runControl;
        before = models.status();
        runModel = null;
        checkpointShown = false;
        progress.resetClock();
        error.set(null);
        RunRecord run = log.begin(settings, startFrom != null);
        current = run;
        progress.resetText();
        phase.set(text.format("train.phase.loading", settings.dataset().displayName()));
        state.set(TrainState.RUNNING);
        LOG.info("Training {} on {}: {} epochs, batch {}, {} {}, seed {}{}{}", settings.architecture().id(),
                settings.dataset().id(), settings.epochs(), settings.batchSize(), settings.optimizer().id(),
                settings.learningRate(), settings.seed(), startFrom != null ? ", continuing" : "",
                settings.limit() > 0 ? ", first " + settings.limit() + " images" : "");
        TrainingJob job = new TrainingJob(run, startFrom, runFeed, runControl, runData, engine, locator, history,
                thread::closing, thread::keepOnClose, new RunReports(run, new WatchFeed(watch, settings.architecture(), io, ui), progress, ui, this));
        thread.start(job, "training-" + run.number(), runControl);
    }

    /** The run going on (or the last one), null before any. */
    public RunRecord current() {
        return current;
    }

    /** The peak rate the current run trains with now: its setting, or the last change made. */
    public double currentRate() {
        return current == null ? Double.NaN : current.rate();
    }

    /** While paused: this peak rate from the next batch on; false when no run is paused. */
    public boolean changeRate(double rate) {
        if (state.get() != TrainState.PAUSED) {
            return false;
        }
        control.changeRate(rate);
        return true;
    }

    public int currentBatchSize() {
        return current == null ? 0 : current.batchSize();
    }

    /** While paused: this batch size from the next epoch on; false when no run is paused. */
    public boolean changeBatchSize(int size) {
        if (state.get() != TrainState.PAUSED) {
            return false;
        }
        control.changeBatchSize(size);
        return true;
    }

    public void pause() {
        if (state.get() == TrainState.RUNNING) {
            control.pause();
            progress.paused(System.nanoTime());
            state.set(TrainState.PAUSED);
            phase.set(text.get("train.phase.paused"));
        }
    }

    public void resume() {
        if (state.get() == TrainState.PAUSED) {
            progress.resumed(System.nanoTime());
            control.resume();
            state.set(TrainState.RUNNING);
            phase.set(text.get("train.phase.training"));
        }
    }

    public void stop() {
        if (state.get() == TrainState.RUNNING || state.get() == TrainState.PAUSED) {
            if (state.get() == TrainState.PAUSED) {
                progress.resumed(System.nanoTime());
            }
            control.cancel();
            progress.stopped(System.nanoTime());
            state.set(TrainState.STOPPING);
            phase.set(text.get("train.phase.stopping"));
        }
    }

    /** Stops the run, keeps nothing, waits (a little) for the training thread to end. */
    @Override
    public void close() {
        close(false);
    }

    /**
     * The window closes: the run stops and, when {@code keep}, its partial model is saved as the active one; waits
     * for the training thread to record the run (longer when keeping: the model may be measured and written).
     */
    public void close(boolean keep) {
        thread.close(keep);
    }

    @Override
    public void began(RunRecord run) {
        if (run == current && state.get() == TrainState.RUNNING) {
            phase.set(text.get("train.phase.training"));
        }
    }

    /** After each epoch the Draw view gets a copy of the network as it stands. */
    @Override
    public void checkpoint(RunRecord run, TrainedModel snapshot) {
        if (run == current && state.get() != TrainState.STOPPING && !thread.closing()) {
            models.replace(run.settings().dataset(), snapshot);
            checkpointShown = true;
        }
    }

    @Override
    public void ended(RunRecord run, TrainingOutcome outcome, Throwable saveFailure) {
        if (run != current) {
            return;
        }
        catchUp(run);
        if (outcome != null && outcome.completed()) {
            ending.finished(run, outcome, saveFailure, this::settle);
        } else if (outcome != null && !thread.closing() && keepPartial.test(run)) {
            ending.kept(run, outcome, data, this::settle);
        } else {
            ending.discarded(run, outcome, checkpointShown ? before : null, this::settle);
        }
    }

    @Override
    public void failed(RunRecord run, Throwable failure) {
        if (run != current) {
            return;
        }
        catchUp(run);
        run.end(RunEntry.Outcome.FAILED, 0, (int) run.charts().trainAccuracy().offered(), Double.NaN);
        error.set(failures.describe(failure, run.settings().dataset()));
        ending.record(run, null, false, error.get());
        phase.set(text.get("train.phase.failed"));
        idle();
    }

    private void settle(String endPhase, String endError, TrainedModel inUse, String phaseOnceReplaced) {
        phase.set(endPhase);
        // "now used for drawing" stops being true when the user picks another model of that data set
        runModel = inUse;
        runModelPhase = phaseOnceReplaced;
        if (endError != null) {
            error.set(endError);
        }
        idle();
    }

    private void idle() {
        state.set(TrainState.IDLE);
        whenIdle.run();
    }

    /** FX thread, every pulse: see {@link TrainViewModel#pump(long)}. */
    public void pump(long nowNanos) {
        if (state.get().busy()) {
            pump.pump(current, nowNanos, state.get() == TrainState.PAUSED, this::batchIn);
        }
    }

    private void catchUp(RunRecord run) {
        pump.catchUp(run, this::batchIn);
    }

    private void batchIn(boolean evaluating) {
        if (state.get() == TrainState.RUNNING) {
            phase.set(text.get(evaluating ? "train.phase.evaluating" : "train.phase.training"));
        }
    }
}
