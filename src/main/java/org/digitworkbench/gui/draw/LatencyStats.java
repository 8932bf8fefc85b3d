package org.digitworkbench.gui.draw;

import java.util.Locale;

import org.digitworkbench.ml.sketch.Stroke;

/**
 * Stroke-to-answer times. Total: from the pointer event to the guess being set on the FX thread (the bars
 * repaint on the next pulse). Compute: from the pointer event to the answer leaving the prediction thread
 * (rasterize, preprocess, network), so a slow FX thread can be told apart from a slow network.
 */
public final class LatencyStats {
    private final Series total = new Series();
    private final Series compute = new Series();

    synchronized void record(double totalMillis, double computeMillis) {
        total.add(totalMillis);
        compute.add(computeMillis);
    }

    public synchronized long count() {
        return total.count;
    }

    public synchronized double last() {
        return total.last;
    }

    public synchronized double mean() {
        return total.mean();
    }

    public synchronized double max() {
        return total.max;
    }

    /** The {@code fraction} quantile (0.5 the median) of the latest {@code latest} totals, NaN before the first. */
    public synchronized double totalQuantile(double fraction, long latest) {
        return total.quantile(fraction, latest);
    }

    public synchronized double meanCompute() {
        return compute.mean();
    }

    @Override
    public synchronized String toString() {
        return String.format(Locale.ROOT, "%d predictions; event to guess: mean %.1f ms, max %.1f ms; "
                + "event to answer off the prediction thread: mean %.1f ms, max %.1f ms",
                total.count, total.mean(), total.max, compute.mean(), compute.max);
    }

    private static final class Series {
        /** Totals kept for quantiles: the last this many, about half a minute of drawing. */
        private static final int KEPT = 4096;
        private final double[] kept = new double[KEPT];
        long count;
        double sum;
        double max;
        double last = Double.NaN;

        void add(double millis) {
            count++;
            sum += millis;
            max = Math.max(max, millis);
            last = millis;
            kept[(int) ((count - 1) % KEPT)] = millis;
        }

        double quantile(double fraction, long latest) {
            int n = (int) Math.min(Math.min(count, KEPT), latest);
            if (n <= 0) {
                return Double.NaN;
            }
            double[] sorted = new double[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = kept[(int) ((count - 1 - i) % KEPT)];
            }
            java.util.Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
        }

        double mean() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }
}
