package org.digitworkbench.gui.train.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * The learning rate a run's settings plan, batch by batch, for the small rate chart; x in epochs. Worked out
 * over {@link #POINTS} batches whatever the run's real count: the schedule's shape depends on the share of the
 * run done, not on how many batches make it. Toolkit-free.
 */
public final class RatePlan {
    public static final int POINTS = 200;

    private RatePlan() {
    }

    /** The rate over the run: {x, rate} at the end of each of {@link #POINTS} batches. */
    public static List<double[]> of(TrainingSettings settings) {
        return of(settings, List.of(), epoch -> 0);
    }

    /**
     * The same after rates changed during the run: from each change on, the schedule scales from its new rate.
     * {@code batchesIn}: the batches of an epoch, to place a change within it (a change's batch counts in its own
     * epoch's batches: after a batch-size change the later epochs have other counts); 0 when not known (it is put
     * at the epoch's end).
     */
    public static List<double[]> of(TrainingSettings settings, List<SettingChange> changes, IntUnaryOperator batchesIn) {
        List<double[]> points = new ArrayList<>(POINTS);
        for (int i = 0; i < POINTS; i++) {
            double x = (i + 1.0) / POINTS * settings.epochs();
            double peak = settings.learningRate();
            for (SettingChange change : changes) {
                int batches = batchesIn.applyAsInt(change.epoch());
                double at = change.epoch() - 1 + (batches > 0 ? (double) change.batch() / batches : 1);
                if (SettingChange.LEARNING_RATE.equals(change.what()) && x > at) {
                    peak = change.to();
                }
            }
            points.add(new double[] {x, rate(settings, peak, i)});
        }
        return points;
    }

    /** The rate of the batch that ends at {@code epochs} into the run. */
    public static double at(TrainingSettings settings, double epochs) {
        return at(settings, settings.learningRate(), epochs);
    }

    /** The same, the schedule scaled from {@code peak}. */
    public static double at(TrainingSettings settings, double peak, double epochs) {
        int batch = (int) Math.ceil(epochs / settings.epochs() * POINTS) - 1;
        return rate(settings, peak, Math.max(0, Math.min(POINTS - 1, batch)));
    }

    private static double rate(TrainingSettings settings, double peak, int batch) {
        long warmup = settings.warmup() <= 0 ? 0 : Math.max(1, Math.round(settings.warmup() / settings.epochs() * POINTS));
        return settings.schedule().rate(peak, batch, POINTS, warmup);
    }
}
