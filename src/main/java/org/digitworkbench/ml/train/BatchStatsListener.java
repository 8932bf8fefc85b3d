package org.digitworkbench.ml.train;

import org.digitworkbench.ml.arch.GraphBuilder;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * Runs inside SameDiff's fit loop: tallies loss and accuracy of the epoch, publishes an
 * {@link IterationEvent} per batch, and holds the training thread while the run is paused.
 */
final class BatchStatsListener extends BaseListener {
    private final TrainingListener listener;
    private final TrainingControl control;
    private final int batchesPerEpoch;
    private int epoch;
    private int batchInEpoch;
    private long iteration;
    private double lossSum;
    private long correct;
    private long seen;
    private long lastBatchNanos;
    private double batchLoss = Double.NaN;

    BatchStatsListener(TrainingListener listener, TrainingControl control, int batchesPerEpoch) {
        this.listener = listener;
        this.control = control;
        this.batchesPerEpoch = batchesPerEpoch;
    }

    void startEpoch(int epochNumber) {
        epoch = epochNumber;
        batchInEpoch = 0;
        lossSum = 0;
        correct = 0;
        seen = 0;
        lastBatchNanos = System.nanoTime();
    }

    double meanLoss() {
        return batchInEpoch == 0 ? Double.NaN : lossSum / batchInEpoch;
    }

    double accuracy() {
        return seen == 0 ? Double.NaN : (double) correct / seen;
    }

    @Override
    public boolean isActive(Operation operation) {
        return operation == Operation.TRAINING;
    }

    /**
     * Loss and accuracy come from the logits, computed here in Java (a few hundred numbers per batch): the
     * {@code Loss} that SameDiff 1.0.0-M2.1 hands to listeners reads 0.
     */
    @Override
    public void activationAvailable(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, String varName,
                                    INDArray activation) {
        if (!GraphBuilder.LOGITS.equals(varName)) {
            return;
        }
        float[] logits = activation.dup('c').data().asFloat();
        float[] labels = batch.getLabels(0).dup('c').data().asFloat();
        int classes = (int) activation.size(1);
        int rows = (int) activation.size(0);
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            int offset = r * classes;
            int best = 0;
            int actual = 0;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[offset + c]);
                best = logits[offset + c] > logits[offset + best] ? c : best;
                actual = labels[offset + c] > labels[offset + actual] ? c : actual;
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits[offset + c] - max);
            }
            loss += Math.log(sum) + max - logits[offset + actual];
            correct += best == actual ? 1 : 0;
        }
        seen += rows;
        batchLoss = loss / rows;
    }

    @Override
    public void iterationDone(SameDiff sd, At at, MultiDataSet batch, Loss loss) {
        long now = System.nanoTime();
        double seconds = Math.max(1e-9, (now - lastBatchNanos) / 1e9);
        lastBatchNanos = now;
        double value = batchLoss;
        lossSum += value;
        batchInEpoch++;
        iteration++;
        listener.onIteration(new IterationEvent(epoch, batchInEpoch, batchesPerEpoch, iteration, value,
                batch.getFeatures(0).size(0) / seconds));
        control.awaitRunnable();
        // the pause is not training time
        lastBatchNanos = System.nanoTime();
    }
}
