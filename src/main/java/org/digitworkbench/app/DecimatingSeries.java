package org.digitworkbench.app;

import java.util.Arrays;

/**
 * An ordered series of (x, y) points that never holds more than {@code cap} of them: when full, every other
 * point is dropped and from then on only every {@code stride}-th point offered is kept, so a long run keeps an
 * even sample of its whole history. The first point is always kept; order is that of {@link #add}.
 * Not thread-safe: one thread owns it (the FX thread in the window).
 */
public final class DecimatingSeries {
    private final int cap;
    private final double[] xs;
    private final double[] ys;
    private int size;
    private long stride = 1;
    private long offered;
    private int rewrites;

    public DecimatingSeries(int cap) {
        if (cap < 2 || cap % 2 != 0) {
            throw new IllegalArgumentException("cap must be even and at least 2: " + cap);
        }
        this.cap = cap;
        this.xs = new double[cap];
        this.ys = new double[cap];
    }

    public void add(double x, double y) {
        long index = offered++;
        if (index % stride != 0) {
            return;
        }
        if (size == cap) {
            // keep points 0, 2, 4, ...: their indices are multiples of the doubled stride, as is this one
            for (int i = 0; i < cap / 2; i++) {
                xs[i] = xs[2 * i];
                ys[i] = ys[2 * i];
            }
            size = cap / 2;
            stride *= 2;
            rewrites++;
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    public int size() {
        return size;
    }

    public int cap() {
        return cap;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** How many points were offered in all, kept or not. */
    public long offered() {
        return offered;
    }

    public long stride() {
        return stride;
    }

    /** Grows each time old points are dropped: a view showing points 0..n must then reload them all. */
    public int rewrites() {
        return rewrites;
    }

    public double[] xs() {
        return Arrays.copyOf(xs, size);
    }

    public double[] ys() {
        return Arrays.copyOf(ys, size);
    }
}
