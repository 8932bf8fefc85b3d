package org.digitworkbench.gui.draw;

/** Stroke-to-answer times: from the pointer event to the guess being set on the FX thread. */
public final class LatencyStats {
    private long count;
    private double sum;
    private double max;
    private double last = Double.NaN;

    synchronized void record(double millis) {
        count++;
        sum += millis;
        max = Math.max(max, millis);
        last = millis;
    }

    public synchronized long count() {
        return count;
    }

    public synchronized double last() {
        return last;
    }

    public synchronized double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    public synchronized double max() {
        return max;
    }

    @Override
    public synchronized String toString() {
        return String.format(java.util.Locale.ROOT, "%d predictions, mean %.1f ms, max %.1f ms, last %.1f ms",
                count, mean(), max, last);
    }
}
