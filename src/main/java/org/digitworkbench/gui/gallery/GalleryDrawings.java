package org.digitworkbench.gui.gallery;

import java.util.List;
import java.util.concurrent.Executor;

import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.model.TrainedModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source "My drawings": the user's labelled drawings with the shown model's answers, read again whenever
 * a new evaluation is shown or a drawing is saved. Their images are appended to the evaluation's test images
 * ({@link GalleryEvaluation#appendImages}), so thumbnails, the close-up and "Open in Draw" work on them as on
 * any other.
 */
final class GalleryDrawings {
    private static final Logger LOG = LoggerFactory.getLogger(GalleryDrawings.class);

    private final Executor ui;
    private final GalleryEngine engine;
    private final GalleryEvaluation evaluation;
    private final Runnable changed;
    private List<Misclassification> items = List.of();

    GalleryDrawings(Executor ui, GalleryEngine engine, GalleryEvaluation evaluation, Runnable changed) {
        this.ui = ui;
        this.engine = engine;
        this.evaluation = evaluation;
        this.changed = changed;
    }

    List<Misclassification> items() {
        return items;
    }

    /** Reads the drawings again for the evaluation shown (nothing while none is). */
    void refresh() {
        TrainedModel model = evaluation.shownModel();
        ModelStatus status = evaluation.status();
        if (model == null || engine == null || status == null || evaluation.images() == null) {
            items = List.of();
            return;
        }
        int testCount = evaluation.testCount();
        BackgroundTask.deliver(engine.drawings(status.dataset(), model, evaluation.images().first(testCount)), ui,
                (drawings, failure) -> {
                    if (evaluation.shownModel() != model) {
                        return; // another model is shown by now
                    }
                    if (failure != null) {
                        LOG.warn("Could not read the drawings of {}", status.dataset().displayName(), failure);
                        return;
                    }
                    evaluation.appendImages(drawings.images());
                    items = drawings.items();
                    changed.run();
                });
    }
}
