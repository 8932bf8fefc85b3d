package org.digitworkbench.ml.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.Verdict;
import org.digitworkbench.ml.sketch.DrawnDigits;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.step.StepProfile;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.Trainer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * Training and inference throughput on real data through the same code paths the app uses: the
 * {@link Trainer} (stopped once the time is up) and a {@link Predictor} over the test set, each after a warm-up;
 * one-image latency; and the training step's per-stage profile over the measured batches.
 */
public final class ThroughputBenchmark {
    private ThroughputBenchmark() {
    }

    /** Calls of one-image prediction before timing, and calls timed (their median is the figure). */
    static final int SINGLE_WARMUP_CALLS = 100;
    static final int SINGLE_TIMED_CALLS = 300;

    /**
     * @param batch      training batch size
     * @param inferBatch images per inference call, taken in turn from the test set
     * @param warmup     seconds of training (and of inference) before measuring: the first seconds of a run are
     *                   slower (JIT compilation and native set-up compete for the two cores)
     * @param training   false to skip the training phase (no training figure, empty profile)
     * @param layerSamples whether training takes layer samples, as the window's and {@code train}'s runs do
     */
    public static BenchmarkResult run(Architecture architecture, int batch, int inferBatch, double warmup,
                                      double seconds, boolean training, boolean layerSamples, DatasetSplits data) {
        NativeRuntime.configure();
        StepProfile profile = new StepProfile();
        Double train = training ? measureTraining(architecture, batch, warmup, seconds, data, profile, layerSamples) : null;
        Predictor predictor = new Predictor(architecture, ParameterInitializer.initialize(architecture, 1));
        double infer = measureInference(predictor, inferBatch, warmup, seconds, data.test());
        // one image as the Draw view reads it: on a thread limited to one OpenMP thread (SingleThreadedInference),
        // where a second one would spin against the rendering of the strokes on two cores
        NativeRuntime.limitCallingThread(1);
        double single = measureSingle(predictor, data.test());
        double drawing = measureDrawing(predictor, warmup);
        return new BenchmarkResult(architecture.id(), batch, train, infer, inferBatch, single, drawing,
                NativeRuntime.variant(), NativeRuntime.threads(), training ? profile.rows() : List.of());
    }

    /**
     * Runs as many epochs as the time needs, counting only batch-to-batch intervals within an epoch, so the
     * test-set evaluation at each epoch's end is not taken for training time.
     */
    private static double measureTraining(Architecture architecture, int batch, double warmup, double seconds,
                                          DatasetSplits data, StepProfile profile, boolean layerSamples) {
        TrainingControl control = new TrainingControl();
        double[] measured = new double[2]; // seconds, images
        TrainingListener timer = new TrainingListener() {
            private long firstBatch;
            private long previous;

            @Override
            public void onIteration(IterationEvent event) {
                long now = System.nanoTime();
                if (firstBatch == 0) {
                    firstBatch = now;
                }
                boolean warm = (now - firstBatch) / 1e9 >= warmup;
                if (warm && measured[1] == 0) {
                    profile.reset();
                }
                if (warm && event.batchInEpoch() > 1) {
                    measured[0] += (now - previous) / 1e9;
                    measured[1] += batch;
                }
                previous = now;
                if (measured[0] >= seconds) {
                    control.cancel();
                }
            }

            @Override
            public boolean wantsLayerSamples() {
                return layerSamples;
            }
        };
        TrainingSettings settings = new TrainingSettings(data.id(), architecture, TrainingSettings.MAX_EPOCHS,
                batch, 1e-3, Optimizer.ADAM, 1, 0);
        new Trainer(profile).train(settings, data, null, timer, control);
        return measured[0] > 0 ? measured[1] / measured[0] : Double.NaN;
    }

    /**
     * Test-set images per second, {@code batch} distinct images a call: the test set is cut into as many whole
     * batches as it holds (at least one, wrapping round), turned into pixels before timing, and called in turn.
     */
    private static double measureInference(Predictor predictor, int batch, double warmup, double seconds,
                                           LabeledImages test) {
        float[][] batches = testBatches(test, batch);
        long end = System.nanoTime() + (long) (warmup * 1e9);
        int next = 0;
        while (System.nanoTime() < end) {
            predictor.probabilities(batches[next], batch);
            next = (next + 1) % batches.length;
        }
        long start = System.nanoTime();
        end = start + (long) (seconds * 1e9);
        long images = 0;
        while (System.nanoTime() < end) {
            predictor.probabilities(batches[next], batch);
            next = (next + 1) % batches.length;
            images += batch;
        }
        return images / ((System.nanoTime() - start) / 1e9);
    }

    /** The test set as consecutive batches of {@code batch} images' pixels. */
    static float[][] testBatches(LabeledImages test, int batch) {
        int size = Architecture.INPUT_SIZE;
        float[][] batches = new float[Math.max(1, test.count() / batch)][batch * size];
        for (int b = 0; b < batches.length; b++) {
            for (int i = 0; i < batch; i++) {
                test.copyImageTo((b * batch + i) % test.count(), batches[b], i * size);
            }
        }
        return batches;
    }

    /**
     * Median time from a drawing's strokes to its verdict: rendering the input as the canvas does (MNIST's way,
     * the pen in proportion), the prediction, and the "not sure" decision; after {@code warmup} seconds (and at
     * least 500 drawings) of the same, as a user's first strokes warm Java2D's rasterizer up too.
     */
    private static double measureDrawing(Predictor predictor, double warmup) {
        SplittableRandom random = new SplittableRandom(3);
        double[] millis = new double[200];
        long warm = System.nanoTime() + (long) (warmup * 1e9);
        for (int i = 0; i < 500 || System.nanoTime() < warm; i++) {
            verdict(predictor, DrawnDigits.draw(i % 10, random));
        }
        for (int i = 0; i < millis.length; i++) {
            List<Stroke> strokes = DrawnDigits.draw(i % 10, random);
            long start = System.nanoTime();
            verdict(predictor, strokes);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private static Verdict verdict(Predictor predictor, List<Stroke> strokes) {
        float[] input = SketchRenderer.toMnist(strokes).orElseThrow();
        return Verdict.of(predictor.probabilities(input), ModelCard.DEFAULT_UNSURE_BELOW);
    }

    /** Median of single-image predictions, the case of one drawing on the canvas, each a different test image. */
    private static double measureSingle(Predictor predictor, LabeledImages test) {
        float[] pixels = new float[Architecture.INPUT_SIZE];
        for (int i = 0; i < SINGLE_WARMUP_CALLS; i++) {
            test.copyImageTo(i % test.count(), pixels, 0);
            predictor.probabilities(pixels);
        }
        double[] millis = new double[SINGLE_TIMED_CALLS];
        for (int i = 0; i < millis.length; i++) {
            test.copyImageTo((SINGLE_WARMUP_CALLS + i) % test.count(), pixels, 0);
            long start = System.nanoTime();
            predictor.probabilities(pixels);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }
}
