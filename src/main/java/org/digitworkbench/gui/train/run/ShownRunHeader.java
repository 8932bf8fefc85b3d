package org.digitworkbench.gui.train.run;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;

/**
 * The header above the charts, for the run they show: the live phase, progress and times while the latest run is
 * shown (or none is), and a past run's own outcome, epochs and time once another is selected in the log, so no
 * figure of one run stands over the charts of another. FX thread.
 */
public final class ShownRunHeader {
    private final StringBinding phase;
    private final DoubleBinding progress;
    private final DoubleBinding epochProgress;
    private final StringBinding progressText;
    private final StringBinding speedText;
    private final StringBinding timeText;

    public ShownRunHeader(Messages text, TrainFormat format, RunController controller, RunProgress live, RunLog log) {
        Observable[] inputs = {log.shownRunProperty(), controller.steering().stateProperty(),
                controller.steering().phaseProperty()};
        this.phase = choose(inputs, controller, log, controller.steering().phaseProperty(), run -> {
            String how = text.get(switch (run.outcome()) {
                case FINISHED -> "train.shown.finished";
                case KEPT -> "train.shown.kept";
                case DISCARDED -> "train.shown.discarded";
                case FAILED -> "train.shown.failed";
            });
            return text.format("train.shown.header", run.number(), run.settings().architecture().id(),
                    run.settings().dataset().displayName(), how, format.percent(run.testAccuracy()));
        });
        this.progressText = choose(inputs, controller, log, live.progressTextProperty(),
                run -> text.format("train.shown.epochs", run.epochsDone(), run.settings().epochs()));
        this.speedText = choose(inputs, controller, log, live.speedTextProperty(), run -> "");
        this.timeText = choose(inputs, controller, log, live.timeTextProperty(),
                run -> text.format("train.shown.took", TrainFormat.duration(TimeUnit.MILLISECONDS.toNanos(run.millis()))));
        this.progress = number(inputs, controller, log, live.progressProperty(),
                run -> (double) run.epochsDone() / Math.max(1, run.settings().epochs()));
        this.epochProgress = number(inputs, controller, log, live.epochProgressProperty(),
                run -> run.epochsDone() > 0 ? 1.0 : 0.0);
    }

    /** The run shown is an ended run other than the latest one of this session: the header speaks of it. */
    public static LoggedRun past(RunController controller, RunLog log) {
        LoggedRun shown = log.shownRunProperty().get();
        return shown == null || shown == controller.steering().current() || shown.running() ? null : shown;
    }

    private static StringBinding choose(Observable[] inputs, RunController controller, RunLog log,
                                        ObservableStringValue live, Function<LoggedRun, String> of) {
        return Bindings.createStringBinding(() -> {
            LoggedRun run = past(controller, log);
            return run == null ? live.get() : of.apply(run);
        }, with(inputs, live));
    }

    private static DoubleBinding number(Observable[] inputs, RunController controller, RunLog log,
                                        ObservableDoubleValue live, ToDoubleFunction<LoggedRun> of) {
        return Bindings.createDoubleBinding(() -> {
            LoggedRun run = past(controller, log);
            return run == null ? live.get() : of.applyAsDouble(run);
        }, with(inputs, live));
    }

    private static Observable[] with(Observable[] inputs, Observable live) {
        Observable[] all = Arrays.copyOf(inputs, inputs.length + 1);
        all[inputs.length] = live;
        return all;
    }

    public StringBinding phase() {
        return phase;
    }

    public DoubleBinding progress() {
        return progress;
    }

    public DoubleBinding epochProgress() {
        return epochProgress;
    }

    public StringBinding progressText() {
        return progressText;
    }

    public StringBinding speedText() {
        return speedText;
    }

    public StringBinding timeText() {
        return timeText;
    }
}
