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
        long count;
        double sum;
        double max;
        double last = Double.NaN;

        void add(double millis) {
            count++;
            sum += millis;
            max = Math.max(max, millis);
            last = millis;
        }

        double mean() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }
}
