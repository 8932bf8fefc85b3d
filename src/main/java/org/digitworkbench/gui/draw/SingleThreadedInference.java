package org.digitworkbench.gui.draw;

import java.util.List;
import org.digitworkbench.ml.step.LayerOutput;
import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Draw view's predictor and limits OpenMP to one thread for the calling thread only.
 * One image is too small to share out: with two OpenMP threads on a busy two-core machine a CNN answer took
 * 45-110 ms, with one 3 ms (MLP: 8-17 ms against 1 ms). {@code omp_set_num_threads} is per thread, so
 * training elsewhere in the process keeps all cores. Must run on the prediction thread.
 */
final class SingleThreadedInference {
    private static final Logger LOG = LoggerFactory.getLogger(SingleThreadedInference.class);

    private SingleThreadedInference() {
    }

    static PredictionWorker.Classifier create(TrainedModel model) {
        Predictor predictor = model.newPredictor(); // initializes ND4J, which the native call below needs
        if (!NativeRuntime.limitCallingThread(1)) {
            LOG.warn("Could not limit the prediction thread to one OpenMP thread");
        }
        return new PredictionWorker.Classifier() {
            @Override
            public float[] probabilities(float[] pixels) {
                return predictor.probabilities(pixels);
            }

            @Override
            public Evidence explain(float[] pixels) {
                return Evidence.of(predictor, pixels);
            }

            @Override
            public List<LayerOutput> layers(float[] pixels) {
                return predictor.layerOutputs(pixels);
            }
        };
    }
}
