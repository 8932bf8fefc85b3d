package org.digitworkbench.gui.train.common;

/**
 * TensorBoard's smoothing of a noisy curve: an exponential moving average over the points, debiased so that it
 * starts at the first point instead of being pulled towards zero (or, seeded with the first loss, held up by it
 * for a hundred batches: 0.86 against a raw 0.45 at the end of a short run). Toolkit-free.
 */
public final class LossSmoothing {
    /** The weight the slider starts at: about the last 10 points. */
    public static final double DEFAULT_WEIGHT = 0.9;
    /** The largest weight the slider offers; 1 would be a flat line at the first point. */
    public static final double MAX_WEIGHT = 0.99;

    private LossSmoothing() {
    }

    /**
     * The smoothed curve of {@code values}: {@code weight} 0 is the curve itself, near 1 very smooth. Values that
     * are not finite are skipped (their point repeats the last smoothed value, NaN before the first).
     */
    public static double[] smooth(double[] values, int count, double weight) {
        double w = Math.max(0, Math.min(MAX_WEIGHT, weight));
        double[] smoothed = new double[count];
        double biased = 0;
        double gathered = 0;
        double last = Double.NaN;
        for (int i = 0; i < count; i++) {
            double value = values[i];
            if (Double.isFinite(value)) {
                biased = w * biased + (1 - w) * value;
                gathered = w * gathered + (1 - w);
                last = biased / gathered;
            }
            smoothed[i] = last;
        }
        return smoothed;
    }
}
