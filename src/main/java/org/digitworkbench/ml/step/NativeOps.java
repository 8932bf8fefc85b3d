package org.digitworkbench.ml.step;

import java.util.Arrays;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The libnd4j ops a step is made of, built once per set of arrays and executed every batch: building an op
 * costs more than running a small one.
 */
final class NativeOps {
    /** NHWC data, weights as [kH, kW, inChannels, outChannels]: libnd4j's data-format and weight-format flags. */
    private static final int NHWC = 1;
    private static final int YXIO = 0;

    private NativeOps() {
    }

    static CustomOp custom(String name, INDArray[] inputs, INDArray[] outputs, int... integerArguments) {
        return DynamicCustomOp.builder(name).addInputs(inputs).addOutputs(outputs)
                .addIntegerArguments(integerArguments).build();
    }

    /** {@code c = op(a) x op(b)}, overwriting c. */
    static CustomOp gemm(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB) {
        return new Mmul(a, b, c, 1.0, 0.0,
                MMulTranspose.builder().transposeA(transposeA).transposeB(transposeB).build());
    }

    /**
     * Gradient of ReLU, in place: {@code gradient[i] = output[i] > 0 ? gradient[i] : 0}, as the 0/1 derivative
     * into {@code scratch} and a product. libnd4j's relu_bp does the same in one op but takes three times as long
     * (0.94 against 0.35 ms on a cnn's first activation, 1.0.0-M2.1). Not LeakyReLUDerivative with alpha 0,
     * which is faster but says 1 at 0, where most of a ReLU's outputs are.
     */
    static Runnable reluBackward(INDArray output, INDArray gradient, INDArray scratch) {
        Step derivative = new Step(output, scratch);
        return () -> {
            Nd4j.exec(derivative);
            gradient.muli(scratch);
        };
    }

    /**
     * Copies Java floats into an array's native memory. {@code DataBuffer.setData} does the same about
     * 25 times slower (1.5 against 0.06 ms for 3.7 MB, 1.0.0-M2.1).
     */
    static void upload(float[] values, INDArray target) {
        checkWhole(target, values.length);
        ((FloatPointer) target.data().addressPointer()).put(values, 0, values.length);
    }

    /** Copies an array's native memory into Java floats ({@code values.length} of them). */
    static void download(INDArray source, float[] values) {
        checkWhole(source, values.length);
        ((FloatPointer) source.data().addressPointer()).get(values, 0, values.length);
    }

    /** Integer arguments of conv2d and conv2d_bp: stride 1, no dilation, NHWC, YXIO weights. */
    static int[] convArguments(int kernel, boolean same) {
        return new int[] {kernel, kernel, 1, 1, 0, 0, 1, 1, same ? 1 : 0, NHWC, YXIO};
    }

    /** Integer arguments of maxpool2d and maxpool2d_bp: 2x2, stride 2, valid padding, NHWC. */
    static int[] poolArguments() {
        return new int[] {2, 2, 2, 2, 0, 0, 1, 1, 0, 0, NHWC};
    }

    private static void checkWhole(INDArray array, int length) {
        if (array.isView() || array.length() != length) {
            throw new IllegalArgumentException("need a whole array of " + length + " values, got "
                    + array.shapeInfoToString());
        }
    }

    static void run(CustomOp op) {
        Nd4j.exec(op);
    }

    /** {@code current} when it already has this shape, else a new array of it. */
    static INDArray sized(INDArray current, long... shape) {
        if (current != null && Arrays.equals(current.shape(), shape)) {
            return current;
        }
        return Nd4j.create(DataType.FLOAT, shape, 'c');
    }
}
