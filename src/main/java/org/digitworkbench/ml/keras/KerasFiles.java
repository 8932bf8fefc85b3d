package org.digitworkbench.ml.keras;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.arch.SpecException;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.store.ModelFileException;
import org.digitworkbench.ml.store.ModelFileException.Reason;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras files as workbench models and back: {@code .keras} (Keras 3) and legacy {@code .h5} (Keras 2 and 3), told
 * apart by their names. A Keras file does not say what data its model learned, so the reader is told.
 */
public final class KerasFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KerasFiles() {
    }

    /** Whether {@code file} is named as a Keras file: {@code .keras}, {@code .h5} or {@code .hdf5}. */
    public static boolean isKerasFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".keras") || name.endsWith(".h5") || name.endsWith(".hdf5");
    }

    static boolean isArchive(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".keras");
    }

    /**
     * The Keras model in {@code file} as a workbench model of {@code dataset}; its card names the file and the Keras
     * version that wrote it.
     *
     * @throws ModelFileException naming the file and, for a model Digit Workbench cannot run, the layer or setting
     */
    public static TrainedModel read(Path file, DatasetId dataset) throws ModelFileException {
        NativeRuntime.configure();
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ModelFileException(file, Reason.NOT_A_MODEL, "not a regular file, not a Keras model");
            }
            KerasModel model = isArchive(file) ? KerasArchive.read(file) : LegacyH5.read(file);
            Architecture architecture = model.architecture();
            ModelCard card = ModelCard.imported(dataset.id(), architecture.id(), architecture.parameterCount(),
                    Instant.now().toString(), architecture.spec(),
                    new ModelCard.ImportedFrom(String.valueOf(file.getFileName()), model.kerasVersion()));
            return new TrainedModel(card, model.params());
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, Reason.MISSING, "no such file");
        } catch (KerasProblem e) {
            throw e.about(file);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, Reason.CORRUPT, "not a readable Keras file (" + e.getMessage() + ")",
                    String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Writes {@code model} as a Keras file, {@code .keras} or legacy {@code .h5} by the name, that Keras 3 loads and
     * predicts with as we do.
     */
    public static void write(TrainedModel model, Path file) throws IOException {
        NativeRuntime.configure();
        KerasExport.Plan plan = KerasExport.of(model);
        if (isArchive(file)) {
            KerasArchive.write(plan, file);
        } else {
            LegacyH5.write(plan, file);
        }
    }

    /** The parts of a Keras file every reader gives: what it says of itself and its arrays by our names. */
    record KerasModel(Architecture architecture, Map<String, INDArray> params, String kerasVersion) {
    }

    /** A model config (the JSON of {@code config.json} or of {@code model_config}) translated into a spec. */
    static Translated translate(byte[] json) {
        JsonNode config;
        try {
            config = JSON.readTree(json);
        } catch (IOException e) {
            throw KerasProblem.corrupt("the model config is not JSON (" + (e instanceof JsonProcessingException j
                    ? j.getOriginalMessage() : e.getMessage()) + ")");
        }
        if (config == null || !config.isObject()) {
            throw KerasProblem.corrupt("the model config is not a JSON object");
        }
        KerasLayers.Translation translation = KerasLayers.of(KerasChain.of(config));
        try {
            return new Translated(Architecture.parse(translation.spec()), translation);
        } catch (SpecException e) {
            throw KerasProblem.unsupported("its layers as the architecture '" + translation.spec() + "': "
                    + e.getMessage());
        }
    }

    record Translated(Architecture architecture, KerasLayers.Translation translation) {
        /** The most bytes a weights file of this model takes: its arrays, optimizer state for each, and room. */
        long maxWeightBytes() {
            long values = ParameterShapes.saved(architecture).values().stream().mapToLong(ParameterShapes::count)
                    .sum();
            return values * Float.BYTES * 5 + (4 << 20);
        }
    }
}
