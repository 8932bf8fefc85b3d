package org.digitworkbench.ml.train;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Follows a run's validation accuracy: its best epoch so far, that epoch's weights if kept, and when to give up. */
final class BestEpoch {
    private final int patience;
    private int epoch;
    private double accuracy = Double.NEGATIVE_INFINITY;
    private int epochsSince;
    private Map<String, INDArray> params;
    private double unsureBelow = Double.NaN;

    /** @param patience epochs without improvement after which to stop, 0 for never */
    BestEpoch(int patience) {
        this.patience = patience;
    }

    /** @return whether this epoch is the best so far (a tie is not: the earlier epoch stays) */
    boolean offer(int newEpoch, double newAccuracy) {
        if (newAccuracy > accuracy) {
            epoch = newEpoch;
            accuracy = newAccuracy;
            epochsSince = 0;
            return true;
        }
        epochsSince++;
        return false;
    }

    /** Keeps the best epoch's weights (a copy the trainer will not change) and its unsure threshold. */
    void keep(Map<String, INDArray> bestParams, double bestUnsureBelow) {
        params = bestParams;
        unsureBelow = bestUnsureBelow;
    }

    boolean patienceRunOut() {
        return patience > 0 && epochsSince >= patience;
    }

    /** 0 before any epoch was offered. */
    int epoch() {
        return epoch;
    }

    double accuracy() {
        return epoch == 0 ? Double.NaN : accuracy;
    }

    /** Null unless weights were kept. */
    Map<String, INDArray> params() {
        return params;
    }

    double unsureBelow() {
        return unsureBelow;
    }
}
