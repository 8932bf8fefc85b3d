package org.digitworkbench.ml.train;

import org.digitworkbench.ml.arch.GraphBuilder;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.ListenerVariables;
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

    @Override
    public ListenerVariables requiredVariables(SameDiff sd) {
        return new ListenerVariables.Builder().trainingVariables(GraphBuilder.PROBABILITIES).build();
    }

    @Override
    public void activationAvailable(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, String varName,
                                    INDArray activation) {
        if (!GraphBuilder.PROBABILITIES.equals(varName)) {
            return;
        }
        INDArray predicted = activation.argMax(1);
        INDArray actual = batch.getLabels(0).argMax(1);
        correct += predicted.eq(actual).castTo(org.nd4j.linalg.api.buffer.DataType.INT).sumNumber().longValue();
        seen += activation.size(0);
    }

    @Override
    public void iterationDone(SameDiff sd, At at, MultiDataSet batch, Loss loss) {
        long now = System.nanoTime();
        double seconds = Math.max(1e-9, (now - lastBatchNanos) / 1e9);
        lastBatchNanos = now;
        double value = loss.totalLoss();
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
