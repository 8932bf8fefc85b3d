package org.digitworkbench.gui.train.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunRecorder;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingSettings;
import org.digitworkbench.ml.train.ValidationPlan;

/**
 * A run in the Train view's log. What the run is and how it ended is its {@link RunEntry}, the one record of a
 * run that the history, the command line and the exports share: read back for a run of the history, provisional
 * while a run of this session goes on, and the entry written to the history once it has ended. Beside it the
 * window keeps what only it shows: the chart data, the epochs' evaluations and the recorder following the run.
 * FX thread, except where noted.
 */
public final class LoggedRun {
    private final ReadOnlyObjectWrapper<RunEntry> record = new ReadOnlyObjectWrapper<>();
    /** The record for other threads, which read its number and settings. */
    private volatile RunEntry recordNow;
    /** The record's settings, parsed once. */
    private final TrainingSettings settings;
    private final RunCharts charts;
    private final List<EvaluationResult> evaluations = new ArrayList<>();
    private volatile RunRecorder recorder;
    private final RunLayers layers;

    private LoggedRun(RunEntry entry, TrainingSettings settings) {
        this.settings = settings;
        this.layers = new RunLayers(entry.layers());
        ValidationPlan plan = settings.validation() == null ? ValidationPlan.NONE : settings.validation();
        this.charts = new RunCharts(plan.holdsOut(), plan.testEachEpoch());
        set(entry);
    }

    /**
     * A run of this session about to start: numbered {@code number} until its recorder claims one in the history.
     *
     * @param continuedFrom when the model it goes on from was made, null from scratch
     */
    public static LoggedRun starting(int number, TrainingSettings settings, String continuedFrom) {
        RunEntry entry = RunEntry.of(null, RunEntry.WINDOW, Instant.now().toString(), settings, continuedFrom,
                List.of(), List.of(), null, null, Double.NaN, 0, null, List.of(), number, null, null, null);
        return new LoggedRun(entry, settings);
    }

    /** A run of the history, ended long ago; null when its settings name something this version lacks. */
    public static LoggedRun past(RunEntry entry) {
        TrainingSettings settings;
        try {
            settings = entry.settings();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        LoggedRun run = new LoggedRun(entry, settings);
        for (RunEntry.LossPoint point : entry.loss()) {
            run.charts.addLoss(point.x(), point.loss());
            if (point.step() > 0 && point.x() == Math.rint(point.x())) {
                run.charts.epochEndsAt((int) point.x(), point.step());
            }
        }
        for (EpochRecord epoch : entry.history()) {
            run.charts.add(new EpochEvent(epoch.epoch(), settings.epochs(), epoch.trainLoss(), epoch.trainAccuracy(),
                    epoch.validationLoss() == null ? Double.NaN : epoch.validationLoss(),
                    epoch.validationAccuracy() == null ? Double.NaN : epoch.validationAccuracy(),
                    epoch.testAccuracy(), Math.round(epoch.seconds() * 1000), 0));
        }
        return run;
    }

    private void set(RunEntry entry) {
        recordNow = entry;
        record.set(entry);
    }

    /** The run's record: provisional while it runs (outcome null), then as the history has it. */
    public ReadOnlyObjectProperty<RunEntry> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public RunEntry record() {
        return record.get();
    }

    /** The run's number in the history: a guess until the recorder has claimed one (any thread). */
    public int number() {
        RunRecorder now = recorder;
        return now != null && now.number() > 0 ? now.number() : recordNow.number();
    }

    /** The name the user gave the run; null when none. */
    public String name() {
        return record().name();
    }

    /** The user's note on the run; null when none. */
    public String note() {
        return record().note();
    }

    /** The name and note as the history now has them. */
    public void labelled(String newName, String newNote) {
        set(record().withLabels(newName, newNote));
    }

    /** The run has ended: {@code ended} is its record from now on. */
    public void end(RunEntry ended) {
        set(ended);
    }

    /** The history's id of the run; null for a run not recorded. */
    public String id() {
        RunRecorder now = recorder;
        return recordNow.id() != null ? recordNow.id() : now == null ? null : now.id();
    }

    /** Any thread. */
    public TrainingSettings settings() {
        return settings;
    }

    public boolean continued() {
        return record().continuedFrom() != null;
    }

    /** Whether the run was made with the command line's {@code train} (and read back from the history). */
    public boolean fromCommandLine() {
        return RunEntry.COMMAND_LINE.equals(record().source());
    }

    /**
     * The run as the history has it, for exporting: as far as it has come while it runs; null for a run not
     * recorded.
     */
    public RunEntry entry() {
        RunRecorder now = recorder;
        if (running() && now != null) {
            return now.soFar();
        }
        return record().id() == null ? null : record();
    }

    public RunCharts charts() {
        return charts;
    }

    /** Its layer samples and its first convolution's kernels. */
    public RunLayers layers() {
        return layers;
    }

    /** How the run ended; null while it runs. */
    public RunEntry.Outcome outcome() {
        return record().outcome();
    }

    public boolean running() {
        return outcome() == null;
    }

    /** The model's accuracy on the test set once the run ended; NaN while it runs or when it was not measured. */
    public double testAccuracy() {
        return record().testAccuracy();
    }

    public long millis() {
        return Math.round(record().seconds() * 1000);
    }

    public int epochsDone() {
        return record().history().size();
    }

    /** The training thread hands over what records the run in the history; null for runs of the history. */
    public void recordWith(RunRecorder runRecorder) {
        this.recorder = runRecorder;
    }

    public RunRecorder recorder() {
        return recorder;
    }

    /** The settings changed during the run, in order (any thread). */
    public List<SettingChange> changes() {
        RunRecorder now = recorder;
        if (now != null && recordNow.outcome() == null) {
            return now.changes();
        }
        // entries written before changes could be made hold none
        return recordNow.changes() == null ? List.of() : recordNow.changes();
    }

    /** The peak rate the run trains with (or ended with): its setting, or the last change made. */
    public double rate() {
        double rate = settings.learningRate();
        for (SettingChange change : changes()) {
            if (SettingChange.LEARNING_RATE.equals(change.what())) {
                rate = change.to();
            }
        }
        return rate;
    }

    /** The images per batch the run trains with (or ended with): its setting, or the last change made. */
    public int batchSize() {
        int size = settings.batchSize();
        for (SettingChange change : changes()) {
            if (SettingChange.BATCH_SIZE.equals(change.what())) {
                size = (int) change.to();
            }
        }
        return size;
    }

    /** Training thread adds, FX thread reads after the run: guarded by the list. */
    public void addEvaluation(EvaluationResult evaluation) {
        synchronized (evaluations) {
            evaluations.add(evaluation);
        }
    }

    /** The evaluations of the last two finished epochs (the first is null with one epoch; both with none). */
    public EvaluationResult[] lastTwoEvaluations() {
        synchronized (evaluations) {
            int n = evaluations.size();
            return new EvaluationResult[] {n >= 2 ? evaluations.get(n - 2) : null, n >= 1 ? evaluations.get(n - 1) : null};
        }
    }
}
