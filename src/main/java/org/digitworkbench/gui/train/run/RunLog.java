package org.digitworkbench.gui.train.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.ChartOptions;
import org.digitworkbench.gui.train.common.LossSmoothing;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingSettings;

/** Every run of this session, newest first, and the one whose charts are shown. FX thread. */
public final class RunLog {
    private final Messages text;
    private final TrainFormat format;
    private final ObservableList<LoggedRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoggedRun> shownRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper chartRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper epochsLogged = new ReadOnlyIntegerWrapper();
    private LoggedRun rowRun;
    private int rowEpochs;
    private final ReadOnlyStringWrapper valuesText = new ReadOnlyStringWrapper("");
    private final RunComparison comparison;
    private int runCounter;

    private final ChartOptions options;

    public RunLog(Messages text, TrainFormat format, ChartOptions options) {
        this.text = text;
        this.format = format;
        this.options = options;
        // the values under the charts say the smoothed loss the chart draws
        options.smoothingProperty().addListener(o -> {
            if (shownRun.get() != null) {
                chartsChanged(shownRun.get());
            }
        });
        this.comparison = new RunComparison(text);
    }

    /** The runs picked to compare, their curves overlaid in place of the shown run's. */
    public RunComparison comparison() {
        return comparison;
    }

    public ObservableList<LoggedRun> runs() {
        return runs;
    }

    public ReadOnlyObjectProperty<LoggedRun> shownRunProperty() {
        return shownRun.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty chartRevisionProperty() {
        return chartRevision.getReadOnlyProperty();
    }

    /** Counts the epochs finished by this session's runs: a running run's row shows its latest figures. */
    public ReadOnlyIntegerProperty epochsLoggedProperty() {
        return epochsLogged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valuesTextProperty() {
        return valuesText.getReadOnlyProperty();
    }

    /**
     * Runs of earlier sessions and of the command line, newest first, from the run history: put after this
     * session's runs, with the history's numbers; a run this version cannot read back is left out. With none
     * shown yet, the newest is.
     */
    public void addPast(List<RunEntry> past) {
        List<LoggedRun> records = new ArrayList<>();
        for (RunEntry entry : past) {
            LoggedRun run = LoggedRun.past(entry);
            if (run != null) {
                records.add(run);
            }
            runCounter = Math.max(runCounter, entry.number());
        }
        runs.addAll(records);
        // the newest run's charts on opening, as a dashboard shows where things stand, unless one is shown already
        if (shownRun.get() == null && !records.isEmpty()) {
            show(records.get(0));
        }
    }

    /**
     * A new run, put first in the log and shown: alone, as the runs compared so far are dropped. Its number is
     * the next one here until its recorder claims one in the history (the same, unless a command-line run
     * started meanwhile).
     */
    public LoggedRun begin(TrainingSettings settings, String continuedFrom) {
        runCounter = Math.max(runCounter, runs.stream().mapToInt(LoggedRun::number).max().orElse(0));
        LoggedRun run = LoggedRun.starting(++runCounter, settings, continuedFrom);
        comparison.clear();
        runs.add(0, run);
        show(run);
        return run;
    }

    /** A run removed from the history: out of the log and of the comparison, and no longer shown. */
    public void removed(LoggedRun run) {
        comparison.set(run, false);
        runs.remove(run);
        if (shownRun.get() == run) {
            shownRun.set(null);
            chartRevision.set(chartRevision.get() + 1);
            valuesText.set("");
        }
    }

    public void show(LoggedRun run) {
        if (run != null && run != shownRun.get()) {
            shownRun.set(run);
            chartsChanged(run);
        }
    }

    /** New points in {@code run}'s charts: the view redraws them if they are the ones shown. */
    public void pointsAdded(LoggedRun run) {
        comparison.pointsAdded(run);
        int epochs = run.charts().trainAccuracy().size();
        if (run != rowRun || epochs != rowEpochs) {
            rowRun = run;
            rowEpochs = epochs;
            epochsLogged.set(epochsLogged.get() + 1);
        }
        if (shownRun.get() == run) {
            chartsChanged(run);
        }
    }

    private void chartsChanged(LoggedRun run) {
        RunCharts charts = run.charts();
        valuesText.set(text.format(charts.validated() ? "train.values.validation" : "train.values",
                format.number(charts.lastLoss()), format.number(smoothedLoss(charts)),
                format.percent(charts.lastTrainAccuracy()), format.percent(charts.lastHeldOutAccuracy())));
        chartRevision.set(chartRevision.get() + 1);
    }

    private double smoothedLoss(RunCharts charts) {
        double[] loss = charts.loss().ys();
        double[] smoothed = LossSmoothing.smooth(loss, loss.length, options.smoothing());
        return smoothed.length == 0 ? Double.NaN : smoothed[smoothed.length - 1];
    }

    /** How the run ended, in a word or two; "running" while it runs. */
    public String outcomeWord(LoggedRun run) {
        return text.get(run.running() ? "train.log.running" : switch (run.outcome()) {
            case FINISHED -> "train.log.finished";
            case KEPT -> "train.log.kept";
            case DISCARDED -> "train.log.discarded";
            case FAILED -> "train.log.failed";
        });
    }

    /** The run's whole line: its settings, figures and the settings changed while it ran. */
    public String describe(LoggedRun run) {
        TrainingSettings s = run.settings();
        String how = outcomeWord(run);
        return text.format(run.charts().validated() ? "train.log.entry.validation" : "train.log.entry", run.number(), s.architecture().id(), s.dataset().displayName(),
                s.epochs(), s.batchSize(), format.optimizerName(s.optimizer()), TrainFormat.formatRate(s.learningRate()),
                s.seed(), format.percent(run.charts().lastTrainAccuracy()),
                format.percent(run.charts().lastHeldOutAccuracy()),
                // a running run's time is in the progress line; the row would only show a frozen 0:00
                run.running() ? "\u2026"
                        : TrainFormat.duration(TimeUnit.MILLISECONDS.toNanos(run.millis())), how,
                (run.continued() ? text.get("train.log.continued") : "")
                        + (run.fromCommandLine() ? text.get("train.log.commandLine") : "")) + changes(run);
    }

    private String changes(LoggedRun run) {
        StringBuilder said = new StringBuilder();
        for (SettingChange change : run.changes()) {
            if (SettingChange.BATCH_SIZE.equals(change.what())) {
                said.append(text.format("train.log.batchChange", (int) change.from(), (int) change.to(),
                        change.epoch(), change.batch()));
            } else {
                said.append(text.format("train.log.rateChange", TrainFormat.formatRate(change.from()),
                        TrainFormat.formatRate(change.to()), change.epoch(), change.batch()));
            }
        }
        return said.toString();
    }
}
