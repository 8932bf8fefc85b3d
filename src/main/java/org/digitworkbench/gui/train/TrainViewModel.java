package org.digitworkbench.gui.train;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * State of the Train view: the settings form ({@link TrainSettingsForm}), the runs ({@link RunController}),
 * their progress ({@link RunProgress}) and the run log ({@link RunLog}). FX thread ({@code ui}); chart points
 * travel from the training thread through a {@link ChartFeed} drained by {@link #pump(long)}.
 */
public final class TrainViewModel implements AutoCloseable {
    private final TrainFormat format;
    private final TrainingFailureText failures;
    private final TrainSettingsForm form;
    private final RunLog log;
    private final RunProgress progress;
    private final RunController runs;
    private final BooleanBinding canStart;

    /** {@code history}: where runs are recorded; the log starts with the runs it holds. */
    public TrainViewModel(Messages text, ModelService models, ModelLocator locator, LastRunEvaluations lastRun,
                          Executor ui, BackgroundExecutor io, RunHistory history) {
        this.format = new TrainFormat(text);
        this.failures = new TrainingFailureText(text);
        this.form = new TrainSettingsForm(text, format, models);
        this.log = new RunLog(text, format);
        this.progress = new RunProgress(text);
        this.runs = new RunController(text, models, locator, lastRun, ui, io, history, log, progress,
                form::validate);
        // an unreadable history folder leaves the log empty; new runs still go there
        BackgroundTask.of(history::list).onSuccess(log::addPast).start(io, ui);
        canStart = Bindings.createBooleanBinding(
                () -> runs.stateProperty().get() == TrainState.IDLE && form.problemsProperty().get().isEmpty(),
                runs.stateProperty(), form.problemsProperty());
    }

    // ---------------------------------------------------------------- form

    public ObjectProperty<DatasetId> datasetProperty() {
        return form.datasetProperty();
    }

    public ObjectProperty<Architecture> architectureProperty() {
        return form.architectureProperty();
    }

    public StringProperty epochsProperty() {
        return form.epochsProperty();
    }

    public StringProperty batchSizeProperty() {
        return form.batchSizeProperty();
    }

    public StringProperty learningRateProperty() {
        return form.learningRateProperty();
    }

    public ObjectProperty<Optimizer> optimizerProperty() {
        return form.optimizerProperty();
    }

    public StringProperty seedProperty() {
        return form.seedProperty();
    }

    /** True: start from the active model's weights; false: from scratch. */
    public BooleanProperty continueTrainingProperty() {
        return form.continueTrainingProperty();
    }

    /** Why the settings cannot be trained; empty when they can. */
    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return form.problemsProperty();
    }

    /** What "continue" would start from, or why it cannot. */
    public ReadOnlyStringProperty continueHintProperty() {
        return form.continueHintProperty();
    }

    public ReadOnlyBooleanProperty canContinueProperty() {
        return form.canContinueProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    TrainingSettings settings() {
        return form.settings();
    }

    // ---------------------------------------------------------------- what tests and the window plug in

    /** Test hook: train on the first {@code limit} images only (0: all). */
    public void setImageLimit(int limit) {
        form.setImageLimit(limit);
    }

    public void setTrainingData(TrainingData data) {
        runs.setTrainingData(data);
    }

    public void setEngine(TrainingEngine engine) {
        runs.setEngine(engine);
    }

    /** Asked on the FX thread when a stopped run has weights: true keeps (saves) them, false discards them. */
    public void setKeepPartialDecision(Predicate<RunRecord> decision) {
        runs.setKeepPartialDecision(decision);
    }

    // ---------------------------------------------------------------- the run

    public ReadOnlyObjectProperty<TrainState> stateProperty() {
        return runs.stateProperty();
    }

    public TrainState state() {
        return runs.stateProperty().get();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return runs.phaseProperty();
    }

    /** 0 to 1 over the whole run. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.progressProperty();
    }

    /** 0 to 1 within the current epoch. */
    public ReadOnlyDoubleProperty epochProgressProperty() {
        return progress.epochProgressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progress.progressTextProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return progress.speedTextProperty();
    }

    public ReadOnlyStringProperty timeTextProperty() {
        return progress.timeTextProperty();
    }

    /** The current values under the charts: loss (raw, smoothed) and the accuracies. */
    public ReadOnlyStringProperty valuesTextProperty() {
        return log.valuesTextProperty();
    }

    /** What went wrong, said for the user; null when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return runs.errorProperty();
    }

    /** Every run of this session, newest first. */
    public ObservableList<RunRecord> runs() {
        return log.runs();
    }

    public ReadOnlyObjectProperty<RunRecord> shownRunProperty() {
        return log.shownRunProperty();
    }

    /** Grows whenever the shown run's chart data changed (new points or another run shown). */
    public ReadOnlyIntegerProperty chartRevisionProperty() {
        return log.chartRevisionProperty();
    }

    public void show(RunRecord run) {
        log.show(run);
    }

    /** Starts a run with the form's settings; false (and nothing happens) when it cannot start. */
    public boolean start() {
        if (!canStart.get()) {
            return false;
        }
        runs.start(form.settings(), form.startingModel());
        return true;
    }

    public void pause() {
        runs.pause();
    }

    public void resume() {
        runs.resume();
    }

    /** Asks the run to stop; it does within a second, and then {@link #setKeepPartialDecision} decides. */
    public void stop() {
        runs.stop();
    }

    /** The window closes: stop the run, keep nothing, wait (a little) for the training thread to end. */
    @Override
    public void close() {
        runs.close();
    }

    /**
     * FX thread, every pulse: at most {@link ChartFeed#DRAINS_PER_SECOND} times a second moves the training
     * thread's points into the charts and updates progress, speed and times.
     */
    public void pump(long nowNanos) {
        runs.pump(nowNanos);
    }

    // ---------------------------------------------------------------- saying things

    /** What the user reads when a run fails: what happened and what to do, never a stack trace. */
    String describe(Throwable failure) {
        DatasetId dataset = runs.runDataset();
        return failures.describe(failure, dataset != null ? dataset : form.datasetProperty().get());
    }

    public String describe(RunRecord run) {
        return log.describe(run);
    }

    public String optimizerName(Optimizer o) {
        return format.optimizerName(o);
    }

    public String describe(Architecture a) {
        return format.describe(a);
    }
}
