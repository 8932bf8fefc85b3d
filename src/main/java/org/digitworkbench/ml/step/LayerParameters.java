package org.digitworkbench.ml.step;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A layer's windows onto the step's flat buffers: its weights and bias, and where their gradients go. */
record LayerParameters(INDArray weights, INDArray bias, INDArray weightGradient, INDArray biasGradient) {
}
