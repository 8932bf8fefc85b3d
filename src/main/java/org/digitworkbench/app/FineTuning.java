package org.digitworkbench.app;

import java.util.SplittableRandom;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.Augmentation;
import org.digitworkbench.ml.train.LearningRateSchedule;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * Fine-tuning a model on the user's drawings: one short epoch at a low rate over the drawings, each repeated so
 * they make about a quarter of what is seen, mixed with a random slice of the data set's training images (so
 * the model learns the hand without forgetting the rest), augmented as the model was trained. Seconds, not
 * minutes: about 8,000 images.
 */
public final class FineTuning {
    public static final double LEARNING_RATE = 1e-4;
    static final int TRAINING_IMAGES = 6000;
    static final int DRAWING_SHARE_TARGET = 2000;

    private FineTuning() {
    }

    /**
     * One epoch over the mix, from {@code model}, with its own augmentation and negatives (so "not sure" keeps
     * working); a model without a recipe on its card gets its architecture's default augmentation.
     */
    public static TrainingSettings settings(TrainedModel model, long seed) {
        ModelCard card = model.card();
        ModelCard.Recipe recipe = card.recipe();
        Augmentation augmentation = recipe != null ? Augmentation.fromId(recipe.augmentation())
                : TrainingSettings.defaultAugmentation(model.architecture());
        double negatives = recipe != null ? recipe.negatives() : 0;
        return new TrainingSettings(DatasetId.fromId(card.dataset()), model.architecture(), 1, 64, LEARNING_RATE,
                Optimizer.ADAM, seed, 0, LearningRateSchedule.CONSTANT, augmentation, negatives);
    }

    /** The data set with its training images replaced by the mix; the test images stay. */
    public static DatasetSplits mix(DatasetSplits data, LabeledImages drawings, long seed) {
        if (drawings.count() == 0) {
            throw new IllegalArgumentException("there are no drawings to fine-tune on");
        }
        LabeledImages train = data.train();
        int size = train.imageSize();
        int repeats = Math.max(1, (int) Math.ceil((double) DRAWING_SHARE_TARGET / drawings.count()));
        int slice = Math.min(TRAINING_IMAGES, train.count());
        int count = slice + repeats * drawings.count();
        byte[] pixels = new byte[count * size];
        byte[] labels = new byte[count];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < slice; i++) {
            int from = random.nextInt(train.count());
            System.arraycopy(train.rawPixels(), from * size, pixels, i * size, size);
            labels[i] = (byte) train.label(from);
        }
        for (int r = 0; r < repeats; r++) {
            int offset = slice + r * drawings.count();
            System.arraycopy(drawings.rawPixels(), 0, pixels, offset * size, drawings.count() * size);
            System.arraycopy(drawings.rawLabels(), 0, labels, offset, drawings.count());
        }
        LabeledImages mixed = new LabeledImages(pixels, labels, count, train.rows(), train.cols());
        return new DatasetSplits(data.id(), mixed, data.test());
    }

    /** The share of the drawings {@code model} reads right; NaN when there are none. */
    public static double accuracy(TrainedModel model, LabeledImages drawings) {
        if (drawings.count() == 0) {
            return Double.NaN;
        }
        float[] pixels = new float[drawings.count() * Architecture.INPUT_SIZE];
        for (int i = 0; i < drawings.count(); i++) {
            drawings.copyImageTo(i, pixels, i * Architecture.INPUT_SIZE);
        }
        float[][] probabilities = model.newPredictor().probabilities(pixels, drawings.count());
        int right = 0;
        for (int i = 0; i < drawings.count(); i++) {
            right += Predictor.argMax(probabilities[i]) == drawings.label(i) ? 1 : 0;
        }
        return (double) right / drawings.count();
    }
}
