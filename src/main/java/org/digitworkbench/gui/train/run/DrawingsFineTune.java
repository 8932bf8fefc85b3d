package org.digitworkbench.gui.train.run;

import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.FineTuning;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * "Fine-tune on my drawings": how many drawings the user labelled and how many of them the active model reads
 * right; a short run ({@link FineTuning}) from the active model on them mixed with the data set; and, when it
 * is done, the share read right before and after.
 */
public final class DrawingsFineTune {
    private static final long SEED = 42;

    private final Messages text;
    private final ModelService models;
    private final DrawingStore store;
    private final RunController runs;
    private final BackgroundExecutor io;
    private final Executor ui;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private double before = Double.NaN;
    private TrainedModel tunedFrom;
    private boolean running;

    public DrawingsFineTune(Messages text, ModelService models, DrawingStore store, RunController runs,
                     BackgroundExecutor io, Executor ui) {
        this.text = text;
        this.models = models;
        this.store = store;
        this.runs = runs;
        this.io = io;
        this.ui = ui;
        models.statusProperty().addListener((obs, old, now) -> refresh());
        runs.steering().stateProperty().addListener((obs, old, now) -> {
            if (now == TrainState.IDLE && running) {
                running = false;
                refresh();
            }
        });
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the active model is ready and there are drawings of its data set to fine-tune on. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Counts the drawings again and asks the active model about them (in the background). */
    public void refresh() {
        ModelStatus status = models.status();
        if (status == null || !status.ready() || running) {
            available.set(false);
            return;
        }
        TrainedModel model = status.model();
        DatasetId dataset = status.dataset();
        BackgroundTask.of(() -> {
            LabeledImages drawings = store.inputs(dataset);
            return new double[] {drawings.count(), FineTuning.accuracy(model, drawings)};
        }).onSuccess(result -> {
            if (models.status() != status || running) {
                return;
            }
            int count = (int) result[0];
            available.set(count > 0);
            if (count == 0) {
                summary.set(text.format("train.finetune.none", dataset.displayName()));
            } else if (!Double.isNaN(before) && model != tunedFrom) {
                // the fine-tuned model is the active one now
                summary.set(text.format("train.finetune.after", count, before, result[1]));
                before = Double.NaN;
                tunedFrom = null;
            } else {
                summary.set(text.format("train.finetune.summary", count, result[1]));
            }
        }).onFailure(failure -> summary.set(text.describe(failure))).start(io, ui);
    }

    /** Starts the fine-tuning run from the active model; nothing happens while it cannot. */
    public void start() {
        ModelStatus status = models.status();
        if (status == null || !status.ready() || runs.steering().stateProperty().get() != TrainState.IDLE) {
            return;
        }
        TrainedModel model = status.model();
        DatasetId dataset = status.dataset();
        TrainingData data = runs.trainingData();
        available.set(false);
        record Drawings(LabeledImages images, double accuracy) {
        }
        BackgroundTask.of(() -> {
            LabeledImages images = store.inputs(dataset);
            return new Drawings(images, FineTuning.accuracy(model, images));
        }).onSuccess(read -> {
            LabeledImages drawings = read.images();
            if (drawings.count() == 0 || runs.steering().stateProperty().get() != TrainState.IDLE) {
                refresh();
                return;
            }
            before = read.accuracy();
            tunedFrom = model;
            running = true;
            summary.set(text.format("train.finetune.running", drawings.count(), before));
            runs.start(FineTuning.settings(model, SEED), model,
                    (set, progress) -> FineTuning.mix(data.load(set, progress), drawings, SEED));
        }).onFailure(failure -> summary.set(text.describe(failure))).start(io, ui);
    }
}
