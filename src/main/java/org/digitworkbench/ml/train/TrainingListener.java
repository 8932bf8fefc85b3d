package org.digitworkbench.ml.train;

import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;

/** Receives a training run's progress on the training thread: keep handlers short, hand work elsewhere. */
public interface TrainingListener {
    default void onIteration(IterationEvent event) {
    }

    default void onEpoch(EpochEvent event) {
    }

    /**
     * After each epoch: a copy of the network as it stands (safe to use on another thread while training goes
     * on) and its evaluation on the test set.
     */
    default void onCheckpoint(TrainedModel snapshot, EvaluationResult evaluation) {
    }

    /** A setting changed during the run, before the batch after the one it names. */
    default void onChange(SettingChange change) {
    }

    TrainingListener NONE = new TrainingListener() { };
}
