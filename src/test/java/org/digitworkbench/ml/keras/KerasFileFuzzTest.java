package org.digitworkbench.ml.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.digitworkbench.FuzzScratch;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelFileException;

/**
 * Fuzz target for the Keras reader: any file opened as a Keras model loads as a model that gives ten probabilities,
 * or is refused with a {@link ModelFileException}; nothing else. The first byte picks what the rest is: 0 a whole
 * {@code .h5} file, 1 a whole {@code .keras} file, 2 the weights file of a {@code .keras} beside a good config, 3 the
 * config beside good weights (of a small model with batch normalization, so that mutations reach the arrays).
 *
 * <p>{@code mvn verify} replays {@code KerasFileFuzzTestInputs/kerasFile}; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class KerasFileFuzzTest {
    private static final Architecture SMALL = Architecture.parse("conv(2,3), batchnorm, relu, maxpool, dense(10)");
    private static final byte[][] GOOD = goodEntries();

    @FuzzTest(maxDuration = "10m")
    void kerasFile(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        byte[] rest = Arrays.copyOfRange(data, 1, data.length);
        Path dir = FuzzScratch.empty("keras");
        Path file;
        switch (Math.floorMod(data[0], 4)) {
            case 0 -> file = Files.write(dir.resolve("fuzzed.h5"), rest);
            case 1 -> file = Files.write(dir.resolve("fuzzed.keras"), rest);
            case 2 -> file = Files.write(dir.resolve("fuzzed.keras"), archive(GOOD[0], rest));
            default -> file = Files.write(dir.resolve("fuzzed.keras"), archive(rest, GOOD[1]));
        }
        TrainedModel model;
        try {
            model = KerasFiles.read(file, DatasetId.MNIST);
        } catch (ModelFileException refused) {
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
            return;
        }
        float[] p = model.newPredictor().probabilities(new float[Architecture.INPUT_SIZE]);
        assertEquals(Architecture.CLASSES, p.length);
    }

    private static byte[] archive(byte[] config, byte[] weights) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            CraftedKeras.entry(zip, KerasArchive.CONFIG, config);
            CraftedKeras.entry(zip, KerasArchive.WEIGHTS, weights);
        }
        return bytes.toByteArray();
    }

    /** The config and the weights file of a small model, as the export writes them. */
    static byte[][] goodEntries() {
        try {
            Path file = Files.createTempDirectory("digit-workbench-keras-seed").resolve("small.keras");
            ModelCard card = ModelCard.imported("mnist", SMALL.id(), SMALL.parameterCount(), "2026-12-07T00:00:00Z",
                    SMALL.spec(), null);
            KerasFiles.write(new TrainedModel(card, ParameterInitializer.initialize(SMALL, 7)), file);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return new byte[][] {
                    zip.getInputStream(zip.getEntry(KerasArchive.CONFIG)).readAllBytes(),
                    zip.getInputStream(zip.getEntry(KerasArchive.WEIGHTS)).readAllBytes()};
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
