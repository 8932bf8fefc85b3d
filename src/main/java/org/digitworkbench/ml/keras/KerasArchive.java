package org.digitworkbench.ml.keras;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.WritableGroup;
import org.digitworkbench.ml.keras.KerasFiles.KerasModel;
import org.digitworkbench.ml.keras.KerasFiles.Translated;
import org.digitworkbench.ml.store.AtomicFiles;

/**
 * A {@code .keras} file: a zip of {@code config.json} (the model), {@code metadata.json} (the Keras version) and
 * {@code model.weights.h5} (each layer's arrays as {@code layers/<name>/vars/0, 1, ...}; the optimizer's under
 * {@code optimizer/}, not read). No entry is inflated past what its part can take.
 */
final class KerasArchive {
    static final String CONFIG = "config.json";
    static final String METADATA = "metadata.json";
    static final String WEIGHTS = "model.weights.h5";
    private static final int MAX_METADATA_BYTES = 64 << 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KerasArchive() {
    }

    static KerasModel read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Translated model = KerasFiles.translate(entry(zip, CONFIG, Hdf5.MAX_TEXT_BYTES));
            String version = null;
            if (zip.getEntry(METADATA) != null) {
                version = JSON.readTree(entry(zip, METADATA, MAX_METADATA_BYTES)).path("keras_version").asText(null);
            }
            try (HdfFile weights = HdfFile.fromBytes(entry(zip, WEIGHTS, model.maxWeightBytes()))) {
                return new KerasModel(model.architecture(), KerasWeights.read(model.architecture(),
                        model.translation().weighted(), layer -> arrays(weights, layer)), version);
            }
        }
    }

    /**
     * Writes {@code plan} as a .keras file: the weights file holds {@code layers/<name>/vars/0, 1, ...} for every
     * layer (an empty {@code vars} for those without weights) and nothing else, no optimizer.
     */
    static void write(KerasExport.Plan plan, Path file) throws IOException {
        byte[] weights = Hdf5.written(h5 -> {
            WritableGroup all = h5.putGroup("layers");
            for (KerasExport.Layer layer : plan.layers()) {
                if (layer.className().equals("InputLayer")) {
                    continue; // not one of a Sequential model's layers
                }
                WritableGroup vars = all.putGroup(layer.name()).putGroup("vars");
                vars.putAttribute("name", layer.name());
                for (int i = 0; i < layer.arrays().size(); i++) {
                    KerasExport.Array array = layer.arrays().get(i);
                    vars.putDataset(Integer.toString(i), Hdf5.nested(array.values(), array.shape()));
                }
            }
        });
        ObjectNode metadata = JSON.createObjectNode().put("keras_version", KerasExport.KERAS_VERSION)
                .put("date_saved", DateTimeFormatter.ofPattern("yyyy-MM-dd@HH:mm:ss", Locale.ROOT)
                        .format(LocalDateTime.now()));
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, METADATA, JSON.writeValueAsBytes(metadata));
            put(zip, CONFIG, JSON.writeValueAsBytes(plan.config()));
            put(zip, WEIGHTS, weights);
            zip.finish();
        });
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** A layer's arrays, where Keras 3 puts them; the name Keras notes beside them must be the layer's. */
    private static List<Dataset> arrays(HdfFile weights, KerasLayers.Weighted layer) {
        String what = "weights of layer '" + layer.name() + "'";
        Group vars = Hdf5.group(weights, layer.path() + "/vars", what);
        String noted = Hdf5.text(vars, "name");
        if (noted != null && !noted.equals(layer.name())) {
            throw KerasProblem.corrupt(layer.path() + " holds the weights of '" + noted + "', not of '" + layer.name()
                    + "'");
        }
        return Hdf5.numbered(vars, what);
    }

    /** An entry's bytes, refused past {@code max} whatever the zip declares. */
    private static byte[] entry(ZipFile zip, String name, long max) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new KerasProblem(org.digitworkbench.ml.store.ModelFileException.Reason.NOT_A_MODEL,
                    "not a Keras model (no " + name + " inside)");
        }
        if (entry.getSize() > max) {
            throw KerasProblem.corrupt(name + " declares " + entry.getSize() + " bytes; this model needs at most "
                    + max);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw KerasProblem.corrupt(name + " holds more than the " + max + " bytes this model needs");
            }
            return bytes;
        }
    }
}
