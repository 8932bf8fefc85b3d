package org.digitworkbench.gui.gallery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;

import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.ProgressListener;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * Evaluates models on their test sets for the gallery, one model at a time on one thread of its own (a predictor
 * is not thread-safe, and two evaluations at once would only share the same cores). Results are kept per model
 * instance for as long as the model lives, so switching back to a model is instant; the test images come from the
 * data-set repository the Train view shares.
 */
public final class GalleryEngine implements AutoCloseable {
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

    /** A model's answer for every image of a split: the class it names and the probability it gives it. */
    public record Answers(int[] predicted, float[] confidence) {
    }

    /**
     * The user's drawings as the model reads them: {@code images} holds the test images followed by the
     * drawings, and {@code items} one entry per drawing (right or wrong), indexed into {@code images}.
     */
    public record Drawings(LabeledImages images, List<Misclassification> items) {
    }

    private final DatasetRepository data;
    private final DrawingStore drawings;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            BackgroundExecutor.daemonThreads("gallery-evaluation"));
    private final Map<TrainedModel, Job> jobs = new WeakHashMap<>();
    private final Map<TrainedModel, Map<LabeledImages, CompletableFuture<Answers>>> answers = new WeakHashMap<>();
    /** Used only on {@link #thread}. */
    private final Map<TrainedModel, Predictor> predictors = new WeakHashMap<>();

    public GalleryEngine(DatasetRepository data, DrawingStore drawings) {
        this.data = data;
        this.drawings = drawings;
    }

    /** Both splits of {@code dataset}, read once and shared with the Train view; call it off the FX thread. */
    public DatasetSplits load(DatasetId dataset) throws IOException {
        return data.load(dataset, ProgressListener.NONE);
    }

    /**
     * What {@code model} answers for each of {@code images} (after any evaluation in progress, a batch at a time
     * between other work), kept for as long as the model lives; {@code progress} (on the evaluation thread) gets
     * the share done, 0 to 1. Cancelling the future stops the work.
     */
    public synchronized CompletableFuture<Answers> answers(TrainedModel model, LabeledImages images,
            DoubleConsumer progress) {
        Map<LabeledImages, CompletableFuture<Answers>> ofModel =
                answers.computeIfAbsent(model, m -> new WeakHashMap<>());
        CompletableFuture<Answers> known = ofModel.get(images);
        if (known != null && !known.isCompletedExceptionally()) {
            return known;
        }
        CompletableFuture<Answers> fresh = new CompletableFuture<>();
        try {
            thread.execute(new AnswersJob(() -> predictor(model), images, progress, fresh, thread));
        } catch (RejectedExecutionException e) {
            fresh.completeExceptionally(e); // closed
        }
        ofModel.put(images, fresh);
        return fresh;
    }

    /** Where the user's drawings are kept. */
    public DrawingStore drawingStore() {
        return drawings;
    }

    /** Reads the drawings of {@code dataset} and asks {@code model} about each (after any evaluation in progress). */
    public CompletableFuture<Drawings> drawings(DatasetId dataset, TrainedModel model, LabeledImages test) {
        return CompletableFuture.supplyAsync(() -> {
            LabeledImages mine;
            try {
                mine = drawings.inputs(dataset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Misclassification> items = new ArrayList<>();
            if (mine.count() > 0) {
                float[] pixels = new float[mine.count() * mine.imageSize()];
                for (int i = 0; i < mine.count(); i++) {
                    mine.copyImageTo(i, pixels, i * mine.imageSize());
                }
                float[][] probabilities = predictor(model).probabilities(pixels, mine.count());
                for (int i = 0; i < mine.count(); i++) {
                    int predicted = Predictor.argMax(probabilities[i]);
                    items.add(new Misclassification(test.count() + i, mine.label(i), predicted,
                            probabilities[i][predicted]));
                }
            }
            return new Drawings(test.followedBy(mine), List.copyOf(items));
        }, thread);
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

    /** The heat map of {@code model} for image {@code index} (runs after any evaluation in progress). */
    public CompletableFuture<Evidence> evidence(TrainedModel model, LabeledImages images, int index) {
        return CompletableFuture.supplyAsync(() -> {
            float[] pixels = new float[images.imageSize()];
            images.copyImageTo(index, pixels, 0);
            return Evidence.of(predictor(model), pixels);
        }, thread);
    }

    private Evaluated run(DatasetId dataset, TrainedModel model, Job job) throws IOException {
        long start = System.nanoTime();
        job.report(-1);
        LabeledImages test = data.testImages(dataset, ProgressListener.NONE);
        job.report(0);
        EvaluationResult result = Evaluator.evaluate(predictor(model), test, job::report);
        return new Evaluated(dataset, test, result, (System.nanoTime() - start) / 1_000_000);
    }

    private Predictor predictor(TrainedModel model) {
        return predictors.computeIfAbsent(model, TrainedModel::newPredictor);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
