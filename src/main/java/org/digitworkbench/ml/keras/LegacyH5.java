package org.digitworkbench.ml.keras;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.WritableGroup;
import org.digitworkbench.ml.keras.KerasFiles.KerasModel;
import org.digitworkbench.ml.keras.KerasFiles.Translated;
import org.digitworkbench.ml.store.AtomicFiles;
import org.digitworkbench.ml.store.ModelFileException.Reason;

/**
 * A legacy {@code .h5} model as Keras 2 and 3 write it: the attributes {@code keras_version} and
 * {@code model_config} (the model's JSON), and under {@code model_weights/<layer>} the attribute
 * {@code weight_names}, the paths of the layer's arrays in order (Keras 2: {@code <layer>/kernel:0}; Keras 3:
 * {@code <model>/<layer>/kernel}).
 */
final class LegacyH5 {
    static final String WEIGHTS = "model_weights";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LegacyH5() {
    }

    static KerasModel read(Path file) throws IOException {
        try (HdfFile h5 = HdfFile.fromBytes(Hdf5.bytes(file))) {
            String config = Hdf5.text(h5, "model_config");
            if (config == null) {
                throw new KerasProblem(Reason.NOT_A_MODEL, "not a Keras model (no model_config; a file of weights"
                        + " alone cannot be opened)");
            }
            Translated model = KerasFiles.translate(config.getBytes(StandardCharsets.UTF_8));
            Group weights = Hdf5.group(h5, WEIGHTS, "weights");
            return new KerasModel(model.architecture(), KerasWeights.read(model.architecture(),
                    model.translation().weighted(), layer -> arrays(weights, layer.name())), Hdf5.text(h5, "keras_version"));
        }
    }

    /**
     * Writes {@code plan} in the legacy layout as Keras 3 does: {@code model_weights/<layer>/<layer>/kernel}, with
     * {@code layer_names} listing the layers that have weights and each one's {@code weight_names}.
     */
    static void write(KerasExport.Plan plan, Path file) throws IOException {
        String config = JSON.writeValueAsString(plan.config());
        byte[] bytes = Hdf5.written(h5 -> {
            h5.putAttribute("keras_version", KerasExport.KERAS_VERSION);
            h5.putAttribute("backend", "tensorflow");
            h5.putAttribute("model_config", config);
            WritableGroup weights = h5.putGroup(WEIGHTS);
            List<String> names = new ArrayList<>();
            for (KerasExport.Layer layer : plan.layers()) {
                if (layer.arrays().isEmpty()) {
                    continue;
                }
                names.add(layer.name());
                WritableGroup group = weights.putGroup(layer.name());
                WritableGroup inner = group.putGroup(layer.name());
                List<String> weightNames = new ArrayList<>();
                for (KerasExport.Array array : layer.arrays()) {
                    inner.putDataset(array.name(), Hdf5.nested(array.values(), array.shape()));
                    weightNames.add(layer.name() + "/" + array.name());
                }
                group.putAttribute("weight_names", weightNames.toArray(String[]::new));
            }
            weights.putAttribute("layer_names", names.toArray(String[]::new));
            weights.putAttribute("backend", "tensorflow");
            weights.putAttribute("keras_version", KerasExport.KERAS_VERSION);
        });
        AtomicFiles.write(file, bytes);
    }

    private static List<Dataset> arrays(Group weights, String layer) {
        Group group = Hdf5.group(weights, Hdf5.pathElement(layer), "weights of layer '" + layer + "'");
        List<Dataset> arrays = new ArrayList<>();
        for (String name : Hdf5.names(group, "weight_names")) {
            arrays.add(Hdf5.dataset(group, name, "array " + name + " of layer '" + layer + "'"));
        }
        return arrays;
    }
}
