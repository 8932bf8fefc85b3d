package org.digitworkbench.gui.train;

import java.util.Map;

import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.ml.train.Trainer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.TrainingSettings;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Runs one training on the calling thread: the real {@link Trainer}, or a stand-in in tests. */
@FunctionalInterface
public interface TrainingEngine {
    TrainingOutcome train(TrainingSettings settings, DatasetSplits data, Map<String, INDArray> startFrom,
                          TrainingListener listener, TrainingControl control);

    static TrainingEngine real() {
        return new Trainer()::train;
    }
}
