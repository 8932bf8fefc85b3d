package org.digitworkbench.gui.gallery;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.eval.Answers;
import org.digitworkbench.ml.model.Predictor;

/**
 * Asks a model about every image of a split, one batch per task on the engine's thread: a close-up's
 * probabilities asked for meanwhile wait for one batch, not for sixty thousand images. Cancelling the future
 * stops it at the next batch (the user chose another split, data set or model). Answers kept from an earlier
 * run are taken instead, and new ones are kept once all are in.
 */
final class AnswersJob implements Runnable {
    /** Where the answers are kept between runs; both are called on the engine's thread. */
    interface Store {
        /** The answers kept for these images, or null. */
        Answers read();

        void write(Answers answers);
    }

    /** The answers so far, after each batch: indices below {@code done} are final, the rest not yet written. */
    interface Partial {
        Partial NONE = (done, predicted, confidence) -> { };

        void answered(int done, int[] predicted, float[] confidence);
    }

    private final Supplier<Predictor> predictor;
    private final LabeledImages images;
    private final Store store;
    private final DoubleConsumer progress;
    private final Partial partial;
    private final CompletableFuture<Answers> result;
    private final Executor queue;
    private final int[] predicted;
    private final float[] confidence;
    private int from;

    /** {@code queue}: the engine's thread, where each next batch goes to the back of the line. */
    AnswersJob(Supplier<Predictor> predictor, LabeledImages images, Store store, DoubleConsumer progress,
            Partial partial, CompletableFuture<Answers> result, Executor queue) {
        this.predictor = predictor;
        this.images = images;
        this.store = store;
        this.progress = progress;
        this.partial = partial;
        this.result = result;
        this.queue = queue;
        this.predicted = new int[images.count()];
        this.confidence = new float[images.count()];
    }

    @Override
    public void run() {
        if (result.isDone()) {
            return; // cancelled
        }
        try {
            if (from == 0) {
                Answers kept = store.read();
                if (kept != null) {
                    progress.accept(1);
                    result.complete(kept);
                    return;
                }
            }
            int count = Math.min(Predictor.SET_BATCH, images.count() - from);
            if (count > 0) {
                int size = images.imageSize();
                float[] pixels = new float[count * size];
                for (int i = 0; i < count; i++) {
                    images.copyImageTo(from + i, pixels, i * size);
                }
                float[][] probabilities = predictor.get().probabilities(pixels, count);
                for (int i = 0; i < count; i++) {
                    int answer = Predictor.argMax(probabilities[i]);
                    predicted[from + i] = answer;
                    confidence[from + i] = probabilities[i][answer];
                }
                from += count;
                progress.accept((double) from / images.count());
                partial.answered(from, predicted, confidence);
            }
            if (from < images.count()) {
                queue.execute(this);
            } else {
                Answers all = new Answers(predicted, confidence);
                store.write(all); // first, so that a restart right after finds them
                result.complete(all);
            }
        } catch (Throwable e) {
            result.completeExceptionally(e);
        }
    }
}
