package org.digitworkbench.gui.draw;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.app.BackgroundTask;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.model.Verdict;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.preprocess.ImageFiles;
import org.digitworkbench.ml.sketch.Stroke;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the Draw view: the strokes (with undo), the guess and its ten probabilities, the 28x28 input.
 * Called on one thread (the FX thread); results of the prediction thread come back through {@code ui}.
 */
public final class DrawViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DrawViewModel.class);
    public static final double MIN_BRUSH = 8;
    public static final double MAX_BRUSH = 48;
    /** Brush widths are given in pixels of a canvas this wide; strokes store them as a fraction of the side. */
    static final double REFERENCE_SIDE = 280;

    private final PredictionWorker worker;
    private final Executor ui;
    private final BackgroundExecutor files;
    private final Messages text;
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    // one wrapper for good: it forwards changes through a weak listener, so a fresh one per call would be collected
    private final ObservableList<String> readOnlyClassNames = FXCollections.unmodifiableObservableList(classNames);
    private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>(Drawing.EMPTY);
    private final ReadOnlyBooleanWrapper modelReady = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final DoubleProperty brushWidth = new SimpleDoubleProperty(22);
    private final BooleanProperty explain = new SimpleBooleanProperty(false);
    private final BooleanProperty inside = new SimpleBooleanProperty(false);
    private final ObjectProperty<List<InsideLayer>> layers = new SimpleObjectProperty<>(List.of());
    private final LatencyStats latency = new LatencyStats();
    private final GuessState guess;
    private final Teaching teaching;

    private final List<Stroke> strokes = new ArrayList<>();
    private List<Stroke.Point> current;
    private double currentWidth;
    private GrayImage picture;
    private DatasetId dataset = DatasetId.MNIST;
    private final Map<DatasetId, Sketch> kept = new EnumMap<>(DatasetId.class);
    private ModelStatus status;
    private long seq;
    private long invalidatedUpTo;

    /** What was drawn (or opened) under one data set. */
    private record Sketch(List<Stroke> strokes, GrayImage picture) {
        static final Sketch NONE = new Sketch(List.of(), null);

        boolean isEmpty() {
            return strokes.isEmpty() && picture == null;
        }
    }

    /** The latest answer on its way to the FX thread, null when none. */
    private final AtomicReference<Recognition> pending = new AtomicReference<>();

    public DrawViewModel(PredictionWorker worker, Executor ui, BackgroundExecutor files, Messages text,
                         DrawingStore drawings) {
        this.worker = worker;
        this.ui = ui;
        this.files = files;
        this.text = text;
        this.guess = new GuessState(text);
        this.teaching = new Teaching(drawings, files, ui, text, drawing::get, () -> dataset);
        worker.onResult(this::handOver);
        explain.addListener((obs, old, now) -> {
            if (!drawing.get().isEmpty()) {
                changed(); // ask again, with or without the heat map
            }
        });
        inside.addListener((obs, old, now) -> {
            if (!drawing.get().isEmpty()) {
                changed(); // ask again, with or without every layer's output
            }
        });
        setDataset(DatasetId.MNIST);
    }

    public void setDataset(DatasetId next) {
        boolean swapped = false;
        if (next != dataset) {
            // a digit is no garment: each data set keeps its own drawing, there again when the user comes back
            Sketch leaving = new Sketch(List.copyOf(strokes), picture);
            Sketch back = kept.getOrDefault(next, Sketch.NONE);
            kept.put(dataset, leaving);
            swapped = !leaving.isEmpty() || !back.isEmpty();
            strokes.clear();
            strokes.addAll(back.strokes());
            current = null;
            picture = back.picture();
        }
        this.dataset = next;
        classNames.setAll(text.classNames(next));
        showHint();
        if (swapped) {
            changed();
        }
    }

    public void setModelStatus(ModelStatus status) {
        this.status = status;
        modelReady.set(false);
        invalidatedUpTo = seq;
        showHint();
        if (status != null && status.ready()) {
            worker.prepare(status.model());
        }
    }

    /** Coordinates are fractions of the canvas side, 0 to 1. */
    public void beginStroke(double x, double y) {
        current = new ArrayList<>();
        current.add(new Stroke.Point(x, y));
        currentWidth = brushWidth.get() / REFERENCE_SIDE;
        changed();
    }

    public void extendStroke(double x, double y) {
        if (current == null) {
            return;
        }
        Stroke.Point last = current.get(current.size() - 1);
        if (Math.abs(last.x() - x) + Math.abs(last.y() - y) < 0.002) {
            return;
        }
        current.add(new Stroke.Point(x, y));
        changed();
    }

    /** The stroke ends where the button was let go: a quick stroke may have no drag event at its end. */
    public void endStroke(double x, double y) {
        extendStroke(x, y);
        endStroke();
    }

    public void endStroke() {
        if (current != null) {
            strokes.add(new Stroke(currentWidth, current));
            current = null;
            changed();
            LOG.debug("Latency so far: {}", latency);
        }
    }

    public void undo() {
        if (current != null) {
            return;
        }
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1); // strokes drawn over an opened picture go first
        } else if (picture != null) {
            picture = null;
        } else {
            return;
        }
        changed();
    }

    public void clear() {
        strokes.clear();
        current = null;
        picture = null;
        changed();
    }

    public void showPicture(GrayImage image) {
        strokes.clear();
        current = null;
        picture = image;
        changed();
    }

    /** Reads an image file in the background; it then replaces the drawing, exactly as if drawn. */
    public void openPicture(Path file) {
        error.set(null);
        BackgroundTask.of(() -> ImageFiles.read(file))
                .onSuccess(this::showPicture)
                .onFailure(failure -> error.set(text.format("draw.pictureFailed", text.describe(failure))))
                .start(files, ui);
    }

    private void changed() {
        List<Stroke> all = new ArrayList<>(strokes);
        if (current != null) {
            all.add(new Stroke(currentWidth, current));
        }
        Drawing now = new Drawing(all, picture);
        drawing.set(now);
        teaching.clearMessage();
        error.set(null); // a problem with the picture or answer before this drawing is no longer this one's
        if (now.isEmpty()) {
            invalidatedUpTo = ++seq;
            layers.set(List.of());
            showHint();
        } else if (modelReady.get()) {
            worker.recognize(++seq, status.model(), now, System.nanoTime(), explain.get(), inside.get());
        }
    }

    /**
     * Prediction thread: answers reach the FX thread one at a time, the latest of those that came meanwhile (the
     * Inside window copies every layer's pictures for each answer it is given: answers every few milliseconds
     * while drawing had the FX thread copying pictures no one would see). A warm-up or a failure is never
     * passed over.
     */
    private void handOver(Recognition result) {
        if (result.warmUp() || result.failure() != null) {
            ui.execute(() -> apply(result));
        } else if (pending.getAndSet(result) == null) {
            ui.execute(() -> apply(pending.getAndSet(null)));
        }
    }

    void apply(Recognition result) {
        if (status == null || !status.ready() || result.model() != status.model()) {
            return; // an answer of a model that is no longer active
        }
        if (result.failure() != null) {
            error.set(text.format("draw.predictionFailed", result.failure()));
            if (result.warmUp()) {
                guess.hide(text.format("draw.predictionFailed", result.failure()));
            }
            return;
        }
        if (result.warmUp()) {
            modelReady.set(true);
            showHint();
            if (!drawing.get().isEmpty()) {
                changed();
            }
            return;
        }
        if (result.seq() <= invalidatedUpTo) {
            return; // the drawing was cleared (or the model changed) after this was asked for
        }
        invalidatedUpTo = result.seq();
        layers.set(result.layers());
        if (result.probabilities() == null) {
            guess.hide(text.get("draw.noInk"));
            return;
        }
        ModelCard card = result.model().card();
        guess.show(result.probabilities(), result.pixels(), classNames, Verdict.of(result.probabilities(), card),
                DatasetId.fromId(card.dataset()) == DatasetId.MNIST, result.evidence());
        latency.record((System.nanoTime() - result.requestedNanos()) / 1e6,
                (result.computedNanos() - result.requestedNanos()) / 1e6);
    }

    private void showHint() {
        guess.hide(hintText());
    }

    private String hintText() {
        if (status == null || status.state() == ModelStatus.State.LOADING
                || (status.ready() && !modelReady.get())) {
            return text.get("draw.loading");
        }
        return switch (status.state()) {
            case MISSING -> text.format("draw.noModel", dataset.displayName());
            case FAILED -> text.format("draw.modelFailed", status.problem());
            default -> text.get("draw.hint." + dataset.id());
        };
    }

    public GuessState guess() {
        return guess;
    }

    /** Whether every layer's output is asked for with each answer (the Inside window is open). */
    public BooleanProperty insideProperty() {
        return inside;
    }

    /** The active model, null while none is ready. */
    TrainedModel model() {
        return status != null && status.ready() ? status.model() : null;
    }

    /** Every layer's response to the current drawing, while {@link #insideProperty()} is on; empty otherwise. */
    ReadOnlyObjectProperty<List<InsideLayer>> layersProperty() {
        return layers;
    }

    /** Whether the heat map ("Why?") is asked for with each answer. */
    public BooleanProperty explainProperty() {
        return explain;
    }

    /** Labelling the drawing when the guess is wrong. */
    public Teaching teaching() {
        return teaching;
    }

    public LatencyStats latency() {
        return latency;
    }

    public ObservableList<String> classNames() {
        return readOnlyClassNames;
    }

    public ReadOnlyObjectProperty<Drawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** True once the predictor of the active model is built and warmed up. */
    public ReadOnlyBooleanProperty modelReadyProperty() {
        return modelReady.getReadOnlyProperty();
    }

    /** The last problem opening a picture or predicting, for the view to show; null when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public DoubleProperty brushWidthProperty() {
        return brushWidth;
    }
}
