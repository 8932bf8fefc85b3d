package org.digitworkbench.gui.train;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.train.TrainingSettings;

/** One run in the log: its settings, its chart data and how it ended. FX thread, except where noted. */
public final class RunRecord {
    public enum Outcome { RUNNING, FINISHED, KEPT, DISCARDED, FAILED }

    private final int number;
    private final TrainingSettings settings;
    private final boolean continued;
    private final RunCharts charts = new RunCharts();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.RUNNING);
    private final List<EvaluationResult> evaluations = new ArrayList<>();
    private long millis;
    private int epochsDone;

    RunRecord(int number, TrainingSettings settings, boolean continued) {
        this.number = number;
        this.settings = settings;
        this.continued = continued;
    }

    public int number() {
        return number;
    }

    public TrainingSettings settings() {
        return settings;
    }

    public boolean continued() {
        return continued;
    }

    public RunCharts charts() {
        return charts;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public Outcome outcome() {
        return outcome.get();
    }

    void end(Outcome how, long runMillis, int epochs) {
        this.millis = runMillis;
        this.epochsDone = epochs;
        outcome.set(how);
    }

    public long millis() {
        return millis;
    }

    public int epochsDone() {
        return epochsDone;
    }

    /** Training thread adds, FX thread reads after the run: guarded by the list. */
    void addEvaluation(EvaluationResult evaluation) {
        synchronized (evaluations) {
            evaluations.add(evaluation);
        }
    }

    /** The evaluations of the last two finished epochs (the first is null with one epoch; both with none). */
    EvaluationResult[] lastTwoEvaluations() {
        synchronized (evaluations) {
            int n = evaluations.size();
            return new EvaluationResult[] {n >= 2 ? evaluations.get(n - 2) : null, n >= 1 ? evaluations.get(n - 1) : null};
        }
    }
}
