package org.digitworkbench.ml.model;

import java.util.List;

/**
 * What a model file says about itself (stored as JSON beside the weights): where it came from, how it
 * was trained, how it did. {@code format} is the model-file version this card was written for.
 * {@code continuedFrom} is the card of the model this one was trained on from, null when trained from scratch.
 * {@code spec} is the architecture's canonical spec; cards written before specs existed hold only the id.
 * {@code importedFrom} names the Keras file a model was opened from (null for models trained here); a model
 * trained on from it keeps it in its {@code continuedFrom}.
 */
public record ModelCard(int format, String dataset, String architecture, long parameters, int epochs,
                        int batchSize, double learningRate, String optimizer, long seed, int limit,
                        List<EpochRecord> history, double testAccuracy, double trainingSeconds, String createdAt,
                        String nativeVariant, ModelCard continuedFrom, Recipe recipe, Double unsureBelow, String spec,
                        ImportedFrom importedFrom) {
    public static final int FORMAT = 1;

    /** Below this top probability a prediction is "not sure" when the card does not say (an old model). */
    public static final double DEFAULT_UNSURE_BELOW = 0.5;

    /** How the run trained beyond the basic settings; null on cards written before these existed. */
    public record Recipe(String schedule, String augmentation, double negatives) {
    }

    /** The Keras file a model came from: its name and the Keras version that wrote it (null when it does not say). */
    public record ImportedFrom(String file, String kerasVersion) {
    }

    /**
     * One epoch's figures, a row of the training history; {@code testAccuracy} is NaN when the test set was only
     * scored at the end, {@code validationAccuracy} and {@code validationLoss} null when nothing was held out (and
     * in cards written before they were kept).
     */
    public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double testAccuracy,
                              double seconds, Double validationAccuracy, Double validationLoss) {

        /** An epoch whose validation loss is not known. */
        public EpochRecord(int epoch, double trainLoss, double trainAccuracy, double testAccuracy, double seconds,
                           Double validationAccuracy) {
            this(epoch, trainLoss, trainAccuracy, testAccuracy, seconds, validationAccuracy, null);
        }
    }

    /** A card of a model trained from scratch. */
    public ModelCard(int format, String dataset, String architecture, long parameters, int epochs, int batchSize,
                     double learningRate, String optimizer, long seed, int limit, List<EpochRecord> history,
                     double testAccuracy, double trainingSeconds, String createdAt, String nativeVariant) {
        this(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer, seed, limit,
                history, testAccuracy, trainingSeconds, createdAt, nativeVariant, null, null, null, null, null);
    }

    /** A card of a model trained anywhere but here, so far as the model's own file tells. */
    public static ModelCard imported(String dataset, String architecture, long parameters, String createdAt,
                                     String spec, ImportedFrom from) {
        return new ModelCard(FORMAT, dataset, architecture, parameters, 0, 0, 0, null, 0, 0, List.of(), Double.NaN,
                0, createdAt, null, null, null, null, spec, from);
    }

    /**
     * The top probability below which a prediction of this model counts as "not sure": chosen when it was
     * trained, on drawings set aside for it ({@code UnsureCalibration}), or the default for older cards.
     */
    public double unsureThreshold() {
        return unsureBelow != null ? unsureBelow : DEFAULT_UNSURE_BELOW;
    }

    public ModelCard withRecipe(Recipe newRecipe) {
        return new ModelCard(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer,
                seed, limit, history, testAccuracy, trainingSeconds, createdAt, nativeVariant, continuedFrom, newRecipe,
                unsureBelow, spec, importedFrom);
    }

    public ModelCard withUnsureBelow(double threshold) {
        return new ModelCard(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer,
                seed, limit, history, testAccuracy, trainingSeconds, createdAt, nativeVariant, continuedFrom, recipe,
                threshold, spec, importedFrom);
    }

    /** The same card with the test accuracy measured after the fact (a run stopped before its first epoch ended). */
    public ModelCard withTestAccuracy(double accuracy) {
        return new ModelCard(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer,
                seed, limit, history, accuracy, trainingSeconds, createdAt, nativeVariant, continuedFrom, recipe,
                unsureBelow, spec, importedFrom);
    }

    public ModelCard withSpec(String architectureSpec) {
        return new ModelCard(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer,
                seed, limit, history, testAccuracy, trainingSeconds, createdAt, nativeVariant, continuedFrom, recipe,
                unsureBelow, architectureSpec, importedFrom);
    }

    public ModelCard withContinuedFrom(ModelCard earlier) {
        return new ModelCard(format, dataset, architecture, parameters, epochs, batchSize, learningRate, optimizer,
                seed, limit, history, testAccuracy, trainingSeconds, createdAt, nativeVariant, earlier, recipe,
                unsureBelow, spec, importedFrom);
    }
}
