package org.digitworkbench.gui.train.run;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunRecorder;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingSettings;
import org.digitworkbench.ml.train.ValidationPlan;

/** One run in the log: its settings, its chart data and how it ended. FX thread, except where noted. */
public final class RunRecord {
    /** The run's number in the history: a guess until the recorder has claimed one (any thread reads it). */
    private volatile int number;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper();
    private final TrainingSettings settings;
    private final boolean continued;
    private final RunCharts charts;
    /** How the run ended; null while it runs. */
    private final ReadOnlyObjectWrapper<RunEntry.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private double testAccuracy = Double.NaN;
    private final List<EvaluationResult> evaluations = new ArrayList<>();
    private long millis;
    private int epochsDone;
    private volatile RunRecorder recorder;
    private boolean fromCommandLine;
    private Instant startedAt = Instant.now();
    private RunEntry entry;
    private final List<SettingChange> changes = new ArrayList<>();

    public RunRecord(int number, TrainingSettings settings, boolean continued) {
        this.number = number;
        this.settings = settings;
        this.continued = continued;
        ValidationPlan plan = settings.validation() == null ? ValidationPlan.NONE : settings.validation();
        this.charts = new RunCharts(plan.holdsOut(), plan.testEachEpoch());
    }

    /** A run of the history, ended long ago; null when its settings name something this version lacks. */
    public static RunRecord past(int number, RunEntry entry) {
        TrainingSettings settings;
        try {
            settings = entry.settings();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        RunRecord run = new RunRecord(number, settings, entry.continuedFrom() != null);
        run.fromCommandLine = RunEntry.COMMAND_LINE.equals(entry.source());
        run.entry = entry;
        run.name.set(entry.name());
        run.note.set(entry.note());
        if (entry.changes() != null) {
            run.changes.addAll(entry.changes());
        }
        try {
            run.startedAt = Instant.parse(entry.startedAt());
        } catch (DateTimeParseException | NullPointerException unreadable) {
            run.startedAt = null;
        }
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
        run.end(entry.outcome(), Math.round(entry.seconds() * 1000), entry.history().size(), entry.testAccuracy());
        return run;
    }

    public int number() {
        return number;
    }

    /** The name the user gave the run; null when none. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    /** The user's note on the run; null when none. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public String note() {
        return note.get();
    }

    /** FX thread: the name and note as the history now has them. */
    public void labelled(String newName, String newNote) {
        name.set(newName);
        note.set(newNote);
    }

    /** The history's id of the run; null for a run not recorded. */
    public String id() {
        RunRecorder now = recorder;
        return entry != null ? entry.id() : now == null ? null : now.id();
    }

    /** A run of the history after its name or note changed there. */
    public void reread(RunEntry changed) {
        if (entry != null) {
            entry = changed;
        }
    }

    public TrainingSettings settings() {
        return settings;
    }

    public boolean continued() {
        return continued;
    }

    /** Whether the run was made with the command line's {@code train} (and read back from the history). */
    public boolean fromCommandLine() {
        return fromCommandLine;
    }

    /** When the run started; null for a run of the history whose start cannot be read. */
    public Instant startedAt() {
        return startedAt;
    }

    /**
     * The run as the history has it, for exporting: read back for runs of earlier sessions, as far as it has
     * come for this session's; null for a run not recorded.
     */
    public RunEntry entry() {
        RunRecorder now = recorder;
        return entry != null ? entry : now == null ? null : now.soFar();
    }

    public RunCharts charts() {
        return charts;
    }

    /** How the run ended; null while it runs. */
    public ReadOnlyObjectProperty<RunEntry.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** How the run ended; null while it runs. */
    public RunEntry.Outcome outcome() {
        return outcome.get();
    }

    public boolean running() {
        return outcome.get() == null;
    }

    /** The model's accuracy on the test set once the run ended; NaN while it runs or when it was not measured. */
    public double testAccuracy() {
        return testAccuracy;
    }

    public void end(RunEntry.Outcome how, long runMillis, int epochs, double tested) {
        this.millis = runMillis;
        this.epochsDone = epochs;
        this.testAccuracy = tested;
        outcome.set(how);
    }

    /** The training thread hands over what records the run in the history; null for runs of earlier sessions. */
    public void recordWith(RunRecorder runRecorder) {
        this.recorder = runRecorder;
        this.number = runRecorder.number();
    }

    public RunRecorder recorder() {
        return recorder;
    }

    public long millis() {
        return millis;
    }

    public int epochsDone() {
        return epochsDone;
    }

    /** The training thread adds a setting changed during the run. */
    public void addChange(SettingChange change) {
        synchronized (changes) {
            changes.add(change);
        }
    }

    /** The settings changed during the run, in order. */
    public List<SettingChange> changes() {
        synchronized (changes) {
            return List.copyOf(changes);
        }
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
