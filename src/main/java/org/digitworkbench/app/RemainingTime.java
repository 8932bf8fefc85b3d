package org.digitworkbench.app;

import java.util.concurrent.TimeUnit;

/**
 * How long a run has left, from its own measured pace: batches per second since the first batch seen (the
 * start-up and a slow first batch left out), blended with a prior guess while little is measured, and
 * smoothed so that the figure counts down steadily instead of jumping. Not thread-safe; one per run.
 */
public final class RemainingTime {
    /** Batches after the first that must be measured before there is a figure. */
    static final int MIN_BATCHES = 10;
    /** Training time after the first batch that must pass before there is a figure. */
    static final long MIN_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** The prior counts as much as this many measured batches; it fades as the run measures more. */
    static final double PRIOR_BATCHES = 10;
    /** How far each new figure moves the shown one toward itself. */
    static final double SMOOTHING = 0.2;
    /** Said while too little is measured. */
    public static final long ESTIMATING = -1;

    private final double priorNanosPerBatch;
    private long firstDone = -1;
    private long firstElapsed;
    private double shown = Double.NaN;
    private long shownAt;

    /** {@code priorNanosPerBatch}: the expected time of one batch, NaN when nothing is expected. */
    public RemainingTime(double priorNanosPerBatch) {
        this.priorNanosPerBatch = priorNanosPerBatch;
    }

    /**
     * {@code done} of {@code total} batches are done after {@code elapsedNanos} of training (pauses left out);
     * returns the nanoseconds left, or {@link #ESTIMATING}.
     */
    public long update(long done, long total, long elapsedNanos) {
        if (firstDone < 0 || done < firstDone) {
            // the first batch seen carries the start-up; the pace is measured from its end
            firstDone = done;
            firstElapsed = elapsedNanos;
            shown = Double.NaN;
            return ESTIMATING;
        }
        long measured = done - firstDone;
        long span = elapsedNanos - firstElapsed;
        if (measured < MIN_BATCHES || span < MIN_NANOS) {
            return ESTIMATING;
        }
        double measuredPace = (double) span / measured;
        double pace = Double.isFinite(priorNanosPerBatch) && priorNanosPerBatch > 0
                ? (measured * measuredPace + PRIOR_BATCHES * priorNanosPerBatch) / (measured + PRIOR_BATCHES)
                : measuredPace;
        double fresh = Math.max(0, total - done) * pace;
        if (Double.isNaN(shown)) {
            shown = fresh;
        } else {
            double countedDown = Math.max(0, shown - (elapsedNanos - shownAt));
            shown = countedDown + SMOOTHING * (fresh - countedDown);
        }
        shownAt = elapsedNanos;
        return Math.round(shown);
    }
}
