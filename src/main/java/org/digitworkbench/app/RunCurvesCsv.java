package org.digitworkbench.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.store.AtomicFiles;

/**
 * The curves of runs as CSV in long form (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma,
 * quote or line break), a header first, then one row per point of each run: a {@code batch} row per point of its
 * loss trace (step, position in epochs, loss, learning rate) and an {@code epoch} row per epoch (train loss and
 * accuracy, validation loss and accuracy, test accuracy), each epoch row after the batch rows of its epoch. A
 * figure a run does not have is an empty field. The window's export and the command line's {@code runs --csv}
 * write it alike.
 */
public final class RunCurvesCsv {
    public static final List<String> COLUMNS = List.of("run", "name", "source", "kind", "step", "epoch", "loss",
            "learning_rate", "train_accuracy", "validation_loss", "validation_accuracy", "test_accuracy");
    public static final String BATCH = "batch";
    public static final String EPOCH = "epoch";

    private RunCurvesCsv() {
    }

    public static String format(List<RunEntry> runs) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS);
        for (RunEntry run : runs) {
            rows(csv, run);
        }
        return csv.toString();
    }

    /** Writes the file at once or not at all: a reader never sees half of it. */
    public static void write(Path file, List<RunEntry> runs) throws IOException {
        AtomicFiles.write(file, format(runs).getBytes(StandardCharsets.UTF_8));
    }

    private static void rows(StringBuilder csv, RunEntry run) {
        List<LossPoint> loss = run.loss();
        List<EpochRecord> epochs = run.history();
        int next = 0;
        for (int e = 0; e < epochs.size(); e++) {
            EpochRecord epoch = epochs.get(e);
            long lastStep = 0;
            while (next < loss.size() && loss.get(next).x() <= epoch.epoch()) {
                LossPoint point = loss.get(next++);
                batchRow(csv, run, point);
                // the trace keeps every epoch's last batch, which ends at x = the epoch's number
                lastStep = point.x() == epoch.epoch() ? point.step() : lastStep;
            }
            double test = epoch.testAccuracy();
            if (e == epochs.size() - 1 && Double.isNaN(test) && endedWithAModel(run)) {
                test = run.testAccuracy();
            }
            epochRow(csv, run, epoch, lastStep, test);
        }
        while (next < loss.size()) {
            batchRow(csv, run, loss.get(next++));
        }
    }

    /** Whether the run's test accuracy is that of the model it ended with. */
    private static boolean endedWithAModel(RunEntry run) {
        return run.outcome() == RunEntry.Outcome.FINISHED || run.outcome() == RunEntry.Outcome.KEPT;
    }

    private static void batchRow(StringBuilder csv, RunEntry run, LossPoint point) {
        String[] fields = start(run, BATCH);
        fields[4] = step(point.step());
        fields[5] = number(point.x());
        fields[6] = number(point.loss());
        fields[7] = number(point.learningRate());
        row(csv, Arrays.asList(fields));
    }

    private static void epochRow(StringBuilder csv, RunEntry run, EpochRecord epoch, long lastStep, double test) {
        String[] fields = start(run, EPOCH);
        fields[4] = step(lastStep);
        fields[5] = Integer.toString(epoch.epoch());
        fields[6] = number(epoch.trainLoss());
        fields[8] = number(epoch.trainAccuracy());
        fields[9] = number(epoch.validationLoss());
        fields[10] = number(epoch.validationAccuracy());
        fields[11] = number(test);
        row(csv, Arrays.asList(fields));
    }

    /** A row's fields with the run's columns and the kind filled in, the others empty. */
    private static String[] start(RunEntry run, String kind) {
        String[] fields = new String[COLUMNS.size()];
        Arrays.fill(fields, "");
        fields[0] = run.number() > 0 ? Integer.toString(run.number()) : "";
        fields[1] = field(run.name());
        fields[2] = field(run.source());
        fields[3] = kind;
        return fields;
    }

    private static void row(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields)).append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String step(long step) {
        return step > 0 ? Long.toString(step) : "";
    }

    private static String number(Double value) {
        return value == null ? "" : number(value.doubleValue());
    }

    private static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
    }
}
