package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --warmup}: in epochs, recorded with the run, no longer than the run. */
class TrainWarmupCommandTest {
    @TempDir
    Path dir;

    @Test
    void aWarmUpOfHalfAnEpochIsRecordedWithTheRun() throws IOException {
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--limit", "640", "--seed", "913",
                "--warmup", "0.5", "--out", dir.resolve("warm.zip").toString());
        assertEquals(0, run.exitCode(), run.err());
        RunEntry entry = RunHistory.at(WorkbenchHome.current()).list().stream()
                .filter(r -> r.seed() == 913 && r.limit() == 640).findFirst().orElseThrow();
        assertEquals(0.5, entry.warmup());
        assertEquals(0.5, entry.settings().warmup());
    }

    @Test
    void aWarmUpLongerThanTheRunIsAUsageError() {
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--epochs", "2", "--warmup", "3",
                "--out", dir.resolve("never.zip").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("warm-up"), run.err());
    }
}
