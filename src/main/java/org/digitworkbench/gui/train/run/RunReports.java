package org.digitworkbench.gui.train.run;

import java.util.Map;
import java.util.concurrent.Executor;

import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reports from one run's training thread: the weights to the run's {@link WatchFeed}, the clock to the
 * {@link RunProgress}, the rest to the FX thread's {@link Target}.
 */
public final class RunReports implements TrainingJob.Listener {
    /** FX thread: what becomes of the reports of {@code run} (which may no longer be the run going on). */
    public interface Target {
        void began(LoggedRun run);

        void checkpoint(LoggedRun run, TrainedModel snapshot);

        void ended(LoggedRun run, TrainingOutcome outcome, Throwable saveFailure);

        void failed(LoggedRun run, Throwable failure);
    }

    private final LoggedRun run;
    private final WatchFeed watched;
    private final RunProgress progress;
    private final Executor ui;
    private final Target target;

    public RunReports(LoggedRun run, WatchFeed watched, RunProgress progress, Executor ui, Target target) {
        this.run = run;
        this.watched = watched;
        this.progress = progress;
        this.ui = ui;
        this.target = target;
    }

    @Override
    public void dataLoaded(DatasetSplits splits) {
        watched.loaded(splits.id(), splits.test());
        progress.trainingStarted(System.nanoTime());
        ui.execute(() -> target.began(run));
    }

    @Override
    public boolean wantsSnapshot(IterationEvent event) {
        return watched.wants(event);
    }

    @Override
    public void snapshot(Map<String, INDArray> params) {
        watched.offer(params);
    }

    @Override
    public void checkpoint(TrainedModel snapshot) {
        watched.offer(snapshot.params());
        // a few kernels: drawn here, so the FX thread only shows them
        RunLayers.Filters filters = LayerPictures.firstFilters(snapshot)
                .map(picture -> new RunLayers.Filters(picture, snapshot.card().history().size())).orElse(null);
        ui.execute(() -> {
            if (filters != null) {
                run.layers().filtered(filters);
            }
            target.checkpoint(run, snapshot);
        });
    }

    @Override
    public void layerSample(LayerSample sample) {
        ui.execute(() -> run.layers().add(sample));
    }

    @Override
    public void ended(TrainingOutcome outcome, Throwable saveFailure) {
        ui.execute(() -> target.ended(run, outcome, saveFailure));
    }

    @Override
    public void failed(Throwable failure) {
        ui.execute(() -> target.failed(run, failure));
    }
}
