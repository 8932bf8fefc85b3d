package org.digitworkbench.ml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.TrainedModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Model files saved before the engine read networks itself load unchanged and give the answers that release gave
 * (its SameDiff graphs, recorded in {@code previous-release-probabilities.txt} for the first 32 test images): a
 * spec with batch normalization, same padding, tanh, sigmoid, dropout and three dense layers, and the shipped MNIST
 * model (the Fashion-MNIST model of that release has since been replaced by one trained with negatives).
 */
class PreviousReleaseModelsTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "models");

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/models/previous-release-spec.zip", "models/mnist.zip"})
    void giveThatReleasesAnswers(String file) throws IOException {
        Path path = Path.of(file);
        float[][] expected = recorded().get(path.getFileName().toString());
        TrainedModel model = ModelStore.load(path);
        DatasetId dataset = DatasetId.fromId(model.card().dataset());
        float[] pixels = new float[expected.length * Architecture.INPUT_SIZE];
        for (int i = 0; i < expected.length; i++) {
            TestData.load(dataset).test().copyImageTo(i, pixels, i * Architecture.INPUT_SIZE);
        }
        float[][] actual = model.newPredictor().probabilities(pixels, expected.length);
        for (int i = 0; i < expected.length; i++) {
            for (int c = 0; c < Architecture.CLASSES; c++) {
                assertEquals(expected[i][c], actual[i][c], 1e-5 + 1e-4 * expected[i][c],
                        file + ": image " + i + " class " + c);
            }
        }
    }

    /** Each file's probabilities: a line "# name", then a line of ten per image. */
    private static Map<String, float[][]> recorded() throws IOException {
        Map<String, float[][]> out = new LinkedHashMap<>();
        String name = null;
        List<float[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve("previous-release-probabilities.txt"))) {
            if (line.startsWith("# ")) {
                if (name != null) {
                    out.put(name, rows.toArray(float[][]::new));
                }
                name = line.substring(2).strip();
                rows = new ArrayList<>();
            } else if (!line.isBlank()) {
                String[] parts = line.strip().split(" ");
                float[] row = new float[parts.length];
                for (int c = 0; c < parts.length; c++) {
                    row[c] = Float.parseFloat(parts[c]);
                }
                rows.add(row);
            }
        }
        out.put(name, rows.toArray(float[][]::new));
        return out;
    }
}
