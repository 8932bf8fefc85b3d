package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.Architecture;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Softmax cross-entropy on the logits, computed in Java (ten numbers an image): the batch's mean loss, its
 * correct answers, and the gradient {@code (softmax - target) / n} for the backward pass. The target is one-hot,
 * or uniform for an image labelled {@link Batch#UNSURE} (outlier exposure: Hendrycks et al., 2019).
 */
final class SoftmaxCrossEntropy {
    private static final int CLASSES = Architecture.CLASSES;
    private float[] logitValues;
    private float[] gradientValues;
    private INDArray gradient;

    StepResult evaluate(INDArray logits, int[] labels) {
        int n = (int) logits.size(0);
        if (gradient == null || gradient.size(0) != n) {
            logitValues = new float[n * CLASSES];
            gradientValues = new float[n * CLASSES];
            gradient = Nd4j.create(DataType.FLOAT, n, CLASSES);
        }
        float[] z = logitValues;
        NativeOps.download(logits, z);
        double loss = 0;
        int correct = 0;
        int labelled = 0;
        for (int r = 0; r < n; r++) {
            int offset = r * CLASSES;
            int best = 0;
            float max = z[offset];
            for (int c = 1; c < CLASSES; c++) {
                if (z[offset + c] > max) {
                    max = z[offset + c];
                    best = c;
                }
            }
            double sum = 0;
            for (int c = 0; c < CLASSES; c++) {
                sum += Math.exp(z[offset + c] - max);
            }
            int actual = labels[r];
            double logSum = Math.log(sum) + max;
            if (actual == Batch.UNSURE) {
                double mean = 0;
                for (int c = 0; c < CLASSES; c++) {
                    mean += z[offset + c];
                }
                loss += logSum - mean / CLASSES;
            } else {
                loss += logSum - z[offset + actual];
                correct += best == actual ? 1 : 0;
                labelled++;
            }
            for (int c = 0; c < CLASSES; c++) {
                double p = Math.exp(z[offset + c] - max) / sum;
                double target = actual == Batch.UNSURE ? 1.0 / CLASSES : c == actual ? 1 : 0;
                gradientValues[offset + c] = (float) ((p - target) / n);
            }
        }
        NativeOps.upload(gradientValues, gradient);
        return new StepResult(loss / n, correct, labelled);
    }

    INDArray gradient() {
        return gradient;
    }
}
