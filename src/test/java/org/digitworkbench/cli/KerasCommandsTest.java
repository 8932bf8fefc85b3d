package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, export, and Keras files where the commands take a model, end to end on the fixtures Keras wrote. */
class KerasCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String fixture(String name) throws Exception {
        return Path.of(KerasCommandsTest.class.getResource("/org/digitworkbench/ml/keras/fixtures/" + name).toURI())
                .toString();
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }

    @Test
    void importScoresAndSavesAWorkbenchModelThatTrainsOn() throws Exception {
        Path out = dir.resolve("tutorial-e.zip");
        JsonNode imported = json(CliRun.of("import", fixture("tutorial-e.keras"), "--dataset", "mnist", "--out",
                out.toString(), "--json"));
        assertEquals("mlp", imported.get("architecture").asText());
        assertEquals("3.15.1", imported.get("kerasVersion").asText());
        assertEquals(0.9589, imported.get("testAccuracy").asDouble(), 0.001, "Keras's own test accuracy");
        JsonNode card = JSON.readTree(dir.resolve("tutorial-e.json").toFile());
        assertEquals("tutorial-e.keras", card.get("importedFrom").get("file").asText());

        Path continued = dir.resolve("continued.zip");
        CliRun train = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--from", out.toString(),
                "--epochs", "1", "--batch", "64", "--limit", "1000", "--validation", "0", "--out", continued.toString());
        assertEquals(0, train.exitCode(), train.err());
        JsonNode after = JSON.readTree(dir.resolve("continued.json").toFile());
        assertEquals("tutorial-e.keras", after.get("continuedFrom").get("importedFrom").get("file").asText());
    }

    @Test
    void predictEvaluateAndArchitecturesTakeAKerasFile() throws Exception {
        String keras = fixture("tutorial-b.h5");
        JsonNode evaluation = json(CliRun.of("evaluate", "--model", keras, "--dataset", "fashion-mnist", "--json"));
        assertEquals(0.8633, evaluation.get("accuracy").asDouble(), 0.001);
        CliRun shown = CliRun.of("architectures", keras);
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().startsWith("cnn-fashion: conv(64,3), relu, maxpool"), shown.out());
    }

    @Test
    void exportWritesKerasFilesThatOpenAsTheSameModel() throws Exception {
        Path model = dir.resolve("d.zip");
        json(CliRun.of("import", fixture("tutorial-d.keras"), "--dataset", "mnist", "--out", model.toString(), "--json"));
        for (String name : new String[] {"d.keras", "d.h5"}) {
            Path out = dir.resolve(name);
            JsonNode exported = json(CliRun.of("export", model.toString(), "--out", out.toString(), "--json"));
            assertEquals("mlp-small", exported.get("architecture").asText());
            assertTrue(Files.size(out) > 400_000);
            JsonNode again = json(CliRun.of("evaluate", "--model", out.toString(), "--json"));
            assertEquals(0.9638, again.get("accuracy").asDouble(), 0.001, name);
        }
        CliRun wrongName = CliRun.of("export", model.toString(), "--out", dir.resolve("d.zip2").toString());
        assertEquals(ExitCodes.USAGE, wrongName.exitCode());
        assertTrue(wrongName.err().contains("name a .keras or .h5 file"), wrongName.err());
    }

    @Test
    void anUnsupportedKerasModelIsOneLineNamingTheLayer() throws Exception {
        Path file = dir.resolve("lstm.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("config.json"));
            zip.write(("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"InputLayer\","
                    + " \"config\": {\"name\": \"in\", \"batch_shape\": [null, 28, 28]}}, {\"class_name\": \"LSTM\","
                    + " \"config\": {\"name\": \"memory\"}}, {\"class_name\": \"Dense\", \"config\": {\"name\": \"d\","
                    + " \"units\": 10}}]}}").getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("predict", "--model", file.toString(), fixture("expected.json"));
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().startsWith("error: " + file + ": layer 'memory' (LSTM): not supported; supported are"),
                run.err());
        assertEquals(1, run.err().strip().split("\n").length, run.err());
    }
}
