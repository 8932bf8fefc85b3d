package org.digitworkbench.gui.gallery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.ProgressListener;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * Evaluates models on their test sets for the gallery, one model at a time on one thread of its own (a predictor
 * is not thread-safe, and two evaluations at once would only share the same cores). Results are kept per model
 * instance for as long as the model lives, so switching back to a model is instant; test images per data set.
 */
public final class GalleryEngine implements AutoCloseable {
    /** Images evaluated per step; progress is reported after each. */
    static final int CHUNK = 1000;

    /** The outcome for one model: its test images, the evaluation, and how long reading and evaluating took. */
    public record Evaluated(DatasetId dataset, LabeledImages images, EvaluationResult result, long millis) {
    }

    private static final class Job {
        final CompletableFuture<Evaluated> future = new CompletableFuture<>();
        volatile DoubleConsumer progress;

        void report(double fraction) {
            DoubleConsumer listener = progress;
            if (listener != null) {
                listener.accept(fraction);
            }
        }
    }

    private final TestImageSource source;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            BackgroundExecutor.daemonThreads("gallery-evaluation"));
    private final Map<DatasetId, LabeledImages> images = new EnumMap<>(DatasetId.class);
    private final Map<TrainedModel, Job> jobs = new WeakHashMap<>();
    /** Used only on {@link #thread}. */
    private final Map<TrainedModel, Predictor> predictors = new WeakHashMap<>();

    public GalleryEngine(TestImageSource source) {
        this.source = source;
    }

    /** The finished evaluation of {@code model}, or null when it has not been evaluated (or failed). */
    public synchronized Evaluated cached(TrainedModel model) {
        Job job = jobs.get(model);
        return job != null && job.future.isDone() && !job.future.isCompletedExceptionally() ? job.future.join() : null;
    }

    /**
     * Evaluates {@code model} on the test images of {@code dataset}, or joins the evaluation already under way.
     * {@code progress} (on the evaluation thread) gets -1 while the images are read, then the share done, 0 to 1;
     * it replaces the listener of an earlier call for the same model.
     */
    public synchronized CompletableFuture<Evaluated> evaluate(DatasetId dataset, TrainedModel model,
            DoubleConsumer progress) {
        Job job = jobs.get(model);
        if (job != null && !job.future.isCompletedExceptionally()) {
            if (!job.future.isDone()) {
                job.progress = progress;
            }
            return job.future;
        }
        Job fresh = new Job();
        fresh.progress = progress;
        jobs.put(model, fresh);
        thread.execute(() -> {
            try {
                fresh.future.complete(run(dataset, model, fresh));
            } catch (Throwable e) {
                fresh.future.completeExceptionally(e);
            } finally {
                // the listener may hold the model; the job must not, or the weak cache would keep it forever
                fresh.progress = null;
            }
        });
        return fresh.future;
    }

    /** The ten class probabilities {@code model} gives test image {@code index} (runs after any evaluation in progress). */
    public CompletableFuture<float[]> probabilities(TrainedModel model, LabeledImages test, int index) {
        return CompletableFuture.supplyAsync(() -> {
            float[] pixels = new float[test.imageSize()];
            test.copyImageTo(index, pixels, 0);
            return predictor(model).probabilities(pixels);
        }, thread);
    }

    private Evaluated run(DatasetId dataset, TrainedModel model, Job job) {
        long start = System.nanoTime();
        job.report(-1);
        LabeledImages test = images(dataset);
        Predictor predictor = predictor(model);
        int classes = Architecture.CLASSES;
        int[][] confusion = new int[classes][classes];
        List<Misclassification> wrong = new ArrayList<>();
        int count = test.count();
        job.report(0);
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            EvaluationResult part = Evaluator.evaluate(predictor, slice(test, from, to));
            for (int a = 0; a < classes; a++) {
                for (int p = 0; p < classes; p++) {
                    confusion[a][p] += part.confusion()[a][p];
                }
            }
            for (Misclassification m : part.misclassified()) {
                wrong.add(new Misclassification(m.index() + from, m.actual(), m.predicted(), m.confidence()));
            }
            job.report((double) to / count);
        }
        int correct = 0;
        for (int c = 0; c < classes; c++) {
            correct += confusion[c][c];
        }
        double accuracy = count == 0 ? Double.NaN : (double) correct / count;
        return new Evaluated(dataset, test, new EvaluationResult(accuracy, confusion, List.copyOf(wrong)),
                (System.nanoTime() - start) / 1_000_000);
    }

    private LabeledImages images(DatasetId dataset) {
        synchronized (images) {
            LabeledImages cached = images.get(dataset);
            if (cached != null) {
                return cached;
            }
        }
        try {
            LabeledImages read = source.testImages(dataset, ProgressListener.NONE);
            synchronized (images) {
                images.put(dataset, read);
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Predictor predictor(TrainedModel model) {
        return predictors.computeIfAbsent(model, TrainedModel::newPredictor);
    }

    static LabeledImages slice(LabeledImages all, int from, int to) {
        if (from == 0 && to == all.count()) {
            return all;
        }
        int size = all.imageSize();
        return new LabeledImages(Arrays.copyOfRange(all.rawPixels(), from * size, to * size),
                Arrays.copyOfRange(all.rawLabels(), from, to), to - from, all.rows(), all.cols());
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
