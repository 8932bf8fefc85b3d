package org.digitworkbench.ml.bench;

import java.util.Arrays;

import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.Trainer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * Training and inference throughput on real data through the same code paths the app uses: the
 * {@link Trainer} (stopped once the time is up) and a {@link Predictor}. The first seconds are warm-up.
 */
public final class ThroughputBenchmark {
    private ThroughputBenchmark() {
    }

    public static BenchmarkResult run(Architecture architecture, int batch, double seconds, DatasetSplits data) {
        NativeRuntime.configure();
        double warmup = Math.max(1.0, seconds / 5);
        double train = measureTraining(architecture, batch, warmup, seconds, data);
        Predictor predictor = new Predictor(architecture, ParameterInitializer.initialize(architecture, 1));
        double infer = measureInference(predictor, batch, warmup, seconds, data.test());
        double single = measureSingle(predictor, data.test());
        return new BenchmarkResult(architecture.id(), batch, train, infer, single, NativeRuntime.variant(),
                NativeRuntime.threads());
    }

    private static double measureTraining(Architecture architecture, int batch, double warmup, double seconds,
                                          DatasetSplits data) {
        TrainingControl control = new TrainingControl();
        // nanos of the first measured batch's start, images since then, nanos of the last batch's end
        long[] window = new long[3];
        TrainingListener timer = new TrainingListener() {
            private long firstBatch;

            @Override
            public void onIteration(IterationEvent event) {
                long now = System.nanoTime();
                if (firstBatch == 0) {
                    firstBatch = now;
                }
                double elapsed = (now - firstBatch) / 1e9;
                if (elapsed < warmup) {
                    window[0] = now;
                    return;
                }
                window[1] += batch;
                window[2] = now;
                if (elapsed >= warmup + seconds) {
                    control.cancel();
                }
            }
        };
        TrainingSettings settings = new TrainingSettings(data.id(), architecture, 1, batch, 1e-3,
                Optimizer.ADAM, 1, 0);
        new Trainer().train(settings, data, null, timer, control);
        return window[2] > window[0] ? window[1] / ((window[2] - window[0]) / 1e9) : Double.NaN;
    }

    private static double measureInference(Predictor predictor, int batch, double warmup, double seconds,
                                           LabeledImages test) {
        int size = Architecture.INPUT_SIZE;
        float[] pixels = new float[batch * size];
        for (int i = 0; i < batch; i++) {
            test.copyImageTo(i % test.count(), pixels, i * size);
        }
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            predictor.probabilities(pixels, batch);
        }
        long start = System.nanoTime();
        end = start + (long) (seconds * 1e9);
        long images = 0;
        while (System.nanoTime() < end) {
            predictor.probabilities(pixels, batch);
            images += batch;
        }
        return images / ((System.nanoTime() - start) / 1e9);
    }

    /** Median of single-image predictions, the case of one drawing on the canvas. */
    private static double measureSingle(Predictor predictor, LabeledImages test) {
        float[] pixels = new float[Architecture.INPUT_SIZE];
        double[] millis = new double[200];
        for (int i = 0; i < 50; i++) {
            test.copyImageTo(i, pixels, 0);
            predictor.probabilities(pixels);
        }
        for (int i = 0; i < millis.length; i++) {
            test.copyImageTo(i, pixels, 0);
            long start = System.nanoTime();
            predictor.probabilities(pixels);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }
}
