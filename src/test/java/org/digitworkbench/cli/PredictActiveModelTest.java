package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitworkbench.Launcher;
import org.digitworkbench.data.DatasetId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict} without {@code --model}, started from a folder whose {@code models/mnist.zip} is not the
 * user's: it reads with the model of the workbench home or the one shipped inside the program. A process of its
 * own, as the current directory of this one cannot be changed.
 */
class PredictActiveModelTest {
    private static final Path SEVEN = Path.of("src", "test", "resources", "images", "cmyk-seven-gray.png");

    @TempDir
    Path dir;

    @Test
    void aModelsFolderInTheCurrentDirectoryIsNotTrusted() throws IOException, InterruptedException {
        Path work = Files.createDirectories(dir.resolve("work").resolve("models"));
        // a Fashion-MNIST model where an MNIST one is looked for: its answers would be clothes
        Files.copy(Path.of("models", "fashion-mnist.zip"), work.resolve("mnist.zip"));
        Path home = Files.createDirectories(dir.resolve("home"));

        JsonNode answer = predictIn(work.getParent(), home);
        assertTrue(DatasetId.MNIST.classNames().contains(answer.get("name").asText()), answer.toString());
        assertEquals(7, answer.get("predicted").asInt(), answer.toString());
    }

    @Test
    void theActiveModelOfTheWorkbenchHomeReads() throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home").resolve("models")).getParent();
        // told apart from the shipped MNIST model by its answers, which are clothes
        Files.copy(Path.of("models", "fashion-mnist.zip"), home.resolve("models").resolve("mnist.zip"));

        JsonNode answer = predictIn(Files.createDirectories(dir.resolve("work")), home);
        assertTrue(DatasetId.FASHION_MNIST.classNames().contains(answer.get("name").asText()), answer.toString());
    }

    private JsonNode predictIn(Path work, Path home) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "predict", "--json",
                SEVEN.toAbsolutePath().toString()))
                .directory(work.toFile())
                .redirectError(err.toFile());
        builder.environment().put("DIGIT_WORKBENCH_HOME", home.toString());
        builder.environment().remove("DIGIT_WORKBENCH_MODELS");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(err));
        return new ObjectMapper().readTree(out.strip());
    }
}
