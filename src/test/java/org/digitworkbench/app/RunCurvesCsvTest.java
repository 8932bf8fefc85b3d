package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCurvesCsvTest {
    @TempDir
    Path dir;

    static RunEntry run(String id, String source, String architecture, List<EpochRecord> epochs) {
        return new RunEntry(id, source, "2026-12-01T10:00:00Z", "mnist", architecture, epochs.size(), 64, 0.001,
                "adam", 42, 0, null, List.of(), epochs, RunEntry.Outcome.FINISHED, null, 0.9, 10, null,
                "constant", "none", 0, null, 0, null, 0, null, null);
    }

    @Test
    void oneRowPerRunAndEpochUnderAHeader() {
        RunEntry first = run("a", RunEntry.WINDOW, "mlp", List.of(
                new EpochRecord(1, 0.5, 0.85, 0.9, 1, null),
                new EpochRecord(2, 0.25, 0.95, Double.NaN, 2, 0.96)));
        RunEntry second = run("b", RunEntry.COMMAND_LINE, "cnn", List.of(new EpochRecord(1, 0.125, 0.9, 0.91, 3, 0.9)));

        List<String> lines = List.of(RunCurvesCsv.format(List.of(first, second)).split("\r\n"));

        assertEquals(List.of(
                "run,source,architecture,dataset,epoch,train_loss,train_accuracy,validation_accuracy,test_accuracy",
                "a,window,mlp,mnist,1,0.5,0.85,,0.9",
                "a,window,mlp,mnist,2,0.25,0.95,0.96,",
                "b,cli,cnn,mnist,1,0.125,0.9,0.9,0.91"), lines);
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertEquals("plain", RunCurvesCsv.field("plain"));
        assertEquals("\"a,b\"", RunCurvesCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", RunCurvesCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", RunCurvesCsv.field("two\nlines"));
        String row = RunCurvesCsv.format(List.of(run("x,1", "window", "m\"lp", List.of(
                new EpochRecord(1, 100000, 1, 1, 1, null))))).split("\r\n")[1];
        assertEquals("\"x,1\",window,\"m\"\"lp\",mnist,1,100000,1,,1", row);
    }

    @Test
    void writesTheFileWholeInUtf8() throws IOException {
        Path file = dir.resolve("curves.csv");
        Files.writeString(file, "old");
        RunCurvesCsv.write(file, List.of(run("é", "window", "mlp", List.of(new EpochRecord(1, 1, 1, 1, 1, null)))));
        assertEquals(RunCurvesCsv.format(List.of(run("é", "window", "mlp",
                List.of(new EpochRecord(1, 1, 1, 1, 1, null))))), Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
