package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;
import org.digitworkbench.ml.preprocess.ImageFiles;
import org.digitworkbench.ml.step.LayerOutput;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect} reports the forward pass's own layer outputs for the picture, read as predict reads it. */
class InspectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MODEL = Path.of("models", "mnist.zip");
    private static final Path SEVEN = Path.of("src", "test", "resources", "images", "cmyk-seven-gray.png");

    @TempDir
    Path dir;

    @Test
    void everyLayersFiguresAreTheForwardPassesAndEachLayerIsPictured() throws IOException {
        Path pictures = dir.resolve("layers");
        CliRun run = CliRun.of("inspect", "--model", MODEL.toString(), "--json", "--png", pictures.toString(),
                SEVEN.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out().strip());
        assertEquals(7, json.get("predicted").asInt());

        TrainedModel model = ModelStore.load(MODEL);
        float[] input = DigitPreprocessor.forDataset(ImageFiles.read(SEVEN), DatasetId.MNIST).orElseThrow();
        List<LayerOutput> outputs = model.newPredictor().layerOutputs(input);
        JsonNode layers = json.get("layers");
        assertEquals(outputs.size(), layers.size());
        for (LayerOutput output : outputs) {
            JsonNode layer = layers.get(output.index());
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            double sum = 0;
            int zeros = 0;
            for (float value : output.values()) {
                min = Math.min(min, value);
                max = Math.max(max, value);
                sum += value;
                zeros += value == 0 ? 1 : 0;
            }
            String where = "layer " + output.index();
            assertTrue(layer.get("layer").asText().startsWith(output.layer().text()), where);
            assertArrayEquals(output.shape().perImage(), JSON.convertValue(layer.get("shape"), long[].class), where);
            assertEquals(min, layer.get("min").asDouble(), 1e-6, where);
            assertEquals(max, layer.get("max").asDouble(), 1e-6, where);
            assertEquals(sum / output.values().length, layer.get("mean").asDouble(), 1e-6, where);
            assertEquals((double) zeros / output.values().length, layer.get("zeros").asDouble(), 1e-12, where);
            assertTrue(Files.isRegularFile(pictures.resolve("layer-" + output.index() + ".png")), where);
        }
        assertEquals("conv(32,3,same), relu", layers.get(0).get("layer").asText(), "as architectures prints it");
        assertTrue(layers.get(0).get("zeros").asDouble() > 0, "after a ReLU some maps are quiet");

        BufferedImage first = ImageIO.read(pictures.resolve("layer-0.png").toFile());
        assertEquals(6 * (56 + 2) + 2, first.getWidth(), "32 maps of 28x28 twice enlarged, six a row");
        BufferedImage filters = ImageIO.read(pictures.resolve("filters.png").toFile());
        assertEquals(6 * (3 * 8 + 2) + 2, filters.getWidth(), "32 kernels of 3x3, eight times enlarged");
    }

    @Test
    void aFolderAsThePictureAndAFileAsThePictureFolderAreRefused() throws IOException {
        CliRun folder = CliRun.of("inspect", "--model", MODEL.toString(), dir.toString());
        assertEquals(ExitCodes.FAILURE, folder.exitCode());
        assertTrue(folder.err().contains("a folder, not an image file"), folder.err());

        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun taken = CliRun.of("inspect", "--model", MODEL.toString(), "--png", file.toString(), SEVEN.toString());
        assertEquals(ExitCodes.FAILURE, taken.exitCode());
        assertTrue(taken.err().contains("already exists as a file"), taken.err());
        assertEquals("x", Files.readString(file));
    }
}
