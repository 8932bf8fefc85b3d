package org.digitworkbench.app;

import java.nio.file.Path;
import java.util.Locale;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.keras.KerasFiles;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelFileException;
import org.digitworkbench.ml.store.ModelStore;

/**
 * The model files a user may hand the program, the one way the window and the command line open them: the
 * workbench's own ({@code .zip}, which knows its data set) and Keras's ({@code .keras}, {@code .h5}), read as a
 * model of the data set the user names.
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    public static boolean isKeras(Path file) {
        return KerasFiles.isKerasFile(file);
    }

    /** Whether the file's name says it is a model: a workbench zip or a Keras file (what a drop opens). */
    public static boolean isModelFile(Path file) {
        return isKeras(file) || String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * The model in {@code file}: a workbench model as saved, or a Keras model as a model of {@code dataset}, its
     * card naming the file and Keras version and its test accuracy not yet known (see {@link #scored}).
     */
    public static TrainedModel open(Path file, DatasetId dataset) throws ModelFileException {
        return isKeras(file) ? KerasFiles.read(file, dataset) : ModelStore.load(file);
    }

    /** The model with its accuracy on {@code test} in its card, as a model trained here has it. */
    public static TrainedModel scored(TrainedModel model, LabeledImages test) {
        return model.withTestAccuracy(Evaluator.evaluate(model.newPredictor(), test).accuracy());
    }
}
