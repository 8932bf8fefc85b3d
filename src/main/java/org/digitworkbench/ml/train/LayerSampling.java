package org.digitworkbench.ml.train;

/**
 * When a run takes its {@link LayerSample}s: at its first batch, at each epoch's end, and every quarter of an
 * epoch of {@link #LONG_EPOCH} batches or more, a quarter's sample only once the training since the last sample
 * took {@link #BUDGET} times what that sample cost, so that they never take more than about 2% of the training
 * (a sample reads every parameter three times: for a small network on a fast machine, that is several batches).
 * One per run, on the training thread.
 */
final class LayerSampling {
    static final int LONG_EPOCH = 20;
    static final int BUDGET = 50;
    private long lastEnd;
    private long lastCost;

    /** Whether batch {@code batchInEpoch} (from 1), the run's {@code step}-th, is sampled at {@code now} (ns). */
    boolean due(long step, int batchInEpoch, int batchesPerEpoch, long now) {
        if (step == 1 || batchInEpoch == batchesPerEpoch) {
            return true;
        }
        int quarter = (batchesPerEpoch + 3) / 4;
        return batchesPerEpoch >= LONG_EPOCH && batchInEpoch % quarter == 0 && now - lastEnd >= BUDGET * lastCost;
    }

    /** A sample was taken: it cost {@code costNanos} and ended at {@code end} (ns). */
    void took(long costNanos, long end) {
        lastCost = costNanos;
        lastEnd = end;
    }
}
