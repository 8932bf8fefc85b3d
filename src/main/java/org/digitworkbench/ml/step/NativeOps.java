package org.digitworkbench.ml.step;

import java.lang.ref.Cleaner;
import java.util.Arrays;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The libnd4j ops a step is made of, each built once per set of arrays and returned as something to run every
 * batch. Building an op costs more than running a small one, and so does the call itself: {@code Nd4j.exec} of a
 * custom op builds a native context, works out output shapes and checks them on every call (about 65 us for a
 * 1x4 product, 1.0.0-M2.1), against about 15 us with a context made once; {@code Transforms.relu} and
 * {@code addiRowVector} build a new op each call (25-35 us). For one image these overheads were most of a
 * network's time.
 */
final class NativeOps {
    /** NHWC data, weights as [kH, kW, inChannels, outChannels]: libnd4j's data-format and weight-format flags. */
    private static final int NHWC = 1;
    private static final int YXIO = 0;
    /** Closes a prepared op's native context once nothing can run it any more. */
    private static final Cleaner CONTEXTS = Cleaner.create();

    private NativeOps() {
    }

    /** A custom op with its native context made once; the arrays are bound for good. */
    static Runnable custom(String name, INDArray[] inputs, INDArray[] outputs, int... integerArguments) {
        return prepared(DynamicCustomOp.builder(name).addInputs(inputs).addOutputs(outputs)
                .addIntegerArguments(integerArguments).build());
    }

    /** {@code c = op(a) x op(b)}, overwriting c. */
    static Runnable gemm(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB) {
        return prepared(new Mmul(a, b, c, 1.0, 0.0,
                MMulTranspose.builder().transposeA(transposeA).transposeB(transposeB).build()));
    }

    /** {@code values[i, j] += bias[j]} in place, for [rows, units] values. */
    static Runnable addBias(INDArray values, INDArray bias) {
        return prepared(DynamicCustomOp.builder("biasadd").addInputs(values, bias).addOutputs(values)
                .addBooleanArguments(true).build());
    }

    /** ReLU of {@code input} into {@code output} (which may be the same array). */
    static Runnable relu(INDArray input, INDArray output) {
        return legacy(new RectifiedLinear(input, output, 0.0));
    }

    static Runnable tanh(INDArray input, INDArray output) {
        return legacy(new Tanh(input, output));
    }

    static Runnable sigmoid(INDArray input, INDArray output) {
        return legacy(new Sigmoid(input, output));
    }

    /** {@code target *= factor}, elementwise, same shapes. */
    static Runnable multiplyInPlace(INDArray target, INDArray factor) {
        return multiply(target, factor, target);
    }

    /** {@code product = a * b}, elementwise, same shapes. */
    static Runnable multiply(INDArray a, INDArray b, INDArray product) {
        return prepared(new MulOp(a, b, product));
    }

    /**
     * Gradient of ReLU, in place: {@code gradient[i] = output[i] > 0 ? gradient[i] : 0}, as the 0/1 derivative
     * into {@code scratch} and a product. libnd4j's relu_bp does the same in one op but takes three times as long
     * (0.94 against 0.35 ms on a cnn's first activation, 1.0.0-M2.1). Not LeakyReLUDerivative with alpha 0,
     * which is faster but says 1 at 0, where most of a ReLU's outputs are.
     */
    static Runnable reluBackward(INDArray output, INDArray gradient, INDArray scratch) {
        Runnable derivative = legacy(new Step(output, scratch));
        Runnable product = multiplyInPlace(gradient, scratch);
        return () -> {
            derivative.run();
            product.run();
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

    /** {@code current} when it already has this shape, else a new array of it. */
    static INDArray sized(INDArray current, long... shape) {
        if (current != null && Arrays.equals(current.shape(), shape)) {
            return current;
        }
        return Nd4j.create(DataType.FLOAT, shape, 'c');
    }

    private static Runnable prepared(CustomOp op) {
        OpContext context = Nd4j.getExecutioner().buildContext();
        context.setInputArrays(op.inputArguments());
        context.setOutputArrays(op.outputArguments());
        context.setIArguments(op.iArgs());
        context.setTArguments(op.tArgs());
        context.setBArguments(op.bArgs());
        Runnable run = () -> Nd4j.getExecutioner().exec(op, context);
        CONTEXTS.register(run, new Closer(context));
        return run;
    }

    private static Runnable legacy(Op op) {
        return () -> Nd4j.exec(op);
    }

    private static void checkWhole(INDArray array, int length) {
        if (array.isView() || array.length() != length) {
            throw new IllegalArgumentException("need a whole array of " + length + " values, got "
                    + array.shapeInfoToString());
        }
    }

    /** Refers to the context only, never to what it is registered for. */
    private record Closer(OpContext context) implements Runnable {
        @Override
        public void run() {
            try {
                context.close();
            } catch (Exception ignored) {
                // a context that cannot be closed leaks a few bytes; nothing to tell anyone
            }
        }
    }
}
