package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitworkbench.Launcher;
import org.digitworkbench.TestData;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} as a process of its own, with a home of its own: stopped by a signal, or writing onto the active model. */
class TrainProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Process train(Path home, Path err, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "train", "--dataset", "mnist", "--model", "mlp", "--batch", "32",
                "--data-dir", TestData.cacheRoot().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("DIGIT_WORKBENCH_HOME", home.toString());
        builder.environment().remove("DIGIT_WORKBENCH_MODELS");
        return builder.start();
    }

    private static List<JsonNode> runs(Path home) throws IOException {
        List<JsonNode> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(home.resolve("runs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                runs.add(JSON.readTree(file.toFile()));
            }
        }
        return runs;
    }

    @Test
    void aRunStoppedBySignalIsRecordedAsDiscarded() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path err = dir.resolve("err.txt");
        Process process = train(home, err, "--epochs", "30", "--out", dir.resolve("m.zip").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(err).contains("batches") && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(200); // until the progress bar shows: training is under way
        }
        assertTrue(process.isAlive(), Files.readString(err));
        process.destroy(); // SIGTERM: the shutdown hooks run, as on Ctrl+C
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        List<JsonNode> runs = runs(home);
        assertEquals(1, runs.size(), Files.readString(err));
        assertEquals("DISCARDED", runs.get(0).get("outcome").asText());
        assertTrue(Files.notExists(dir.resolve("m.zip")), "no model from a stopped run");
    }

    @Test
    void trainingOntoTheActiveModelShelvesItFirst() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home").resolve("models")).getParent();
        Path active = home.resolve("models").resolve("mnist.zip");
        Files.copy(Path.of("models", "mnist.zip"), active);
        Path err = dir.resolve("err.txt");
        Process process = train(home, err, "--epochs", "1", "--limit", "500", "--out", active.toString());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(err));

        assertEquals("mlp", ModelStore.readCard(active).architecture(), "the new model is active");
        try (Stream<Path> shelf = Files.list(home.resolve("models").resolve("mnist"))) {
            List<Path> kept = shelf.filter(f -> f.toString().endsWith(".zip")).toList();
            assertEquals(1, kept.size());
            assertEquals("cnn-deep", ModelStore.readCard(kept.get(0)).architecture(), "the old one is on the shelf");
        }
    }
}
