package org.digitworkbench.ml.train;

import java.time.Instant;
import java.util.List;

import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.model.ModelCard;

/** Model cards of training runs: the settings and per-epoch figures of a run as its model's card says them. */
public final class ModelCards {
    private ModelCards() {
    }

    public static ModelCard of(TrainingSettings settings, List<EpochEvent> epochs, double testAccuracy,
                               double trainingSeconds, Instant createdAt, String nativeVariant) {
        return new ModelCard(ModelCard.FORMAT, settings.dataset().id(), settings.architecture().id(),
                settings.architecture().parameterCount(), epochs.size(), settings.batchSize(),
                settings.learningRate(), settings.optimizer().id(), settings.seed(), settings.limit(), history(epochs),
                testAccuracy, trainingSeconds, createdAt.toString(), nativeVariant)
                .withRecipe(new ModelCard.Recipe(settings.schedule().id(), settings.augmentation().id(),
                        settings.negatives()))
                .withSpec(settings.architecture().spec());
    }

    /** A run's epochs as a card's history rows. */
    public static List<EpochRecord> history(List<EpochEvent> epochs) {
        return epochs.stream()
                .map(e -> new EpochRecord(e.epoch(), e.trainLoss(), e.trainAccuracy(), e.testAccuracy(),
                        e.elapsedMillis() / 1000.0, orNull(e.validationAccuracy()), orNull(e.validationLoss())))
                .toList();
    }

    private static Double orNull(double figure) {
        return Double.isNaN(figure) ? null : figure;
    }
}
