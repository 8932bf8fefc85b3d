package org.digitworkbench.ml.train;

import java.util.List;

import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * What a run produced. {@code completed} is false when it was cancelled (stopping early for want of progress
 * still completes it); {@code model} then holds the weights as they were when it stopped (the caller decides
 * whether to keep them). {@code evaluation} is {@code model}'s on the test set, null when no epoch finished.
 * {@code bestEpoch} is the epoch with the best validation accuracy, {@code validationAccuracy} that of
 * {@code model} (0 and NaN without validation).
 */
public record TrainingOutcome(TrainedModel model, List<EpochEvent> epochs, EvaluationResult evaluation,
                              boolean completed, long millis, int bestEpoch, double validationAccuracy) {

    /** A run without validation. */
    public TrainingOutcome(TrainedModel model, List<EpochEvent> epochs, EvaluationResult evaluation,
                           boolean completed, long millis) {
        this(model, epochs, evaluation, completed, millis, 0, Double.NaN);
    }
}
