package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCurvesCsvTest {
    private static final String HEADER = "run,name,source,kind,step,epoch,loss,learning_rate,train_accuracy,"
            + "validation_loss,validation_accuracy,test_accuracy";

    @TempDir
    Path dir;

    static RunEntry run(int number, String name, String source, RunEntry.Outcome outcome, double testAccuracy,
                        List<LossPoint> loss, List<EpochRecord> epochs) {
        return new RunEntry("id-" + number, source, "2026-12-01T10:00:00Z", "mnist", "mlp", epochs.size(), 64, 0.001,
                "adam", 42, 0, null, loss, epochs, outcome, null, testAccuracy, 10, null, "constant", "none", 0, null,
                0, null, number, name, null, null);
    }

    private static List<String> lines(RunEntry... runs) {
        return List.of(RunCurvesCsv.format(List.of(runs)).split("\r\n"));
    }

    @Test
    void batchRowsThenTheirEpochsRowUnderAHeader() {
        RunEntry run = run(7, "wide", RunEntry.WINDOW, RunEntry.Outcome.FINISHED, 0.93, List.of(
                new LossPoint(0.5, 0.9, 0.001, 5), new LossPoint(1, 0.6, 0.0009, 10),
                new LossPoint(1.5, 0.4, 0.0005, 15), new LossPoint(2, 0.3, 0.0001, 20)), List.of(
                new EpochRecord(1, 0.7, 0.8, Double.NaN, 1, 0.85, 0.55),
                new EpochRecord(2, 0.35, 0.9, Double.NaN, 2, 0.92, 0.3)));

        assertEquals(List.of(HEADER,
                "7,wide,window,batch,5,0.5,0.9,0.001,,,,",
                "7,wide,window,batch,10,1,0.6,0.0009,,,,",
                "7,wide,window,epoch,10,1,0.7,,0.8,0.55,0.85,",
                "7,wide,window,batch,15,1.5,0.4,0.0005,,,,",
                "7,wide,window,batch,20,2,0.3,0.0001,,,,",
                "7,wide,window,epoch,20,2,0.35,,0.9,0.3,0.92,0.93"), lines(run),
                "the run's test accuracy is its last epoch's");
    }

    @Test
    void whatARunDoesNotKnowIsEmpty() {
        RunEntry old = run(1, null, RunEntry.COMMAND_LINE, RunEntry.Outcome.FINISHED, 0.9,
                List.of(new LossPoint(0.5, 1.5), new LossPoint(1.25, 0.5)),
                List.of(new EpochRecord(1, 0.5, 0.85, 0.88, 1, null)));
        RunEntry stopped = run(2, null, RunEntry.COMMAND_LINE, RunEntry.Outcome.DISCARDED, 0.5, List.of(),
                List.of(new EpochRecord(1, 0.5, 0.85, Double.NaN, 1, null)));

        assertEquals(List.of(HEADER,
                "1,,cli,batch,,0.5,1.5,,,,,",
                "1,,cli,epoch,,1,0.5,,0.85,,,0.88",
                "1,,cli,batch,,1.25,0.5,,,,,",
                "2,,cli,epoch,,1,0.5,,0.85,,,"), lines(old, stopped),
                "no step nor rate in an old trace; an epoch's own test figure stays; a discarded run has no model"
                        + " to have a test accuracy of");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertEquals("plain", RunCurvesCsv.field("plain"));
        assertEquals("\"a,b\"", RunCurvesCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", RunCurvesCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", RunCurvesCsv.field("two\nlines"));
        String row = lines(run(3, "wide, \"deep\"", "window", RunEntry.Outcome.KEPT, Double.NaN, List.of(),
                List.of(new EpochRecord(1, 100000, 1, Double.NaN, 1, null)))).get(1);
        assertEquals("3,\"wide, \"\"deep\"\"\",window,epoch,,1,100000,,1,,,", row);
    }

    @Test
    void writesTheFileWholeInUtf8() throws IOException {
        Path file = dir.resolve("curves.csv");
        Files.writeString(file, "old");
        RunEntry run = run(1, "é", "window", RunEntry.Outcome.FINISHED, 1, List.of(),
                List.of(new EpochRecord(1, 1, 1, 1, 1, null)));
        RunCurvesCsv.write(file, List.of(run));
        assertEquals(RunCurvesCsv.format(List.of(run)), Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
