package org.digitworkbench.ml.step;

import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.Architecture;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Trains one network, one batch at a time, on the calling thread: forward, softmax cross-entropy, backward,
 * then one optimizer update over all parameters at once (they live in one flat buffer, their gradients in
 * another). Not thread-safe; hand other threads {@link #parameters()}, which are copies.
 */
public final class TrainingStep {
    private final List<StepLayer> layers;
    private final boolean[] needsInputGradient;
    private final StepParameters arrays;
    private final Map<String, INDArray> gradientViews;
    private final GradientUpdater<?> updater;
    private final StepProfile profile;
    private final int[] forwardStage;
    private final int[] backwardStage;
    private final int lossStage;
    private final int updateStage;
    private final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
    private int iteration;

    /**
     * @param parameters the starting parameters as saved models hold them (not modified)
     * @param profile    where to add each stage's time, or null to time nothing
     */
    public TrainingStep(Architecture architecture, Map<String, INDArray> parameters, IUpdater optimizer,
                        StepProfile profile) {
        this.profile = profile;
        arrays = new StepParameters(architecture, parameters, true);
        layers = StepLayers.build(architecture, StepLayers.Mode.TRAINING, arrays.state()).layers();
        layers.forEach(layer -> layer.bind(arrays.views()));
        gradientViews = arrays.views().gradients();

        needsInputGradient = new boolean[layers.size()];
        boolean parametersBelow = false;
        for (int i = 0; i < layers.size(); i++) {
            needsInputGradient[i] = parametersBelow;
            parametersBelow |= layers.get(i).hasParameters();
        }
        long stateSize = optimizer.stateSize(arrays.count());
        updater = optimizer.instantiate(stateSize == 0 ? null : Nd4j.create(DataType.FLOAT, 1, stateSize), true);

        StepProfile timing = profile != null ? profile : new StepProfile();
        forwardStage = new int[layers.size()];
        backwardStage = new int[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            forwardStage[i] = timing.stage(layers.get(i).label() + " forward");
        }
        lossStage = timing.stage("softmax cross-entropy");
        for (int i = layers.size() - 1; i >= 0; i--) {
            backwardStage[i] = timing.stage(layers.get(i).label() + " backward");
        }
        updateStage = timing.stage("optimizer update");
    }

    /**
     * Shown a step's arrays around its update, on the training thread; the views are valid only during the call
     * and are in the step's layout (a dense layer's weights after a convolution in another order than saved).
     */
    public interface UpdateWatcher {
        /** The batch's gradients, before the optimizer turns them into the update. */
        void gradients(Map<String, INDArray> parameters, Map<String, INDArray> gradients);

        /** The update about to be subtracted from the parameters, which are still as they were. */
        void update(Map<String, INDArray> parameters, Map<String, INDArray> updates);
    }

    /** Forward, backward and update on one batch; returns the batch's loss and accuracy before the update. */
    public StepResult train(Batch batch) {
        return train(batch, null);
    }

    /** The same, showing {@code watcher} (unless null) the gradients and the update. */
    public StepResult train(Batch batch, UpdateWatcher watcher) {
        StepResult result = forwardAndBackward(batch);
        long start = System.nanoTime();
        if (watcher != null) {
            watcher.gradients(arrays.views().parameters(), gradientViews);
        }
        // the updater turns the gradient buffer into the update in place
        updater.applyUpdater(arrays.flatGradients(), iteration++, 0);
        if (watcher != null) {
            watcher.update(arrays.views().parameters(), gradientViews);
        }
        arrays.flatParameters().subi(arrays.flatGradients());
        time(updateStage, start);
        if (profile != null) {
            profile.countBatch();
        }
        return result;
    }

    /** The gradients of the batch's mean loss, in the saved models' layout, without updating anything. */
    public Map<String, INDArray> gradients(Batch batch) {
        forwardAndBackward(batch);
        return arrays.inSavedLayout(gradientViews);
    }

    /** A copy of the current parameters, and of the state, in the saved models' layout. */
    public Map<String, INDArray> parameters() {
        return arrays.saved();
    }

    private StepResult forwardAndBackward(Batch batch) {
        INDArray x = null;
        for (int i = 0; i < layers.size(); i++) {
            long start = System.nanoTime();
            x = layers.get(i).forward(x, batch);
            time(forwardStage[i], start);
        }
        long start = System.nanoTime();
        StepResult result = loss.evaluate(x, batch.labels());
        time(lossStage, start);
        INDArray gradient = loss.gradient();
        for (int i = layers.size() - 1; i >= 0 && gradient != null; i--) {
            start = System.nanoTime();
            gradient = layers.get(i).backward(gradient, needsInputGradient[i]);
            time(backwardStage[i], start);
        }
        return result;
    }

    private void time(int stage, long start) {
        if (profile != null) {
            profile.add(stage, System.nanoTime() - start);
        }
    }
}
