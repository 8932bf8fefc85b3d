package org.digitworkbench.gui.train;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.ml.train.TrainingSettings;

/**
 * The learning rate a run's settings plan, batch by batch, for the small rate chart; x in epochs. Worked out
 * over {@link #POINTS} batches whatever the run's real count: the schedule's shape depends on the share of the
 * run done, not on how many batches make it. Toolkit-free.
 */
final class RatePlan {
    static final int POINTS = 200;

    private RatePlan() {
    }

    /** The rate over the run: {x, rate} at the end of each of {@link #POINTS} batches. */
    static List<double[]> of(TrainingSettings settings) {
        List<double[]> points = new ArrayList<>(POINTS);
        for (int i = 0; i < POINTS; i++) {
            points.add(new double[] {(i + 1.0) / POINTS * settings.epochs(), rate(settings, i)});
        }
        return points;
    }

    /** The rate of the batch that ends at {@code epochs} into the run. */
    static double at(TrainingSettings settings, double epochs) {
        int batch = (int) Math.ceil(epochs / settings.epochs() * POINTS) - 1;
        return rate(settings, Math.max(0, Math.min(POINTS - 1, batch)));
    }

    private static double rate(TrainingSettings settings, int batch) {
        long warmup = settings.warmup() <= 0 ? 0 : Math.max(1, Math.round(settings.warmup() / settings.epochs() * POINTS));
        return settings.schedule().rate(settings.learningRate(), batch, POINTS, warmup);
    }
}
