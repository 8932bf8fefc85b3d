package org.digitworkbench.ml.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a training step's time goes: nanoseconds per stage (each layer's forward and backward, the loss,
 * the update), summed over the batches since the last {@link #reset()}. Native ops run synchronously on
 * the CPU, so the wall time around each is its cost.
 */
public final class StepProfile {
    private final List<String> stages = new ArrayList<>();
    private long[] nanos = new long[0];
    private long batches;

    int stage(String name) {
        stages.add(name);
        nanos = Arrays.copyOf(nanos, stages.size());
        return stages.size() - 1;
    }

    void add(int stage, long elapsed) {
        nanos[stage] += elapsed;
    }

    void countBatch() {
        batches++;
    }

    public void reset() {
        Arrays.fill(nanos, 0);
        batches = 0;
    }

    /** One row per stage that took any time: its name, milliseconds per batch and share of the step. */
    public List<Row> rows() {
        long total = Arrays.stream(nanos).sum();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            if (nanos[i] == 0) {
                continue;
            }
            rows.add(new Row(stages.get(i), batches == 0 ? 0 : nanos[i] / 1e6 / batches,
                    total == 0 ? 0 : (double) nanos[i] / total));
        }
        return rows;
    }

    /** The rows as a text table, with the step's total. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-34s %9s %7s%n", "stage", "ms/batch", "share"));
        double sum = 0;
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-34s %9.3f %6.1f%%%n", row.stage(), row.millisPerBatch(),
                    row.share() * 100));
            sum += row.millisPerBatch();
        }
        return out.append(String.format(Locale.ROOT, "%-34s %9.3f%n", "step", sum)).toString();
    }

    public record Row(String stage, double millisPerBatch, double share) {
    }
}
