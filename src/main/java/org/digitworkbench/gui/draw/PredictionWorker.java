package org.digitworkbench.gui.draw;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

import org.digitworkbench.ml.step.LayerOutput;
import org.digitworkbench.app.FailureText;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.model.TrainedModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that runs the network for the Draw view. It owns its predictor (a private copy of the
 * weights, never shared) and rebuilds it when the model changes. Requests go through a
 * {@link LatestWinsQueue}; answers go to {@code results} on this thread.
 */
public final class PredictionWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PredictionWorker.class);

    /** The network as the worker sees it; the application uses a {@link TrainedModel#newPredictor()}. */
    public interface Classifier {
        float[] probabilities(float[] pixels);

        /** Why it answers what it does (a heat map); null when this classifier cannot say. */
        default Evidence explain(float[] pixels) {
            return null;
        }

        /** Every layer's output for the picture; empty when this classifier cannot say. */
        default List<LayerOutput> layers(float[] pixels) {
            return List.of();
        }
    }

    record Request(long seq, TrainedModel model, Drawing drawing, long requestedNanos, boolean explain,
                   boolean inside) {
    }

    private final LatestWinsQueue<Request> queue;
    private final Function<TrainedModel, Classifier> classifiers;
    private final ExecutorService ownThread;
    private Consumer<Recognition> results = r -> { };
    // touched only on the worker thread
    private TrainedModel currentModel;
    private Classifier classifier;

    PredictionWorker(Executor worker, Function<TrainedModel, Classifier> classifiers) {
        this(worker, classifiers, null);
    }

    private PredictionWorker(Executor worker, Function<TrainedModel, Classifier> classifiers,
                             ExecutorService ownThread) {
        this.queue = new LatestWinsQueue<>(worker, this::handle);
        this.classifiers = classifiers;
        this.ownThread = ownThread;
    }

    /** A worker on a dedicated daemon thread, with real predictors. */
    public static PredictionWorker start() {
        ExecutorService thread = Executors.newSingleThreadExecutor(BackgroundExecutor.daemonThreads("predictor"));
        return new PredictionWorker(thread, SingleThreadedInference::create, thread);
    }

    void onResult(Consumer<Recognition> consumer) {
        this.results = consumer;
    }

    /** Builds the predictor of {@code model} ahead of the first stroke; answers with a warm-up recognition. */
    void prepare(TrainedModel model) {
        queue.submit(new Request(-1, model, null, System.nanoTime(), false, false));
    }

    /**
     * {@code explain}: compute the heat map too (about a hundred times the work of the answer); {@code inside}:
     * every layer's output too, with its picture.
     */
    void recognize(long seq, TrainedModel model, Drawing drawing, long requestedNanos, boolean explain,
            boolean inside) {
        queue.submit(new Request(seq, model, drawing, requestedNanos, explain, inside));
    }

    private void handle(Request request) {
        try {
            if (request.model() != currentModel) {
                classifier = null; // let the old copy of the weights go before building the new one
                currentModel = request.model();
                classifier = classifiers.apply(currentModel);
                classifier.probabilities(new float[Architecture.INPUT_SIZE]); // first call pays one-off costs
            }
            if (request.drawing() == null) {
                results.accept(new Recognition(request.seq(), currentModel, null, null, null, List.of(),
                        request.requestedNanos(), System.nanoTime(), null));
                return;
            }
            Drawing drawing = request.drawing();
            Optional<float[]> pixels = StrokeRasterizer.networkInput(drawing,
                    DatasetId.fromId(currentModel.card().dataset()));
            float[] probabilities = pixels.map(classifier::probabilities).orElse(null);
            Evidence evidence = request.explain() && pixels.isPresent() ? classifier.explain(pixels.get()) : null;
            List<InsideLayer> layers = request.inside() && pixels.isPresent()
                    ? InsideLayer.of(classifier.layers(pixels.get())) : List.of();
            results.accept(new Recognition(request.seq(), currentModel, pixels.orElse(null), probabilities,
                    evidence, layers, request.requestedNanos(), System.nanoTime(), null));
        } catch (RuntimeException e) {
            LOG.error("Prediction failed", e);
            currentModel = null;
            results.accept(new Recognition(request.seq(), request.model(), null, null, null, List.of(),
                    request.requestedNanos(), System.nanoTime(), FailureText.describe(e)));
        }
    }

    @Override
    public void close() {
        if (ownThread != null) {
            ownThread.shutdownNow();
        }
    }
}
