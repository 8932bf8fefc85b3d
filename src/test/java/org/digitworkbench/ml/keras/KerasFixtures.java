package org.digitworkbench.ml.keras;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitworkbench.data.DatasetId;

/**
 * The files real Keras wrote ({@code src/test/keras/make_fixtures.py}) and what Keras said of them:
 * {@code expected.json} holds, per model, its files, data set, Keras version, whether it gives logits, Keras's
 * test accuracy and its probabilities for the first 100 test images.
 */
record KerasFixtures(String model, Path file, DatasetId dataset, String kerasVersion, double testAccuracy,
                     float[][] probabilities) {
    static final Path FOLDER = folder();

    @Override
    public String toString() {
        return file.getFileName().toString();
    }

    static List<KerasFixtures> all() {
        try {
            JsonNode expected = new ObjectMapper().readTree(FOLDER.resolve("expected.json").toFile());
            List<KerasFixtures> fixtures = new ArrayList<>();
            for (Map.Entry<String, JsonNode> model : expected.properties()) {
                JsonNode m = model.getValue();
                float[][] probabilities = new float[m.get("probabilities").size()][];
                for (int i = 0; i < probabilities.length; i++) {
                    JsonNode row = m.get("probabilities").get(i);
                    probabilities[i] = new float[row.size()];
                    for (int c = 0; c < row.size(); c++) {
                        probabilities[i][c] = row.get(c).floatValue();
                    }
                }
                for (JsonNode file : m.get("files")) {
                    fixtures.add(new KerasFixtures(model.getKey(), FOLDER.resolve(file.asText()),
                            DatasetId.fromId(m.get("dataset").asText()), m.get("kerasVersion").asText(),
                            m.get("testAccuracy").asDouble(), probabilities));
                }
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Path.of(KerasFixtures.class.getResource("fixtures/expected.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
