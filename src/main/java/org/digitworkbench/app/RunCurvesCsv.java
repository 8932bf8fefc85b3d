package org.digitworkbench.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.store.AtomicFiles;

/**
 * The per-epoch curves of runs as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma,
 * quote or line break): one row per run and epoch, a header first. The window's export and the command line's
 * {@code runs --csv} write it alike. A figure a run does not have (no validation, no test that epoch) is empty.
 */
public final class RunCurvesCsv {
    public static final List<String> COLUMNS = List.of("run", "source", "architecture", "dataset", "epoch",
            "train_loss", "train_accuracy", "validation_accuracy", "test_accuracy");

    private RunCurvesCsv() {
    }

    public static String format(List<RunEntry> runs) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS);
        for (RunEntry run : runs) {
            for (EpochRecord epoch : run.history()) {
                row(csv, List.of(field(run.id()), field(run.source()), field(run.architecture()),
                        field(run.dataset()), Integer.toString(epoch.epoch()), number(epoch.trainLoss()),
                        number(epoch.trainAccuracy()),
                        number(epoch.validationAccuracy() == null ? Double.NaN : epoch.validationAccuracy()),
                        number(epoch.testAccuracy())));
            }
        }
        return csv.toString();
    }

    /** Writes the file at once or not at all: a reader never sees half of it. */
    public static void write(Path file, List<RunEntry> runs) throws IOException {
        AtomicFiles.write(file, format(runs).getBytes(StandardCharsets.UTF_8));
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

    private static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
    }
}
