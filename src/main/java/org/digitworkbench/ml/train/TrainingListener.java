package org.digitworkbench.ml.train;

import java.util.Map;

import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;
import org.nd4j.linalg.api.ndarray.INDArray;

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

    /**
     * Asked after each batch whether to hand {@link #onSnapshot} the weights now: copying them costs, so only
     * listeners that look at the network within an epoch say yes, and only now and then.
     */
    default boolean wantsSnapshot(IterationEvent event) {
        return false;
    }

    /** The weights after {@code event}'s batch when {@link #wantsSnapshot} asked: a copy, safe on another thread. */
    default void onSnapshot(IterationEvent event, Map<String, INDArray> params) {
    }

    /**
     * Whether to take {@link LayerSample}s of the run (they cost a little time at the batches they are taken at,
     * so only listeners that keep them say yes).
     */
    default boolean wantsLayerSamples() {
        return false;
    }

    /** Every trained layer's figures after a batch, now and then: see {@link LayerSampling}. */
    default void onLayerSample(LayerSample sample) {
    }

    /** A setting changed during the run, before the batch after the one it names. */
    default void onChange(SettingChange change) {
    }

    TrainingListener NONE = new TrainingListener() { };
}
