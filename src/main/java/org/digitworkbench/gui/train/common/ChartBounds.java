package org.digitworkbench.gui.train.common;


/**
 * The axis ranges of the two charts, worked out here instead of by the axes' auto-ranging: the epoch axes span
 * the planned run (so a line's length shows how far the run has come), the value axes fit the points of the run
 * shown. Toolkit-free; the view copies the ranges onto its axes in the same pulse as the points.
 */
public final class ChartBounds {
    /** Value axes of a chart without points. */
    public static final AxisRange EMPTY_LOSS = new AxisRange(0, 1, 0.2);
    public static final AxisRange EMPTY_ACCURACY = new AxisRange(0, 100, 20);
    public static final AxisRange EMPTY_LOG_LOSS = new AxisRange(0.01, 10, 1);
    private static final int TICKS = 5;

    private ChartBounds() {
    }

    /** One axis: lower and upper bound and the distance between tick marks. */
    public record AxisRange(double lower, double upper, double tick) {
    }

    /** Loss x axis: from the start of the first epoch (0) to the end of the last. */
    public static AxisRange lossEpochs(int epochs) {
        int n = Math.max(1, epochs);
        return new AxisRange(0, n, n <= 2 ? 0.25 : epochTick(n));
    }

    /**
     * Accuracy x axis: epoch 1 to the last, with a little room either side ({@link #epochPad}); a one-epoch
     * run's single point sits near the right end of 0..1.
     */
    public static AxisRange accuracyEpochs(int epochs) {
        int n = Math.max(1, epochs);
        double pad = epochPad(n);
        return n == 1 ? new AxisRange(0, 1 + pad, 1) : new AxisRange(1 - pad, n + pad, epochTick(n));
    }

    /** Room past the first and last epoch on the accuracy axis: their points' marks were cut in half at the edge. */
    public static double epochPad(int epochs) {
        return Math.max(0.05, 0.02 * epochs);
    }

    private static double epochTick(int epochs) {
        return epochs <= 10 ? 1 : Math.ceil(epochs / 10.0);
    }

    /** Loss y axis: the values' range (the lines drawn), on round numbers, never below 0 (cross-entropy is not negative). */
    public static AxisRange loss(double[]... values) {
        double[] range = range(false, values);
        return range == null ? EMPTY_LOSS : fit(range[0], range[1], 0, Double.POSITIVE_INFINITY);
    }

    /** Accuracy y axis: the values' range, already in percent, on round numbers within 0..100. */
    public static AxisRange accuracy(double[]... values) {
        double[] range = range(false, values);
        return range == null ? EMPTY_ACCURACY : fit(range[0], range[1], 0, 100);
    }

    /** A logarithmic loss axis: from the power of ten below the smallest positive value to the one above the largest. */
    public static AxisRange logLoss(double[]... values) {
        double[] range = range(true, values);
        if (range == null) {
            return EMPTY_LOG_LOSS;
        }
        double lower = Math.pow(10, Math.floor(Math.log10(range[0])));
        double upper = Math.pow(10, Math.ceil(Math.log10(range[1])));
        return new AxisRange(lower, upper > lower ? upper : lower * 10, 1);
    }

    /** A time axis in minutes from 0 to the last point, on round numbers; a minute when nothing ran yet. */
    public static AxisRange minutes(double last) {
        return fit(0, Double.isFinite(last) && last > 0 ? last : 1, 0, Double.POSITIVE_INFINITY);
    }

    private static double[] range(boolean positiveOnly, double[]... values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] ys : values) {
            for (double y : ys) {
                if (Double.isFinite(y) && (!positiveOnly || y > 0)) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
        }
        return min > max ? null : new double[] {min, max};
    }

    /** Widens min..max to multiples of a round tick (1, 2 or 5 times a power of ten), clamped to floor..ceiling. */
    public static AxisRange fit(double min, double max, double floor, double ceiling) {
        double span = max - min;
        if (span <= 0) {
            // one value (or equal ones): a little room either side, so the line is not on the edge
            span = Math.max(Math.abs(max) * 0.1, 1e-3);
        }
        double tick = niceTick(span / TICKS);
        double lower = Math.max(floor, Math.floor(min / tick) * tick);
        double upper = Math.min(ceiling, Math.ceil(max / tick) * tick);
        if (upper <= lower) {
            lower = Math.max(floor, lower - tick);
            upper = Math.min(ceiling, upper + tick);
        }
        return new AxisRange(lower, upper, tick);
    }

    private static double niceTick(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
