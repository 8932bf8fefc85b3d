package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one readable line on standard error, no stack trace, a non-zero exit code, nothing written. */
class CliErrorsTest {
    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun run, int code, String expected) {
        assertEquals(code, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownDataSet() {
        assertOneLineError(CliRun.of("fetch", "--dataset", "cifar"), ExitCodes.USAGE,
                "unknown data set 'cifar'; valid ids: mnist, fashion-mnist");
    }

    @Test
    void invalidTrainingSettingsAreRefusedBeforeAnyWork() {
        Path out = dir.resolve("m.zip");
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--epochs", "0", "--batch", "-3",
                "--lr", "5", "--out", out.toString());
        assertOneLineError(run, ExitCodes.USAGE, "epochs must be between 1 and 100 (got 0)");
        assertTrue(run.err().contains("batch size must be between 8 and 4096 (got -3)"), run.err());
        assertTrue(run.err().contains("learning rate must be greater than 0 and at most 1 (got 5.0)"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownArchitectureAndOptimizer() {
        assertOneLineError(CliRun.of("train", "--dataset", "mnist", "--model", "vgg", "--out", "x.zip"),
                ExitCodes.USAGE, "unknown architecture 'vgg'");
        assertOneLineError(CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--optimizer", "lbfgs",
                "--out", "x.zip"), ExitCodes.USAGE, "unknown optimizer 'lbfgs'");
    }

    @Test
    void anOutThatCannotBeWrittenIsRefusedBeforeTraining() throws IOException {
        assertOneLineError(CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--out", dir.toString()),
                ExitCodes.USAGE, "is a folder; name a file in it");
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertOneLineError(CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--out",
                file.resolve("m.zip").toString()), ExitCodes.USAGE, "nothing can be written in " + file);
    }

    @Test
    void aModelIsNeitherScoredNorReadAsAnotherDataSets() {
        Path fashion = Path.of("models", "fashion-mnist.zip");
        assertOneLineError(CliRun.of("evaluate", "--model", fashion.toString(), "--dataset", "mnist"),
                ExitCodes.USAGE, "was trained on Fashion-MNIST, whose ten classes are not MNIST's");
        assertOneLineError(CliRun.of("predict", "--model", fashion.toString(), "--dataset", "mnist",
                "src/test/resources/images/cmyk-seven-gray.png"), ExitCodes.USAGE,
                "is a Fashion-MNIST model and reads with its own classes");
    }

    @Test
    void benchRefusesABadInferenceBatchAndAProfileWithoutTraining() {
        assertOneLineError(CliRun.of("bench", "--model", "mlp", "--infer-batch", "0"), ExitCodes.USAGE,
                "infer batch must be between 1 and 4096 (got 0)");
        assertOneLineError(CliRun.of("bench", "--model", "mlp", "--skip-training", "--profile"), ExitCodes.USAGE,
                "--profile times the training phase, which --skip-training leaves out");
    }

    @Test
    void missingModelFile() {
        Path missing = dir.resolve("missing.zip");
        assertOneLineError(CliRun.of("evaluate", "--model", missing.toString()), ExitCodes.FAILURE,
                "error: " + missing + ": no such file");
    }

    @Test
    void fileThatIsNotAModel() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "hello");
        assertOneLineError(CliRun.of("predict", "--model", text.toString(), "x.png"), ExitCodes.FAILURE,
                text + ": not a model file");
    }

    @Test
    void theCommandLineStaysEnglishOnAChineseSystem() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "hello");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertOneLineError(CliRun.of("predict", "--model", text.toString(), "x.png"), ExitCodes.FAILURE,
                    text + ": not a model file");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void verboseAddsTheStackTrace() {
        Path missing = dir.resolve("missing.zip");
        CliRun run = CliRun.of("evaluate", "--model", missing.toString(), "--verbose");
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"fetch", "train", "evaluate", "predict", "bench"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: digit-workbench " + command), run.out());
        }
    }

    @Test
    void anUnknownCommandPointsToTheHelpOnce() {
        CliRun run = CliRun.of("frobnicate");
        assertOneLineError(run, ExitCodes.USAGE, "try: digit-workbench --help");
        assertFalse(run.err().contains("digit-workbench digit-workbench"), run.err());
    }

    @Test
    void benchSaysTheTrueBoundOfItsSeconds() {
        CliRun run = CliRun.of("bench", "--model", "mlp", "--seconds", "0");
        assertOneLineError(run, ExitCodes.USAGE, "seconds must be more than 0 and at most 3600 (got 0.0)");
        assertTrue(run.err().contains("try: digit-workbench bench --help"), run.err());
    }

    @Test
    void aFolderGivenToPredictIsCalledAFolder() {
        CliRun run = CliRun.of("predict", dir.toString());
        assertOneLineError(run, ExitCodes.FAILURE, dir + ": a folder, not an image file");
    }
}
