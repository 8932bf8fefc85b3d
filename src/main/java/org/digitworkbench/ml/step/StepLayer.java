package org.digitworkbench.ml.step;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer of a {@link TrainingStep}. Each layer writes into arrays of its own, kept from batch to batch
 * (reallocated only when the batch size changes), so a step allocates nothing in the steady state.
 */
interface StepLayer {

    /** A short name for the profile, e.g. {@code conv 5x5x32}. */
    String label();

    /** @param input the previous layer's output; null for the first layer, which reads the batch's pixels */
    INDArray forward(INDArray input, Batch batch);

    /**
     * Stores this layer's parameter gradients and returns the gradient with respect to its input, or null
     * when {@code inputGradient} is false (no layer below has parameters).
     */
    INDArray backward(INDArray outputGradient, boolean inputGradient);

    /** Takes this layer's windows onto the step's parameters and gradients; layers without any ignore it. */
    default void bind(ParameterViews views) {
    }

    default boolean hasParameters() {
        return false;
    }
}
