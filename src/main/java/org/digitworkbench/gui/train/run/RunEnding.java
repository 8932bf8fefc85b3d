package org.digitworkbench.gui.train.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;

import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunRecorder;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.acquire.ProgressListener;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run's end means for the rest of the application: which model the Draw view gets, what is saved,
 * which evaluations the Evaluate view is handed, and how the run is entered in the log. FX thread.
 */
public final class RunEnding {
    private static final Logger LOG = LoggerFactory.getLogger(RunEnding.class);

    /**
     * Told once the run's end is settled: the phase line to show and the error to say (null: none); {@code inUse}:
     * the model the run made the Draw view's (null: none), and {@code phaseOnceReplaced} the line to show instead
     * once another model replaces it.
     */
    public interface Settled {
        void settle(String phase, String error, TrainedModel inUse, String phaseOnceReplaced);
    }

    private final Messages text;
    private final TrainFormat format;
    private final TrainingFailureText failures;
    private final ModelService models;
    private final ModelLocator locator;
    private final LastRunEvaluations lastRun;
    private final Executor ui;
    private final BackgroundExecutor io;

    public RunEnding(Messages text, ModelService models, ModelLocator locator, LastRunEvaluations lastRun, Executor ui,
              BackgroundExecutor io) {
        this.text = text;
        this.format = new TrainFormat(text);
        this.failures = new TrainingFailureText(text);
        this.models = models;
        this.locator = locator;
        this.lastRun = lastRun;
        this.ui = ui;
        this.io = io;
    }

    /** All epochs done; the training thread has already tried to save the model ({@code saveFailure}: why not). */
    public void finished(LoggedRun run, TrainingOutcome outcome, Throwable saveFailure, Settled then) {
        DatasetId runDataset = run.settings().dataset();
        models.replace(runDataset, outcome.model());
        if (run.lastTwoEvaluations()[1] == null && outcome.evaluation() != null) {
            // epochs scored on held-out training images: the Gallery still gets the model's test-set errors
            run.addEvaluation(outcome.evaluation());
        }
        publishEvaluations(run);
        // the model's test-set accuracy: the epochs' held-out line may be a validation split's
        double tested = outcome.evaluation() != null ? outcome.evaluation().accuracy() : run.charts().lastHeldOutAccuracy();
        end(run, RunEntry.Outcome.FINISHED, outcome, testAccuracy(outcome), saveFailure == null, null);
        String phase = text.format("train.phase.finished", format.percent(tested));
        String replaced = text.format("train.phase.finishedReplaced", format.percent(tested));
        String error = saveFailure == null ? null : failures.saveFailed(saveFailure, runDataset);
        LOG.info("Run {} finished in {} ms: held-out accuracy {}", run.number(), outcome.millis(),
                run.charts().lastHeldOutAccuracy());
        then.settle(phase, error, outcome.model(), replaced);
    }

    /**
     * Stopped before the end ({@code outcome} null when it stopped before training began).
     * {@code restore}: the model the Draw view had before the run's checkpoints replaced it; null if they did not.
     */
    public void discarded(LoggedRun run, TrainingOutcome outcome, ModelStatus restore, Settled then) {
        DatasetId runDataset = run.settings().dataset();
        if (restore != null && restore.ready() && restore.dataset() == runDataset) {
            models.replace(runDataset, restore.model()); // the Draw view goes back to the model it had
        }
        end(run, RunEntry.Outcome.DISCARDED, outcome, testAccuracy(outcome), false, null);
        then.settle(text.get("train.phase.discarded"), null, null, null);
    }

    /**
     * Stopped before the end, and the user keeps it: it is saved and becomes the active model. Stopped before
     * its first epoch ended, it has no test accuracy yet: it is measured on {@code data}'s test images first, so
     * its card never says "?".
     */
    public void kept(LoggedRun run, TrainingOutcome outcome, TrainingData data, Settled then) {
        DatasetId runDataset = run.settings().dataset();
        io.execute(() -> {
            Throwable failure = null;
            TrainedModel partial = outcome.model();
            try {
                if (Double.isNaN(partial.card().testAccuracy())) {
                    EvaluationResult measured = Evaluator.evaluate(partial.newPredictor(),
                            data.load(runDataset, ProgressListener.NONE).test());
                    partial = partial.withTestAccuracy(measured.accuracy());
                    run.addEvaluation(measured);
                }
                locator.saveAsActive(partial);
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
            TrainedModel kept = partial;
            Throwable saveError = failure;
            ui.execute(() -> {
                models.replace(runDataset, kept);
                publishEvaluations(run);
                end(run, RunEntry.Outcome.KEPT, outcome, kept.card().testAccuracy(), saveError == null, null);
                then.settle(text.get("train.phase.kept"),
                        saveError == null ? null : failures.saveFailed(saveError, runDataset), kept,
                        text.get("train.phase.keptReplaced"));
            });
        });
    }

    /** A run that failed ({@code failure}: what the user was told) ends in the log and the history. */
    public void failed(LoggedRun run, String failure) {
        end(run, RunEntry.Outcome.FAILED, null, Double.NaN, false, failure);
    }

    /**
     * The run's record becomes the entry it ends with, which is written to the run history off the FX thread.
     * {@code saved}: whether its model was written to the data set's active model file; {@code failure}: what
     * the user was told went wrong.
     */
    private void end(LoggedRun run, RunEntry.Outcome how, TrainingOutcome outcome, double accuracy, boolean saved,
                     String failure) {
        Path file = saved ? locator.userModelFile(run.settings().dataset()) : null;
        double seconds = outcome == null ? 0 : outcome.millis() / 1000.0;
        RunRecorder recorder = run.recorder();
        if (recorder == null) {
            run.end(run.record().ended(how, file == null ? null : file.toString(), accuracy, seconds, failure));
            return;
        }
        RunEntry ended = recorder.ended(how, file, accuracy, seconds, failure);
        run.end(ended);
        io.execute(() -> {
            try {
                recorder.write(ended);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Run {} could not be written to the run history: {}", run.number(), e.toString());
            }
        });
    }

    private static double testAccuracy(TrainingOutcome outcome) {
        return outcome == null || outcome.evaluation() == null ? Double.NaN : outcome.evaluation().accuracy();
    }

    private void publishEvaluations(LoggedRun run) {
        EvaluationResult[] lastTwo = run.lastTwoEvaluations();
        if (lastTwo[1] != null) {
            lastRun.latestProperty().set(new LastRunEvaluations.Run(run.settings().dataset(), lastTwo[0], lastTwo[1]));
        }
    }
}
