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

import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.ProgressListener;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.ml.eval.Answers;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.eval.Misclassification;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * Evaluates models on their test sets for the gallery, one model at a time on one thread of its own (a predictor
 * is not thread-safe, and two evaluations at once would only share the same cores). Results are kept per model
 * instance for as long as the model lives, so switching back to a model is instant, and on disk in the
 * {@link AnswersCache}, so a restart with the same model asks it nothing; the test images come from the data-set
 * repository the Train view shares.
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
    private final Map<TrainedModel, Map<LabeledImages, Asked>> answers = new WeakHashMap<>();
    private final AnswersCache stored;
    /** Used only on {@link #thread}. */
    private final Map<TrainedModel, Predictor> predictors = new WeakHashMap<>();

    /** {@code stored}: where answers are kept between runs, so a restart does not ask the same model again. */
    public GalleryEngine(DatasetRepository data, DrawingStore drawings, AnswersCache stored) {
        this.data = data;
        this.drawings = drawings;
        this.stored = stored;
    }

    /** Both splits of {@code dataset}, read once and shared with the Train view; call it off the FX thread. */
    public DatasetSplits load(DatasetId dataset) throws IOException {
        return data.load(dataset, ProgressListener.NONE);
    }

    /**
     * What {@code model} answers for each image of a split of {@code dataset} (after any work in progress, a batch
     * at a time between other work), from memory, from disk or from the model; {@code progress} (on the
     * evaluation thread) gets the share done, 0 to 1. Answers already given to the evaluation or to an earlier
     * call are shared. Cancelling the future stops the work unless someone else still waits for it.
     */
    public CompletableFuture<Answers> answers(TrainedModel model, DatasetId dataset, boolean test,
            LabeledImages images, DoubleConsumer progress) {
        return answers(model, dataset, test, images, progress, AnswersJob.Partial.NONE);
    }

    /** As above, and {@code partial} (on the evaluation thread) gets the answers so far after each batch. */
    synchronized CompletableFuture<Answers> answers(TrainedModel model, DatasetId dataset, boolean test,
            LabeledImages images, DoubleConsumer progress, AnswersJob.Partial partial) {
        Asked asked = ask(model, dataset, test, images, progress, partial);
        CompletableFuture<Answers> mine = asked.work.copy();
        asked.waiting++;
        mine.whenComplete((done, failure) -> {
            if (mine.isCancelled()) {
                synchronized (this) {
                    if (--asked.waiting == 0 && !asked.kept) {
                        asked.work.cancel(false);
                    }
                }
            }
        });
        return mine;
    }

    /** Work in progress or done for one model and split: who still waits, and whether the evaluation needs it. */
    private static final class Asked {
        final CompletableFuture<Answers> work = new CompletableFuture<>();
        int waiting;
        boolean kept;
    }

    private synchronized Asked ask(TrainedModel model, DatasetId dataset, boolean test, LabeledImages images,
            DoubleConsumer progress, AnswersJob.Partial partial) {
        Map<LabeledImages, Asked> ofModel = answers.computeIfAbsent(model, m -> new WeakHashMap<>());
        Asked known = ofModel.get(images);
        if (known != null && !known.work.isCompletedExceptionally()) {
            return known;
        }
        Asked fresh = new Asked();
        AnswersJob.Store store = new KeptAnswers(stored, model, dataset, test, images.count());
        try {
            thread.execute(new AnswersJob(() -> predictor(model), images, store, progress, partial, fresh.work,
                    thread));
        } catch (RejectedExecutionException e) {
            fresh.work.completeExceptionally(e); // closed
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
                run(dataset, model, fresh);
            } catch (Throwable e) {
                fresh.future.completeExceptionally(e);
                fresh.progress = null;
            }
        });
        return fresh.future;
    }

    /**
     * The evaluation of {@code model} when its answers are kept on disk from an earlier run (or it is evaluated
     * already), without asking the model: cheap enough to run before the Gallery is first opened. Null otherwise.
     */
    public CompletableFuture<Evaluated> kept(DatasetId dataset, TrainedModel model) {
        synchronized (this) {
            Job job = jobs.get(model);
            if (job != null && !job.future.isCompletedExceptionally()) {
                return job.future;
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                LabeledImages test = data.testImages(dataset, ProgressListener.NONE);
                Answers found = new KeptAnswers(stored, model, dataset, true, test.count()).read();
                if (found != null) {
                    remember(model, test, found); // the evaluation below takes them from memory, not the file again
                }
                return found != null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, thread).thenCompose(found -> found ? evaluate(dataset, model, share -> { })
                : CompletableFuture.completedFuture(null));
    }

    /** Answers read already, kept as if asked for (and for the evaluation, so never cancelled). */
    private synchronized void remember(TrainedModel model, LabeledImages images, Answers known) {
        Asked asked = new Asked();
        asked.work.complete(known);
        asked.kept = true;
        answers.computeIfAbsent(model, m -> new WeakHashMap<>()).putIfAbsent(images, asked);
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

    /** Reads the test images, then takes their answers as {@link #answers} would, kept for "All images". */
    private void run(DatasetId dataset, TrainedModel model, Job job) throws IOException {
        long start = System.nanoTime();
        job.report(-1);
        LabeledImages test = data.testImages(dataset, ProgressListener.NONE);
        job.report(0);
        Asked asked;
        synchronized (this) {
            asked = ask(model, dataset, true, test, job::report, AnswersJob.Partial.NONE);
            asked.kept = true;
        }
        asked.work.whenComplete((answers, failure) -> {
            if (failure != null) {
                job.future.completeExceptionally(failure);
            } else {
                job.future.complete(new Evaluated(dataset, test, Evaluator.evaluate(answers, test),
                        (System.nanoTime() - start) / 1_000_000));
            }
            job.progress = null; // the listener may hold the model; the job must not, or the weak cache would keep it
        });
    }

    private Predictor predictor(TrainedModel model) {
        return predictors.computeIfAbsent(model, TrainedModel::newPredictor);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
