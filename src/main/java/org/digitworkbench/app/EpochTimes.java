package org.digitworkbench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.train.Augmentation;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * How long an epoch takes, from what this machine measured in earlier runs of the run history; the built-in
 * figure (measured on another machine) only when there is no such run. Immutable.
 */
public final class EpochTimes {
    /** Training images of MNIST and Fashion-MNIST, the epoch size of a run without a limit. */
    public static final int FULL_EPOCH = 60_000;
    /** How many of the most recent matching runs are asked; the median of them counts. */
    static final int RECENT = 3;

    /** Seconds for one epoch; {@code measuredHere} false when it is the built-in guess. */
    public record Estimate(double secondsPerEpoch, boolean measuredHere) {
    }

    private final List<RunEntry> runs;
    private final ToDoubleFunction<Architecture> builtInImagesPerSecond;

    /** {@code runs}: newest first, as {@link RunHistory#list()} gives them. */
    public EpochTimes(List<RunEntry> runs, ToDoubleFunction<Architecture> builtInImagesPerSecond) {
        this.runs = List.copyOf(runs);
        this.builtInImagesPerSecond = builtInImagesPerSecond;
    }

    /** Only the built-in figures, before the history is read. */
    public static EpochTimes builtIn(ToDoubleFunction<Architecture> builtInImagesPerSecond) {
        return new EpochTimes(List.of(), builtInImagesPerSecond);
    }

    /** Seconds for an epoch of {@code imagesPerEpoch} images of {@code dataset} on {@code architecture}. */
    public Estimate estimate(DatasetId dataset, Architecture architecture, Augmentation augmentation,
                             int imagesPerEpoch) {
        // augmenting costs time per image, so runs with the same augmentation are asked first
        double perImage = measuredSecondsPerImage(dataset, architecture, augmentation, true);
        if (Double.isNaN(perImage)) {
            perImage = measuredSecondsPerImage(dataset, architecture, augmentation, false);
        }
        if (!Double.isNaN(perImage)) {
            return new Estimate(perImage * imagesPerEpoch, true);
        }
        return new Estimate(imagesPerEpoch / builtInImagesPerSecond.applyAsDouble(architecture), false);
    }

    private double measuredSecondsPerImage(DatasetId dataset, Architecture architecture,
                                           Augmentation augmentation, boolean sameAugmentation) {
        List<Double> found = new ArrayList<>();
        for (RunEntry run : runs) {
            if (found.size() == RECENT) {
                break;
            }
            if (!dataset.id().equals(run.dataset()) || !run.trained(architecture)) {
                continue;
            }
            if (sameAugmentation && !augmentation.id().equals(augmentationOf(run, architecture))) {
                continue;
            }
            double perImage = secondsPerImage(run);
            if (Double.isFinite(perImage) && perImage > 0) {
                found.add(perImage);
            }
        }
        if (found.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = found.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // the median: one run slowed by another program on the machine does not decide
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String augmentationOf(RunEntry run, Architecture architecture) {
        if (run.augmentation() != null) {
            return run.augmentation();
        }
        return TrainingSettings.defaultAugmentation(architecture).id();
    }

    /** Seconds per training image of one run, NaN when it recorded no time. */
    static double secondsPerImage(RunEntry run) {
        int images = run.limit() > 0 ? Math.min(run.limit(), FULL_EPOCH) : FULL_EPOCH;
        List<EpochRecord> history = run.history() == null ? List.of() : run.history();
        // an epoch's seconds count from the start of the run, so the last epoch says the mean of them all
        for (int i = history.size() - 1; i >= 0; i--) {
            double seconds = history.get(i).seconds();
            if (Double.isFinite(seconds) && seconds > 0) {
                return seconds / (i + 1) / images;
            }
        }
        // older entries and failed runs may only have the total
        if (run.seconds() > 0 && run.outcome() == RunEntry.Outcome.FINISHED && run.epochs() > 0) {
            return run.seconds() / run.epochs() / images;
        }
        return Double.NaN;
    }
}
