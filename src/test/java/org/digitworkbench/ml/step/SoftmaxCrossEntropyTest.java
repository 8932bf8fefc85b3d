package org.digitworkbench.ml.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.digitworkbench.ml.runtime.NativeRuntime;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The loss and gradient of labelled rows and of rows labelled unsure (a uniform target). */
class SoftmaxCrossEntropyTest {
    @Test
    void anUnsureRowIsPulledTowardsTheUniformDistribution() {
        NativeRuntime.configure();
        float[] logits = {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3};
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        StepResult result = loss.evaluate(Nd4j.create(logits, new long[] {2, 10}, 'c'), new int[] {0, Batch.UNSURE});

        double sum0 = Math.exp(2) + 9;
        double sum1 = Math.exp(3) + 9;
        double labelled = Math.log(sum0) - 2;
        double uniform = Math.log(sum1) - 3.0 / 10;
        assertEquals((labelled + uniform) / 2, result.loss(), 1e-5);
        assertEquals(1, result.correct());
        assertEquals(1, result.size(), "accuracy counts the labelled row only");

        float[] gradient = loss.gradient().dup().data().asFloat();
        assertEquals((Math.exp(2) / sum0 - 1) / 2, gradient[0], 1e-6);
        assertEquals((1 / sum0) / 2, gradient[1], 1e-6);
        assertEquals((1 / sum1 - 0.1) / 2, gradient[10], 1e-6);
        assertEquals((Math.exp(3) / sum1 - 0.1) / 2, gradient[19], 1e-6);
    }
}
