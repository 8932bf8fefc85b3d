package org.digitworkbench.gui.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.Answers;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.model.TrainedModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source "All images": every image of the training or the test split, with the count of each class. The
 * images are shown as soon as they are read, captioned with their class only; the active model's answers follow
 * from the {@link GalleryEngine}'s thread and replace the list once, when all are in (so the sort by confidence
 * works). Nothing is read before the source is first chosen.
 */
final class GalleryBrowse {
    private static final Logger LOG = LoggerFactory.getLogger(GalleryBrowse.class);
    /** An image the model has not been asked about yet. */
    static final int UNKNOWN = -1;
    private static final int PIECE = 5_000;

    private final Messages text;
    private final Executor ui;
    private final Executor io;
    private final GalleryEngine engine;
    private final ObservableValue<DatasetId> dataset;
    private final Runnable changed;
    private final ObjectProperty<GallerySplit> split = new SimpleObjectProperty<>(GallerySplit.TEST);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answersNote = new ReadOnlyStringWrapper("");

    private boolean wanted;
    private boolean active;
    private ModelStatus status;
    private DatasetSplits splits;
    private LabeledImages images;
    private List<Misclassification> plain = List.of();
    private int[] counts = new int[Architecture.CLASSES];
    private TrainedModel answered;
    private CompletableFuture<Answers> asking;
    private List<Misclassification> items = List.of();
    /** How many answers the tiles shown hold while the rest are coming. */
    private int shownDone;

    /** {@code changed}: told whenever the images or the model's answers change. */
    GalleryBrowse(Messages text, Executor ui, Executor io, GalleryEngine engine, ObservableValue<DatasetId> dataset,
            Runnable changed) {
        this.text = text;
        this.ui = ui;
        this.io = io;
        this.engine = engine;
        this.dataset = dataset;
        this.changed = changed;
        split.addListener((obs, old, now) -> reload());
        dataset.addListener((obs, old, now) -> reload());
    }

    ObjectProperty<GallerySplit> splitProperty() {
        return split;
    }

    /** What to say instead of images: reading them, or why they could not be read; empty once they are shown. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the tiles say what the model answers: checking, or no model; empty once the answers are in. */
    ReadOnlyStringProperty answersNoteProperty() {
        return answersNote.getReadOnlyProperty();
    }

    /** The images of the split, null until read. */
    LabeledImages images() {
        return images;
    }

    /** The images in file order, each with the model's answer or {@link #UNKNOWN}. */
    List<Misclassification> items() {
        return items;
    }

    /** How many images of class {@code label} the split holds (0 until read). */
    int count(int label) {
        return label >= 0 && label < counts.length ? counts[label] : 0;
    }

    /** How many images {@code part} holds; -1 until the data set is read. */
    int size(GallerySplit part) {
        return splits == null ? -1 : part.of(splits).count();
    }

    /** The model whose answers are shown (or coming), null when none. */
    TrainedModel model() {
        return status != null && status.ready() && status.dataset() == dataset.getValue() ? status.model() : null;
    }

    /** The source was chosen: reads the images the first time. */
    void show() {
        if (!wanted) {
            wanted = true;
            reload();
        }
    }

    /** Whether the view is showing: the model is asked only then (the answers take all cores for seconds). */
    void setActive(boolean showing) {
        active = showing;
        if (active && images != null && model() != answered) {
            answer();
        }
    }

    void setModelStatus(ModelStatus now) {
        status = now;
        if (images != null && model() != answered) {
            answer();
        }
    }

    private void reload() {
        stopAsking();
        splits = null;
        images = null;
        answered = null;
        plain = List.of();
        items = plain;
        counts = new int[Architecture.CLASSES];
        answersNote.set("");
        if (!wanted || engine == null) {
            changed.run();
            return;
        }
        DatasetId set = dataset.getValue();
        GallerySplit part = split.get();
        message.set(text.format("gallery.all.loading", text.get(part.bundleKey()), set.displayName()));
        changed.run();
        BackgroundTask.<Unanswered>of(() -> Unanswered.of(engine.load(set), part))
                .onSuccess(read -> {
                    if (set == dataset.getValue() && part == split.get()) {
                        shown(read);
                    }
                })
                .onFailure(failure -> {
                    if (set == dataset.getValue() && part == split.get()) {
                        LOG.warn("Could not read the {} images of {}", part, set.displayName(), failure);
                        message.set(text.format("gallery.all.failed", set.displayName(), text.describe(failure)));
                    }
                })
                .start(io, ui);
    }

    /** A split read, listed as tiles without answers and counted per class (off the FX thread: 60,000 images). */
    private record Unanswered(DatasetSplits splits, LabeledImages images, List<Misclassification> items,
            int[] counts) {
        static Unanswered of(DatasetSplits splits, GallerySplit part) {
            LabeledImages read = part.of(splits);
            int[] perClass = new int[Architecture.CLASSES];
            List<Misclassification> unanswered = new ArrayList<>(read.count());
            for (int i = 0; i < read.count(); i++) {
                int label = read.label(i);
                perClass[label]++;
                unanswered.add(new Misclassification(i, label, UNKNOWN, Double.NaN));
            }
            return new Unanswered(splits, read, new Presorted(unanswered), perClass);
        }
    }

    private void shown(Unanswered read) {
        splits = read.splits();
        images = read.images();
        counts = read.counts();
        plain = read.items();
        items = plain;
        message.set("");
        changed.run();
        answer();
    }

    private static List<Misclassification> answered(LabeledImages images, Answers answers) {
        return answered(images, answers.predicted(), answers.confidence(), images.count());
    }

    /** The tiles with the first {@code done} answers, the rest still unanswered (listed off the FX thread). */
    private static List<Misclassification> answered(LabeledImages images, int[] predicted, float[] confidence,
            int done) {
        List<Misclassification> known = new ArrayList<>(images.count());
        for (int i = 0; i < images.count(); i++) {
            known.add(i < done ? new Misclassification(i, images.label(i), predicted[i], confidence[i])
                    : new Misclassification(i, images.label(i), UNKNOWN, Double.NaN));
        }
        return new Presorted(known);
    }

    /**
     * Shows the answers as they come, a sixth of the split (at least {@value #PIECE} images) at a time, so the
     * grid is captioned long before the last of 60,000 images is read.
     */
    private AnswersJob.Partial inPieces(TrainedModel model, LabeledImages asked) {
        int piece = Math.max(PIECE, asked.count() / 6);
        int[] published = {0}; // on the engine's thread only
        return (done, predicted, confidence) -> {
            if (done - published[0] < piece || done == asked.count()) {
                return; // the last piece comes with the whole
            }
            published[0] = done;
            io.execute(() -> {
                List<Misclassification> some = answered(asked, predicted, confidence, done);
                ui.execute(() -> {
                    if (answered == model && images == asked && !answersNote.get().isEmpty() && done > shownDone) {
                        shownDone = done;
                        items = some;
                        changed.run();
                    }
                });
            });
        };
    }

    /** Stops asking the model about images no longer shown (the engine's thread has other work). */
    private void stopAsking() {
        if (asking != null) {
            asking.cancel(false);
            asking = null;
        }
    }

    /** Asks the active model about every image, unless it has been asked already. */
    private void answer() {
        TrainedModel model = model();
        if (model != null && !active) {
            return; // asked when the view shows again
        }
        stopAsking();
        answered = model;
        LabeledImages asked = images;
        if (items != plain) {
            items = plain; // the answers of the model before
            changed.run();
        }
        if (model == null) {
            answersNote.set(text.get("gallery.all.noModel"));
            return;
        }
        answersNote.set(text.format("gallery.all.answering", 0.0));
        shownDone = 0;
        long askedAt = System.nanoTime();
        DoubleConsumer progress = share -> ui.execute(() -> {
            if (answered == model && images == asked && !answersNote.get().isEmpty()) {
                answersNote.set(text.format("gallery.all.answering", share));
            }
        });
        asking = engine.answers(model, dataset.getValue(), split.get() == GallerySplit.TEST, asked, progress,
                inPieces(model, asked));
        // 60,000 tiles are listed on the I/O thread, not the FX thread
        BackgroundTask.deliver(asking.thenApplyAsync(all -> answered(asked, all), io), ui, (known, failure) -> {
            if (answered != model || images != asked) {
                return; // another model, split or data set by now
            }
            if (failure != null) {
                LOG.warn("Could not ask the model about the {} images", split.get(), failure);
                answersNote.set(text.format("gallery.all.answersFailed", text.describe(failure)));
                return;
            }
            items = known;
            answersNote.set("");
            LOG.info("Gallery: the model's answers for {} {} images shown {} ms after asking", asked.count(),
                    split.get(), (System.nanoTime() - askedAt) / 1_000_000);
            changed.run();
        });
    }
}
