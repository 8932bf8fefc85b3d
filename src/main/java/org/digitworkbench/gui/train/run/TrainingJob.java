package org.digitworkbench.gui.train.run;

import java.io.IOException;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.RunRecorder;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.TrainingSettings;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one run's training thread does: loads the images, trains, saves a finished model as the active one.
 * Batches and epochs go to the run's {@link ChartFeed}; everything else to a {@link Listener}.
 */
public final class TrainingJob implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingJob.class);

    /** Called on the training thread. */
    public interface Listener {
        /** The images are loaded; training begins. */
        void dataLoaded(DatasetSplits splits);

        /** After each batch: whether {@link #snapshot} is wanted now. */
        default boolean wantsSnapshot(IterationEvent event) {
            return false;
        }

        /** A copy of the weights within an epoch, when {@link #wantsSnapshot} asked for it. */
        default void snapshot(Map<String, INDArray> params) {
        }

        /** An epoch is done: the network as it stands. */
        void checkpoint(TrainedModel snapshot);

        /** Every trained layer's figures after a batch, now and then. */
        default void layerSample(LayerSample sample) {
        }

        /** {@code outcome}: null when cancelled before training began; {@code saveFailure}: why saving failed. */
        void ended(TrainingOutcome outcome, Throwable saveFailure);

        void failed(Throwable failure);
    }

    private final LoggedRun run;
    private final TrainedModel startFrom;
    private final ChartFeed feed;
    private final TrainingControl control;
    private final TrainingData data;
    private final TrainingEngine engine;
    private final ModelLocator locator;
    private final RunHistory history;
    private final BooleanSupplier closing;
    private final BooleanSupplier keepOnClose;
    private final Listener listener;

    /**
     * {@code closing}: true once the window closes; the model is then saved only when {@code keepOnClose} says
     * the user chose to keep it.
     */
    public TrainingJob(LoggedRun run, TrainedModel startFrom, ChartFeed feed, TrainingControl control,
                TrainingData data, TrainingEngine engine, ModelLocator locator, RunHistory history,
                BooleanSupplier closing, BooleanSupplier keepOnClose, Listener listener) {
        this.run = run;
        this.startFrom = startFrom;
        this.feed = feed;
        this.control = control;
        this.data = data;
        this.engine = engine;
        this.locator = locator;
        this.history = history;
        this.closing = closing;
        this.keepOnClose = keepOnClose;
        this.listener = listener;
    }

    @Override
    public void run() {
        TrainingSettings settings = run.settings();
        TrainingListener toCharts = new TrainingListener() {
            @Override
            public void onIteration(IterationEvent event) {
                feed.offer(event);
            }

            @Override
            public boolean wantsSnapshot(IterationEvent event) {
                return listener.wantsSnapshot(event);
            }

            @Override
            public void onSnapshot(IterationEvent event, Map<String, INDArray> params) {
                listener.snapshot(params);
            }

            @Override
            public void onEpoch(EpochEvent event) {
                feed.offer(event);
            }

            @Override
            public void onLayerSample(LayerSample sample) {
                listener.layerSample(sample);
            }

            @Override
            public void onCheckpoint(TrainedModel snapshot, EvaluationResult evaluation) {
                run.addEvaluation(evaluation);
                listener.checkpoint(snapshot);
            }
        };
        RunRecorder recorder = new RunRecorder(history, RunEntry.WINDOW, settings, startFrom, toCharts);
        run.recordWith(recorder);
        try {
            DatasetSplits splits = data.load(settings.dataset(), (stage, done, total) -> { });
            if (closing.getAsBoolean()) {
                recordClosed(recorder, 0);
                return;
            }
            if (control.isCancelled()) {
                listener.ended(null, null);
                return;
            }
            listener.dataLoaded(splits);
            TrainingOutcome outcome = engine.train(settings, splits, startFrom, recorder, control);
            if (closing.getAsBoolean()) {
                if (keepOnClose.getAsBoolean()) {
                    keepClosed(recorder, outcome, splits);
                } else {
                    recordClosed(recorder, outcome.millis());
                }
                return;
            }
            Throwable saveFailure = null;
            if (outcome.completed() && !closing.getAsBoolean()) {
                try {
                    locator.saveAsActive(outcome.model()); // written beside and moved over: never half a file
                } catch (IOException | RuntimeException e) {
                    saveFailure = e;
                }
            }
            listener.ended(outcome, saveFailure);
        } catch (Throwable e) { // OutOfMemoryError too: the run is lost, the application is not
            LOG.warn("Training run {} failed", run.number(), e);
            listener.failed(e);
        }
    }

    /**
     * The window closed during the run and the user kept what it had learnt: the partial model becomes the data
     * set's active one (measured on the test images first when no epoch ended, so its card never says "?"), and
     * the run is recorded as stopped and kept, here, as the FX thread is gone.
     */
    private void keepClosed(RunRecorder recorder, TrainingOutcome outcome, DatasetSplits splits) {
        try {
            TrainedModel partial = outcome.model();
            if (Double.isNaN(partial.card().testAccuracy())) {
                partial = ModelFiles.scored(partial, splits.test());
            }
            locator.saveAsActive(partial);
            LOG.info("Run {} stopped after {} ms: the window was closed; the partial model was kept", run.number(),
                    outcome.millis());
            recorder.finish(RunEntry.Outcome.KEPT, locator.userModelFile(run.settings().dataset()),
                    partial.card().testAccuracy(), outcome.millis() / 1000.0, null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Run {}: the partial model could not be kept on closing: {}", run.number(), e.toString());
            recordClosed(recorder, outcome.millis());
        }
    }

    /**
     * The window closed during the run: nothing is saved, and the FX thread that would record the run is gone, so
     * the run is recorded here (the window waits a little for this thread) and keeps its number in the history.
     */
    private void recordClosed(RunRecorder recorder, long millis) {
        LOG.info("Run {} stopped after {} ms: the window was closed; nothing saved", run.number(), millis);
        try {
            recorder.finish(RunEntry.Outcome.DISCARDED, null, Double.NaN, millis / 1000.0, null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Run {} could not be written to the run history: {}", run.number(), e.toString());
        }
    }
}
