package org.digitworkbench.ml.train;

/** Receives a training run's progress on the training thread: keep handlers short, hand work elsewhere. */
public interface TrainingListener {
    default void onIteration(IterationEvent event) {
    }

    default void onEpoch(EpochEvent event) {
    }

    TrainingListener NONE = new TrainingListener() { };
}
