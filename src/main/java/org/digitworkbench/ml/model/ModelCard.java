package org.digitworkbench.ml.model;

import java.util.List;

/**
 * What a model file says about itself (stored as JSON beside the weights): where it came from, how it
 * was trained, how it did. {@code format} is the model-file version this card was written for.
 * {@code continuedFrom} is the card of the model this one was trained on from, null when trained from scratch.
 */
public record ModelCard(int format, String dataset, String architecture, long parameters, int epochs,
                        int batchSize, double learningRate, String optimizer, long seed, int limit,
                        List<EpochRecord> history, double testAccuracy, double trainingSeconds, String createdAt,
                        String nativeVariant, ModelCard continuedFrom) {
    public static final int FORMAT = 1;

    /** One row of the training history. */
    public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double testAccuracy,
                              double seconds) {
    }

    /** A card of a model trained from scratch. */
    public ModelCard(int format, String dataset, String architecture, long parameters, int epochs, int batchSize,
                     double learningRate, String optimizer, long seed, int limit, List<EpochRecord> history,
                     double testAccuracy, double trainingSeconds, String createdAt, String nativeVariant) {
        this(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer, seed, limit,
                history, testAccuracy, trainingSeconds, createdAt, nativeVariant, null);
    }

    /** The same card with the test accuracy measured after the fact (a run stopped before its first epoch ended). */
    public ModelCard withTestAccuracy(double accuracy) {
        return new ModelCard(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer,
                seed, limit, history, accuracy, trainingSeconds, createdAt, nativeVariant, continuedFrom);
    }

    public ModelCard withContinuedFrom(ModelCard earlier) {
        return new ModelCard(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer,
                seed, limit, history, testAccuracy, trainingSeconds, createdAt, nativeVariant, earlier);
    }
}
