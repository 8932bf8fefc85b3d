package org.digitworkbench.ml.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;

/**
 * Everything that decides a training run. {@code limit} > 0 trains on the first {@code limit} training
 * images only (quick runs and tests); 0 means the whole training set. {@code negatives} adds that share of
 * each batch as drawings that are not digits, taught to leave the network unsure (outlier exposure).
 * {@code validation} holds images out of the training set to watch (and steer) the run; the limit applies to
 * the images left. {@code warmup} ramps the rate up from nearly 0 over that many epochs (0.5: half the first),
 * see {@link LearningRateSchedule#rate(double, long, long, long)}.
 */
public record TrainingSettings(DatasetId dataset, Architecture architecture, int epochs, int batchSize,
                               double learningRate, Optimizer optimizer, long seed, int limit,
                               LearningRateSchedule schedule, Augmentation augmentation, double negatives,
                               ValidationPlan validation, double warmup) {
    public static final int MAX_EPOCHS = 100;
    public static final int MIN_BATCH = 8;
    public static final int MAX_BATCH = 4096;
    /**
     * The activation values one training batch may hold, every layer's output for every image (2 GiB of floats, as
     * much again for their gradients): every built-in fits at {@link #MAX_BATCH}, cnn-deep with 362 million.
     */
    public static final long MAX_BATCH_ACTIVATIONS = 1L << 29;
    public static final double MAX_NEGATIVES = 0.5;

    /** No warm-up. */
    public TrainingSettings(DatasetId dataset, Architecture architecture, int epochs, int batchSize,
                            double learningRate, Optimizer optimizer, long seed, int limit,
                            LearningRateSchedule schedule, Augmentation augmentation, double negatives,
                            ValidationPlan validation) {
        this(dataset, architecture, epochs, batchSize, learningRate, optimizer, seed, limit, schedule, augmentation,
                negatives, validation, 0);
    }

    /** No validation: the test set is scored after every epoch. */
    public TrainingSettings(DatasetId dataset, Architecture architecture, int epochs, int batchSize,
                            double learningRate, Optimizer optimizer, long seed, int limit,
                            LearningRateSchedule schedule, Augmentation augmentation, double negatives) {
        this(dataset, architecture, epochs, batchSize, learningRate, optimizer, seed, limit, schedule, augmentation,
                negatives, ValidationPlan.NONE);
    }

    /** Constant rate, the architecture's own augmentation, no negatives. */
    public TrainingSettings(DatasetId dataset, Architecture architecture, int epochs, int batchSize,
                            double learningRate, Optimizer optimizer, long seed, int limit) {
        this(dataset, architecture, epochs, batchSize, learningRate, optimizer, seed, limit,
                LearningRateSchedule.CONSTANT, defaultAugmentation(architecture), 0);
    }

    /** Shifts for the architectures that were tuned with them, nothing for the tutorials' own. */
    public static Augmentation defaultAugmentation(Architecture architecture) {
        return architecture != null && architecture.augmented() ? Augmentation.SHIFT : Augmentation.NONE;
    }

    public TrainingSettings withRecipe(LearningRateSchedule newSchedule, Augmentation newAugmentation,
                                       double newNegatives) {
        return new TrainingSettings(dataset, architecture, epochs, batchSize, learningRate, optimizer, seed, limit,
                newSchedule, newAugmentation, newNegatives, validation, warmup);
    }

    public TrainingSettings withValidation(ValidationPlan newValidation) {
        return new TrainingSettings(dataset, architecture, epochs, batchSize, learningRate, optimizer, seed, limit,
                schedule, augmentation, negatives, newValidation, warmup);
    }

    /** @param epochs of warm-up, 0 for none */
    public TrainingSettings withWarmup(double epochs) {
        return new TrainingSettings(dataset, architecture, this.epochs, batchSize, learningRate, optimizer, seed,
                limit, schedule, augmentation, negatives, validation, epochs);
    }

    /** The batches of warm-up in a run of {@code batchesPerEpoch}: at least one when there is any. */
    public long warmupBatches(long batchesPerEpoch) {
        return warmup <= 0 ? 0 : Math.max(1, Math.round(warmup * batchesPerEpoch));
    }

    public static TrainingSettings defaults(DatasetId dataset, Architecture architecture) {
        return new TrainingSettings(dataset, architecture, 1, 64, Optimizer.ADAM.defaultLearningRate(),
                Optimizer.ADAM, 42, 0);
    }

    /** The most memory one batch's activations and their gradients may take: 4 GiB. */
    public static final long MAX_ACTIVATION_BYTES = MAX_BATCH_ACTIVATIONS * 2 * Float.BYTES;

    /** Memory a training batch of {@code batch} images needs for its activations and their gradients. */
    public static long activationBytes(Architecture architecture, int batch) {
        return architecture.activationValues() * batch * 2 * Float.BYTES;
    }

    /** The largest batch whose activations fit {@link #MAX_BATCH_ACTIVATIONS}, at most {@link #MAX_BATCH}. */
    public static int largestBatch(Architecture architecture) {
        return (int) Math.min(MAX_BATCH, MAX_BATCH_ACTIVATIONS / architecture.activationValues());
    }

    /** Whether {@code epochs} is a number of epochs a run may have: 1 to {@link #MAX_EPOCHS}. */
    public static boolean validEpochs(int epochs) {
        return epochs >= 1 && epochs <= MAX_EPOCHS;
    }

    /**
     * Whether {@code size} is a batch size a run may have: {@link #MIN_BATCH} to {@link #MAX_BATCH} (what an
     * architecture's activations allow besides is {@link #largestBatch}).
     */
    public static boolean validBatchSize(int size) {
        return size >= MIN_BATCH && size <= MAX_BATCH;
    }

    /** Whether {@code rate} is a learning rate a run may have: above 0, at most 1. */
    public static boolean validLearningRate(double rate) {
        return rate > 0 && rate <= 1;
    }

    /** Every reason these settings cannot be trained, empty when they can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (dataset == null) {
            problems.add("choose a data set");
        }
        if (architecture == null) {
            problems.add("choose an architecture");
        }
        if (optimizer == null) {
            problems.add("choose an optimizer");
        }
        if (!validEpochs(epochs)) {
            problems.add("epochs must be between 1 and " + MAX_EPOCHS + " (got " + epochs + ")");
        }
        if (!validBatchSize(batchSize)) {
            problems.add("batch size must be between " + MIN_BATCH + " and " + MAX_BATCH + " (got " + batchSize + ")");
        } else if (architecture != null && batchSize > largestBatch(architecture)) {
            problems.add(String.format(Locale.ROOT, "batch size %d is too large for this architecture: its activations "
                    + "and their gradients would take %.1f GB, over the limit of %.1f GB; choose at most %d", batchSize,
                    activationBytes(architecture, batchSize) / 1e9, MAX_ACTIVATION_BYTES / 1e9,
                    largestBatch(architecture)));
        }
        if (!validLearningRate(learningRate)) {
            problems.add("learning rate must be greater than 0 and at most 1 (got " + learningRate + ")");
        }
        if (schedule == null) {
            problems.add("choose a learning-rate schedule");
        }
        if (augmentation == null) {
            problems.add("choose an augmentation");
        }
        if (!(negatives >= 0 && negatives <= MAX_NEGATIVES)) {
            problems.add("the share of negatives must be between 0 and " + MAX_NEGATIVES + " (got " + negatives + ")");
        }
        if (!(warmup >= 0 && warmup <= epochs)) {
            problems.add("warm-up must be between 0 and the " + epochs + " epochs of the run (got " + warmup + ")");
        }
        if (validation == null) {
            problems.add("choose a validation plan");
        } else {
            problems.addAll(validation.problems());
        }
        if (limit < 0) {
            problems.add("limit must be 0 (all images) or a positive number of images (got " + limit + ")");
        } else if (limit > 0 && limit < batchSize) {
            problems.add("limit (" + limit + ") must be at least the batch size (" + batchSize + ")");
        }
        return problems;
    }

    /** @throws IllegalArgumentException naming every problem */
    public TrainingSettings validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid training settings: " + String.join("; ", problems));
        }
        return this;
    }
}
