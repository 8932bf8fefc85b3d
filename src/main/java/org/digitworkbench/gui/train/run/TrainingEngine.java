package org.digitworkbench.gui.train.run;


import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.Trainer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.TrainingSettings;

/** Runs one training on the calling thread: the real {@link Trainer}, or a stand-in in tests. */
@FunctionalInterface
public interface TrainingEngine {
    public TrainingOutcome train(TrainingSettings settings, DatasetSplits data, TrainedModel startFrom,
                          TrainingListener listener, TrainingControl control);

    public static TrainingEngine real() {
        return new Trainer()::train;
    }
}
