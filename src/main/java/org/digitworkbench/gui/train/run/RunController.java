package org.digitworkbench.gui.train.run;

import java.util.concurrent.Executor;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.RunRecorder;
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
    private Predicate<LoggedRun> keepPartial = run -> false;

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final RunSteering steering;
    private final RunPump pump;
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
        this.steering = new RunSteering(text, progress);
        this.whenIdle = whenIdle;
        models.statusProperty().addListener((obs, old, now) -> {
            if (runModel != null && now != null && now.dataset() == runDataset() && !steering.state().busy()
                    && now.model() != runModel) {
                steering.phase(runModelPhase);
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

    public void setKeepPartialDecision(Predicate<LoggedRun> decision) {
        this.keepPartial = decision;
    }

    /** The watched test images and what the latest run's network reads them as. */
    public WatchStrip watch() {
        return watch;
    }

    /** Pause, resume, stop and changes while paused; the run's state and phase. */
    public RunSteering steering() {
        return steering;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The dataset of the latest run; null before the first. */
    public DatasetId runDataset() {
        return steering.current() == null ? null : steering.current().settings().dataset();
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
        before = models.status();
        runModel = null;
        checkpointShown = false;
        progress.resetClock();
        error.set(null);
        LoggedRun run = log.begin(settings, startFrom == null ? null : RunRecorder.continuedFrom(startFrom));
        progress.resetText();
        steering.begin(run, runControl, text.format("train.phase.loading", settings.dataset().displayName()));
        LOG.info("Training {} on {}: {} epochs, batch {}, {} {}, seed {}{}{}", settings.architecture().id(),
                settings.dataset().id(), settings.epochs(), settings.batchSize(), settings.optimizer().id(),
                settings.learningRate(), settings.seed(), startFrom != null ? ", continuing" : "",
                settings.limit() > 0 ? ", first " + settings.limit() + " images" : "");
        TrainingJob job = new TrainingJob(run, startFrom, runFeed, runControl, runData, engine, locator, history,
                thread::closing, thread::keepOnClose, new RunReports(run, new WatchFeed(watch, settings.architecture(), io, ui), progress, ui, this));
        thread.start(job, "training-" + run.number(), runControl);
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
    public void began(LoggedRun run) {
        if (run == steering.current()) {
            steering.batchIn(false);
        }
    }

    /** After each epoch the Draw view gets a copy of the network as it stands. */
    @Override
    public void checkpoint(LoggedRun run, TrainedModel snapshot) {
        if (run == steering.current() && steering.state() != TrainState.STOPPING && !thread.closing()) {
            models.replace(run.settings().dataset(), snapshot);
            checkpointShown = true;
        }
    }

    @Override
    public void ended(LoggedRun run, TrainingOutcome outcome, Throwable saveFailure) {
        if (run != steering.current()) {
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
    public void failed(LoggedRun run, Throwable failure) {
        if (run != steering.current()) {
            return;
        }
        catchUp(run);
        error.set(failures.describe(failure, run.settings().dataset()));
        ending.failed(run, error.get());
        steering.phase(text.get("train.phase.failed"));
        idle();
    }

    private void settle(String endPhase, String endError, TrainedModel inUse, String phaseOnceReplaced) {
        steering.phase(endPhase);
        // "now used for drawing" stops being true when the user picks another model of that data set
        runModel = inUse;
        runModelPhase = phaseOnceReplaced;
        if (endError != null) {
            error.set(endError);
        }
        idle();
    }

    private void idle() {
        steering.idle();
        whenIdle.run();
    }

    /** FX thread, every pulse: see {@link TrainViewModel#pump(long)}. */
    public void pump(long nowNanos) {
        if (steering.state().busy()) {
            pump.pump(steering.current(), nowNanos, steering.state() == TrainState.PAUSED, steering::batchIn);
        }
    }

    private void catchUp(LoggedRun run) {
        pump.catchUp(run, steering::batchIn);
    }
}
