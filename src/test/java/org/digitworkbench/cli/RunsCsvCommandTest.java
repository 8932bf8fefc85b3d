package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.app.RunCurvesCsv;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs --csv}: the curves of the runs named, from the history the window shares. */
class RunsCsvCommandTest {
    @TempDir
    Path dir;

    private static RunEntry run(String id, int number, String name, double loss) {
        return new RunEntry(id, RunEntry.WINDOW, "2026-12-01T10:00:00Z", "mnist", "mlp", 2, 64, 0.001,
                "adam", 42, 0, null, List.of(new LossPoint(2, loss / 2, 0.001, 40)),
                List.of(new EpochRecord(1, loss, 0.8, 0.85, 1, null), new EpochRecord(2, loss / 2, 0.9, Double.NaN, 2,
                        0.91, 0.3)), RunEntry.Outcome.FINISHED, null, 0.95, 2, null, "constant", "none", 0, null, 0,
                null, number, name, null, null);
    }

    @Test
    void writesTheNamedRunsCurvesByNumberOrId() throws IOException {
        String id = "csv-test-" + System.nanoTime();
        RunHistory history = RunHistory.at(WorkbenchHome.current());
        int first = history.nextNumber();
        history.append(run(id + "-a", first, null, 0.5));
        history.append(run(id + "-b", first + 1, "small, fast", 0.25));
        history.append(run(id + "-c", first + 2, null, 1));
        Path file = dir.resolve("out.csv");

        CliRun result = CliRun.of("runs", "--csv", file.toString(), "#" + (first + 1), id + "-a");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("2 runs written"), result.out());
        List<String> lines = Files.readAllLines(file);
        String b = (first + 1) + ",\"small, fast\",window,";
        String a = first + ",,window,";
        assertEquals(List.of(String.join(",", RunCurvesCsv.COLUMNS),
                b + "epoch,,1,0.25,,0.8,,,0.85",
                b + "batch,40,2,0.125,0.001,,,,",
                b + "epoch,40,2,0.125,,0.9,0.3,0.91,0.95",
                a + "epoch,,1,0.5,,0.8,,,0.85",
                a + "batch,40,2,0.25,0.001,,,,",
                a + "epoch,40,2,0.25,,0.9,0.3,0.91,0.95"), lines);
        assertEquals("run,name,source,kind,step,epoch,loss,learning_rate,train_accuracy,validation_loss,"
                + "validation_accuracy,test_accuracy", lines.get(0));
    }

    @Test
    void anUnknownRunIsAUsageErrorAndWritesNothing() {
        Path file = dir.resolve("none.csv");
        CliRun result = CliRun.of("runs", "--csv", file.toString(), "no-such-run");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("no run no-such-run"), result.err());
        assertFalse(Files.exists(file));
    }
}
