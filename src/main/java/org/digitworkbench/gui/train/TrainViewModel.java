package org.digitworkbench.gui.train;

import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.train.common.ChartOptions;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.gui.train.run.CurveExports;
import org.digitworkbench.gui.train.run.DrawingsFineTune;
import org.digitworkbench.gui.train.run.RateChangeForm;
import org.digitworkbench.gui.train.layers.LayersModel;
import org.digitworkbench.gui.train.run.RunController;
import org.digitworkbench.gui.train.run.RunEdits;
import org.digitworkbench.gui.train.run.RunLog;
import org.digitworkbench.gui.train.run.RunProgress;
import org.digitworkbench.gui.train.run.ShownRunHeader;
import org.digitworkbench.gui.train.run.TrainingData;
import org.digitworkbench.gui.train.settings.EpochEstimates;
import org.digitworkbench.gui.train.settings.TrainSettingsForm;
import org.digitworkbench.ml.store.ModelLocator;

/**
 * State of the Train view: the settings form ({@link TrainSettingsForm}), the runs ({@link RunController}),
 * their progress ({@link RunProgress}) and the run log ({@link RunLog}). FX thread ({@code ui}); chart points
 * travel from the training thread through a {@link ChartFeed} drained by {@link #pump(long)}.
 */
public final class TrainViewModel implements AutoCloseable {
    private final TrainSettingsForm form;
    private final RunLog log;
    private final RunProgress progress;
    private final RunController runs;
    private final DrawingsFineTune fineTune;
    private final EpochEstimates estimates;
    private final CurveExports exports;
    private final RateChangeForm rateChange;
    private final ShownRunHeader header;
    private final ChartOptions chartOptions = new ChartOptions();
    private final LayersModel layers;
    private final RunEdits edits;
    private final BooleanBinding canStart;

    /**
     * {@code history}: where runs are recorded; the log starts with the runs it holds. {@code drawings}: the
     * user's labelled drawings, to fine-tune on.
     */
    public TrainViewModel(Messages text, ModelService models, ModelLocator locator, LastRunEvaluations lastRun,
                          Executor ui, BackgroundExecutor io, RunHistory history, DrawingStore drawings) {
        TrainFormat format = new TrainFormat(text);
        this.form = new TrainSettingsForm(text, format, models);
        this.log = new RunLog(text, format, chartOptions);
        this.estimates = new EpochEstimates(form, format);
        this.progress = new RunProgress(text, estimates::times);
        this.runs = new RunController(text, models, locator, lastRun, ui, io, history, log, progress,
                form::validate);
        this.fineTune = new DrawingsFineTune(text, models, drawings, runs, io, ui);
        this.exports = new CurveExports(text, log, io, ui);
        this.rateChange = new RateChangeForm(text, runs.steering());
        this.header = new ShownRunHeader(text, format, runs, progress, log);
        this.layers = new LayersModel(text);
        layers.runProperty().bind(log.shownRunProperty());
        this.edits = new RunEdits(text, history, log, ui, io);
        // the strip under the charts is the shown run's, as the header above them is
        log.shownRunProperty().addListener((obs, old, now) -> runs.watch().display(now));
        // an unreadable history folder leaves the log empty; new runs still go there
        BackgroundTask.of(history::list).onSuccess(past -> {
            log.addPast(past);
            estimates.setRuns(past);
        }).start(io, ui);
        // the run just ended is written to the history by now or soon; a miss is made good after the next run
        runs.steering().stateProperty().addListener((obs, old, now) -> {
            if (now == TrainState.IDLE) {
                BackgroundTask.of(history::list).onSuccess(estimates::setRuns).start(io, ui);
            }
        });
        // a strip of the other data set's images goes when the app switches; one of this run's stays
        form.datasetProperty().addListener((obs, old, now) -> {
            if (!runs.steering().stateProperty().get().busy()) {
                runs.watch().datasetChanged(now);
            }
        });
        canStart = Bindings.createBooleanBinding(
                () -> runs.steering().stateProperty().get() == TrainState.IDLE
                        && form.problemsProperty().get().isEmpty(),
                runs.steering().stateProperty(), form.problemsProperty());
    }

    // ---------------------------------------------------------------- the parts the panes bind to

    /** The settings form: architecture, epochs, batch size, rate, optimizer, seed, where to start from. */
    public TrainSettingsForm form() {
        return form;
    }

    /** The run's state, phase and error, and the steering of the run. */
    public RunController controller() {
        return runs;
    }

    /** Fine-tuning the active model on the user's drawings. */
    public DrawingsFineTune fineTune() {
        return fineTune;
    }

    /** The expected time per epoch of each architecture, from this machine's runs where there are any. */
    public EpochEstimates estimates() {
        return estimates;
    }

    /** A drawing was labelled in the Draw view. */
    public void drawingsChanged() {
        fineTune.refresh();
    }

    /** Progress, speed and times of the run going on. */
    public RunProgress progress() {
        return progress;
    }

    /** Naming, annotating and removing runs of the log. */
    public RunEdits edits() {
        return edits;
    }

    /** How the charts draw: smoothing, log scale, epochs or time. */
    /** The Layers tab's: it follows the run shown. */
    public LayersModel layers() {
        return layers;
    }

    public ChartOptions chartOptions() {
        return chartOptions;
    }

    /** The phase, progress and times of the run shown: the live ones, or a past run's own. */
    public ShownRunHeader header() {
        return header;
    }

    /** Every run, this session's and the history's, and the one whose charts are shown. */
    public RunLog log() {
        return log;
    }

    /** The learning rate typed while a run is paused. */
    public RateChangeForm rateChange() {
        return rateChange;
    }

    /** Saving the curves shown as CSV or PNG. */
    public CurveExports exports() {
        return exports;
    }

    // ---------------------------------------------------------------- what the window shell uses

    public ObjectProperty<DatasetId> datasetProperty() {
        return form.datasetProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    // ---------------------------------------------------------------- what tests and the window plug in

    public void setTrainingData(TrainingData data) {
        runs.setTrainingData(data);
    }

    // ---------------------------------------------------------------- the run

    /** What went wrong, said for the user; null when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return runs.errorProperty();
    }

    /** Starts a run with the form's settings; false (and nothing happens) when it cannot start. */
    public boolean start() {
        if (!canStart.get()) {
            return false;
        }
        runs.start(form.settings(), form.startingModel());
        return true;
    }

    /** The window closes: stop the run, keep nothing, wait (a little) for the training thread to end. */
    @Override
    public void close() {
        runs.close();
    }

    /** The window closes and the user keeps the run's partial model: it is saved as the active one first. */
    public void closeKeeping() {
        runs.close(true);
    }

    /**
     * FX thread, every pulse: at most {@link ChartFeed#DRAINS_PER_SECOND} times a second moves the training
     * thread's points into the charts and updates progress, speed and times.
     */
    public void pump(long nowNanos) {
        runs.pump(nowNanos);
    }

    // ---------------------------------------------------------------- saying things
}
