package org.digitworkbench.ml.train;

import java.util.List;

import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * What a run produced. {@code completed} is false when it was cancelled; {@code model} then holds the
 * weights as they were when it stopped (the caller decides whether to keep them) and {@code evaluation}
 * is that of the last finished epoch, or null when none finished.
 */
public record TrainingOutcome(TrainedModel model, List<EpochEvent> epochs, EvaluationResult evaluation,
                              boolean completed, long millis) {
}
