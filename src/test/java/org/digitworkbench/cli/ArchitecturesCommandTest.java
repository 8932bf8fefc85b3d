package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The architectures command, and specs wherever the command line takes an architecture. */
class ArchitecturesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CNN_SMALL = "conv(32,3), relu, maxpool, dense(100), relu, dense(10)";

    @TempDir
    Path dir;

    @Test
    void jsonListsEveryBuiltInWithItsSpecAndSize() throws IOException {
        CliRun run = CliRun.of("architectures", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode list = JSON.readTree(run.out());
        assertEquals(Architecture.builtIns().size(), list.size());
        JsonNode cnnSmall = list.get(1);
        assertEquals("cnn-small", cnnSmall.get("id").asText());
        assertEquals(CNN_SMALL, cnnSmall.get("spec").asText());
        assertEquals(542_230, cnnSmall.get("parameters").asLong());
        assertEquals(3, cnnSmall.size(), "id, spec and parameters only");
        assertTrue(run.out().contains("\"id\":\"cnn-fashion\"") && run.out().contains("\"id\":\"mlp-small\""));
    }

    @Test
    void textListsThemOneALineAndHelpDocumentsTheLanguage() {
        CliRun run = CliRun.of("architectures");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("mlp-small ")
                && line.endsWith(" 118,282  dense(128), relu, dense(128), relu, dense(10)")), run.out());
        CliRun help = CliRun.of("architectures", "--help");
        assertTrue(help.out().contains("conv(F,K,same)") && help.out().contains("must be dense(10)"), help.out());
    }

    @Test
    void showsASpecLayerByLayer() throws IOException {
        JsonNode shown = JSON.readTree(CliRun.of("architectures", "--json", "tutorial-c").out());
        assertEquals("cnn-small", shown.get("id").asText());
        JsonNode first = shown.get("layers").get(0);
        assertEquals("conv(32,3)", first.get("layer").asText());
        assertEquals("26x26x32", first.get("output").asText());
        assertEquals(320, first.get("parameters").asLong());
        assertEquals("relu", shown.get("layers").get(1).get("layer").asText(), "a row of its own");
        assertEquals("13x13x32", shown.get("layers").get(2).get("output").asText());
        assertEquals(5408 * 100 + 100, shown.get("layers").get(3).get("parameters").asLong(), "dense flattens");
        CliRun text = CliRun.of("architectures", "conv(8,3), maxpool, dense(10)");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("custom: conv(8,3), maxpool, dense(10)"), text.out());
        assertTrue(text.out().contains("13x13x8"), text.out());
    }

    @Test
    void aBadSpecSaysWhereAndWhat() {
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "conv(32,3), relu, dense(100)",
                "--out", dir.resolve("x.zip").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("at 19: the last layer must be dense(10)"), run.err());
    }

    @Test
    void trainsASpecWithValidationACosineScheduleAndTheBestEpoch() throws IOException {
        Path out = dir.resolve("spec.zip");
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", CNN_SMALL.replace("conv(32,3)", "conv(8,3)"),
                "--validation", "300", "--schedule", "cosine", "--keep-best", "--epochs", "2", "--limit", "1500",
                "--batch", "32", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        TrainedModel model = ModelStore.load(out);
        assertEquals("custom", model.card().architecture());
        assertEquals("conv(8,3), relu, maxpool, dense(100), relu, dense(10)", model.card().spec());
        assertTrue(model.card().testAccuracy() > 0.7, "test accuracy " + model.card().testAccuracy());

        CliRun evaluated = CliRun.of("evaluate", "--model", out.toString(), "--json");
        assertEquals(0, evaluated.exitCode(), evaluated.err());
        CliRun builtIn = CliRun.of("train", "--dataset", "mnist", "--model", CNN_SMALL, "--epochs", "1", "--limit",
                "500", "--out", dir.resolve("named.zip").toString());
        assertEquals(0, builtIn.exitCode(), builtIn.err());
        assertEquals("cnn-small", ModelStore.load(dir.resolve("named.zip")).card().architecture(),
                "a built-in's spec is that built-in");
    }
}
