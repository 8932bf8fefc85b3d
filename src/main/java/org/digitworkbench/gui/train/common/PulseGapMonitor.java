package org.digitworkbench.gui.train.common;

import java.util.Locale;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse: an {@link AnimationTimer} notes the time between
 * consecutive pulses (about 16.7 ms when the thread keeps up). A long gap is a stall the user sees as a
 * frozen window. Start and stop it on the FX thread; read it anywhere.
 */
public final class PulseGapMonitor {
    /** The system property that makes the Train view measure every run and log the result. */
    public static final String PROPERTY = "digitworkbench.measureStalls";
    private static final long[] BUCKETS_MS = {25, 50, 100, 250, 1000};

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            record(now);
        }
    };
    private static final int KEEP_LONG_GAPS = 40;
    private final java.util.List<String> longGaps = new java.util.ArrayList<>();
    private long first = Long.MIN_VALUE;
    private long last = Long.MIN_VALUE;
    private volatile long maxGapNanos;
    private volatile long pulses;
    private final long[] over = new long[BUCKETS_MS.length];

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    public void start() {
        last = Long.MIN_VALUE;
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** One pulse at {@code nowNanos}; public for tests without the toolkit. */
    public synchronized void record(long nowNanos) {
        if (last == Long.MIN_VALUE) {
            first = nowNanos;
        } else {
            long gap = nowNanos - last;
            maxGapNanos = Math.max(maxGapNanos, gap);
            for (int i = 0; i < BUCKETS_MS.length; i++) {
                if (gap > BUCKETS_MS[i] * 1_000_000L) {
                    over[i]++;
                }
            }
            if (gap > 100_000_000L && longGaps.size() < KEEP_LONG_GAPS) {
                longGaps.add(String.format(Locale.ROOT, "%.0f ms at %.1f s", gap / 1e6, (last - first) / 1e9));
            }
        }
        last = nowNanos;
        pulses++;
    }

    /** The first gaps over 100 ms, each with when it began (seconds after the first pulse). */
    public synchronized java.util.List<String> longGaps() {
        return java.util.List.copyOf(longGaps);
    }

    public synchronized void reset() {
        last = Long.MIN_VALUE;
        first = Long.MIN_VALUE;
        longGaps.clear();
        maxGapNanos = 0;
        pulses = 0;
        java.util.Arrays.fill(over, 0);
    }

    public double maxGapMillis() {
        return maxGapNanos / 1e6;
    }

    public long pulses() {
        return pulses;
    }

    /** How many gaps were longer than {@code millis} (one of 25, 50, 100, 250, 1000). */
    public synchronized long gapsOver(long millis) {
        for (int i = 0; i < BUCKETS_MS.length; i++) {
            if (BUCKETS_MS[i] == millis) {
                return over[i];
            }
        }
        throw new IllegalArgumentException("no bucket for " + millis + " ms");
    }

    @Override
    public synchronized String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d pulses, longest gap %.1f ms",
                pulses, maxGapMillis()));
        for (int i = 0; i < BUCKETS_MS.length; i++) {
            s.append(String.format(Locale.ROOT, ", >%d ms: %d", BUCKETS_MS[i], over[i]));
        }
        return s.toString();
    }
}
