package org.digitworkbench.gui.train.run;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.train.TrainingControl;

/**
 * The user's hold on the run going on: pause, resume and stop, and the rate and batch size a paused run takes
 * from then on; with the state the run is in and the phase line that says so. FX thread.
 */
public final class RunSteering {
    private final Messages text;
    private final RunProgress progress;
    private final ReadOnlyObjectWrapper<TrainState> state = new ReadOnlyObjectWrapper<>(TrainState.IDLE);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private LoggedRun current;
    private TrainingControl control;

    public RunSteering(Messages text, RunProgress progress) {
        this.text = text;
        this.progress = progress;
    }

    /** A run starts: it is the one steered from now on, through {@code runControl}; {@code loading}: its phase. */
    void begin(LoggedRun run, TrainingControl runControl, String loading) {
        current = run;
        control = runControl;
        phase.set(loading);
        state.set(TrainState.RUNNING);
    }

    /** The run going on (or the last one), null before any. */
    public LoggedRun current() {
        return current;
    }

    public ReadOnlyObjectProperty<TrainState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TrainState state() {
        return state.get();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    void phase(String line) {
        phase.set(line);
    }

    /** The run has ended and its end is settled. */
    void idle() {
        state.set(TrainState.IDLE);
    }

    /** The run's batches come in: the phase says whether it trains or measures, unless paused or stopping. */
    void batchIn(boolean evaluating) {
        if (state.get() == TrainState.RUNNING) {
            phase.set(text.get(evaluating ? "train.phase.evaluating" : "train.phase.training"));
        }
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
}
