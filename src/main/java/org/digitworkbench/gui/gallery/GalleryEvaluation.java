package org.digitworkbench.gui.gallery;

import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.gallery.GalleryViewModel.Phase;
import org.digitworkbench.gui.gallery.GalleryViewModel.Timing;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active model's evaluation on its test images: asked of the {@link GalleryEngine} (or taken from its cache)
 * only while the view is active, once per model, with the phase, message and progress to show meanwhile.
 */
final class GalleryEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(GalleryEvaluation.class);

    private final Messages text;
    private final Executor ui;
    private final GalleryEngine engine;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyObjectWrapper<EvaluationResult> evaluation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConfusionMatrix> matrix = new ReadOnlyObjectWrapper<>();

    private ModelStatus status;
    private boolean active;
    private TrainedModel shownModel;
    private LabeledImages images;
    private int testCount;
    private Timing timing;

    /** {@code engine}: null evaluates nothing; {@code changed}: told each time an evaluation is shown or dropped. */
    GalleryEvaluation(Messages text, Executor ui, GalleryEngine engine, Runnable changed) {
        this.text = text;
        this.ui = ui;
        this.engine = engine;
        this.changed = changed;
    }

    void setModelStatus(ModelStatus now) {
        status = now;
        if (now == null) {
            clear(Phase.IDLE, "");
            return;
        }
        String name = now.dataset().displayName();
        switch (now.state()) {
            case LOADING -> clear(Phase.LOADING_MODEL, text.format("gallery.loadingModel", name));
            case MISSING -> clear(Phase.NO_MODEL, text.format("gallery.noModel", name));
            case FAILED -> clear(Phase.MODEL_FAILED, text.format("gallery.modelFailed", name, now.problem()));
            case READY -> showOrEvaluate();
        }
    }

    void setActive(boolean showing) {
        active = showing;
        if (showing && status != null && status.ready()) {
            showOrEvaluate();
        }
    }

    ModelStatus status() {
        return status;
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<EvaluationResult> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ConfusionMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** The test images evaluated (followed by the user's drawings once read), null while no evaluation is shown. */
    LabeledImages images() {
        return images;
    }

    /** How many of {@link #images()} are test images. */
    int testCount() {
        return testCount;
    }

    /** The test images followed by more (the user's drawings); the test images keep their indices. */
    void appendImages(LabeledImages testThenMore) {
        if (images != null && testThenMore.count() >= testCount) {
            images = testThenMore;
        }
    }

    /** The model whose evaluation is shown, null while none is. */
    TrainedModel shownModel() {
        return shownModel;
    }

    Timing timing() {
        return timing;
    }

    void show(LabeledImages test, EvaluationResult result) {
        images = test;
        testCount = test.count();
        evaluation.set(result);
        matrix.set(new ConfusionMatrix(result.confusion()));
        progress.set(1);
        message.set("");
        phase.set(Phase.READY);
        changed.run();
    }

    private void clear(Phase now, String why) {
        shownModel = null;
        images = null;
        testCount = 0;
        evaluation.set(null);
        matrix.set(null);
        progress.set(-1);
        message.set(why);
        phase.set(now);
        changed.run();
    }

    private void showOrEvaluate() {
        TrainedModel model = status.model();
        if (model == shownModel) {
            return;
        }
        long requested = System.nanoTime();
        GalleryEngine.Evaluated done = engine == null ? null : engine.cached(model);
        if (done != null) {
            show(model, done, requested, true);
            return;
        }
        DatasetId set = status.dataset();
        if (engine == null) {
            clear(Phase.WAITING, text.format("gallery.waiting", set.displayName()));
            return;
        }
        if (!active) {
            clear(Phase.WAITING, text.format("gallery.waiting", set.displayName()));
            // answers kept from an earlier run cost a file read, not the model's time: ready before the view opens
            BackgroundTask.deliver(engine.kept(set, model), ui, (kept, failure) -> {
                if (kept != null && isCurrent(model) && shownModel != model) {
                    show(model, kept, requested, true);
                }
            });
            return;
        }
        clear(Phase.LOADING_DATA, text.format("gallery.loadingData", set.displayName()));
        DoubleConsumer progressOnUi = fraction -> ui.execute(() -> {
            if (isCurrent(model) && shownModel != model) {
                progress.set(fraction);
                if (fraction >= 0) {
                    phase.set(Phase.EVALUATING);
                    message.set(text.format("gallery.evaluating", set.displayName(), fraction));
                }
            }
        });
        BackgroundTask.deliver(engine.evaluate(set, model, progressOnUi), ui, (result, failure) -> {
            if (!isCurrent(model) || shownModel == model) {
                return;
            }
            if (failure != null) {
                LOG.warn("Gallery evaluation of the {} model failed", set.displayName(), failure);
                clear(Phase.FAILED, text.format("gallery.evaluationFailed", set.displayName(),
                        text.describe(failure)));
            } else {
                show(model, result, requested, false);
            }
        });
    }

    private boolean isCurrent(TrainedModel model) {
        return status != null && status.ready() && status.model() == model;
    }

    private void show(TrainedModel model, GalleryEngine.Evaluated done, long requested, boolean cached) {
        shownModel = model;
        show(done.images(), done.result());
        timing = new Timing(done.dataset(), done.images().count(), done.result().misclassified().size(),
                done.millis(), (System.nanoTime() - requested) / 1_000_000, cached);
        LOG.info("Gallery: {} model, {} test images, {} wrong: evaluated in {} ms, shown {} ms after the request{}",
                done.dataset().displayName(), timing.images(), timing.errors(), timing.evaluateMillis(),
                timing.shownAfterMillis(), cached ? " (cached)" : "");
    }
}
