package org.digitworkbench.app;

import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.train.Augmentation;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.LearningRateSchedule;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * One training run as the run history keeps it, from the window or the command line: its settings, which
 * model it continued from, its loss per batch (decimated; x in epochs, 2.5 = half way through the third),
 * its figures per epoch, how it ended and where its model went.
 *
 * @param continuedFrom when the starting model was made ({@code createdAt} of its card), null from scratch
 * @param schedule      the learning-rate schedule, augmentation and share of negatives; null (and 0) in entries
 *                      written before these existed, read as constant, the architecture's default and none
 * @param modelFile     where the model was written, null when none was
 * @param failure       what went wrong, for a failed run
 * @param spec          the architecture's canonical spec; null in entries written before specs existed
 * @param warmup        epochs of learning-rate warm-up; 0 in entries written before it existed
 * @param changes       settings changed while the run was paused, in order; null in entries written before
 *                      changes could be made
 * @param number        the run's number, never given to another run of the history; 0 in entries written before
 *                      runs had numbers ({@link RunHistory} then numbers them by when they started)
 * @param name          what the user called the run, null when nothing ({@link RunLabels} says what is allowed)
 * @param note          the user's note on the run, null when none
 * @param layers        every trained layer's figures now and then (decimated like the loss); null in entries
 *                      written before they were taken
 */
public record RunEntry(String id, String source, String startedAt, String dataset, String architecture, int epochs,
                       int batchSize, double learningRate, String optimizer, long seed, int limit,
                       String continuedFrom, List<LossPoint> loss, List<EpochRecord> history, Outcome outcome,
                       String modelFile, double testAccuracy, double seconds, String failure, String schedule,
                       String augmentation, double negatives, String spec, double warmup,
                       List<SettingChange> changes, int number, String name, String note,
                       List<LayerSample> layers) {

    /** How a run ended. */
    public enum Outcome {
        /** Every epoch done, model saved. */
        FINISHED,
        /** Stopped early, and the partial model was kept. */
        KEPT,
        /** Stopped early (or interrupted), nothing saved. */
        DISCARDED,
        /** Ended by an error. */
        FAILED
    }

    /** Where the run came from. */
    public static final String WINDOW = "window";
    public static final String COMMAND_LINE = "cli";

    /**
     * One batch of the loss trace.
     *
     * @param x            where in the run, in epochs: 2.5 is half way through the third
     * @param learningRate the rate the batch's update used; null when not known (in entries written before rates
     *                     were kept)
     * @param step         the batch's number in the run, from 1; 0 when not known
     */
    public record LossPoint(double x, double loss, Double learningRate, long step) {

        /** A point whose rate and step are not known. */
        public LossPoint(double x, double loss) {
            this(x, loss, null, 0);
        }
    }

    /** The run's settings; throws IllegalArgumentException for a data set, architecture or optimizer unknown here. */
    public TrainingSettings settings() {
        Architecture arch = Architecture.of(architecture, spec);
        return new TrainingSettings(DatasetId.fromId(dataset), arch, epochs, batchSize, learningRate,
                Optimizer.fromId(optimizer), seed, limit,
                schedule == null ? LearningRateSchedule.CONSTANT : LearningRateSchedule.fromId(schedule),
                augmentation == null ? TrainingSettings.defaultAugmentation(arch) : Augmentation.fromId(augmentation),
                negatives).withWarmup(warmup);
    }

    /** An entry from a training run's settings and results, without a number, name or note. */
    public static RunEntry of(String id, String source, String startedAt, TrainingSettings settings,
                              String continuedFrom, List<LossPoint> loss, List<EpochRecord> history,
                              Outcome outcome, String modelFile, double testAccuracy, double seconds,
                              String failure, List<SettingChange> changes) {
        return of(id, source, startedAt, settings, continuedFrom, loss, history, outcome, modelFile, testAccuracy,
                seconds, failure, changes, 0, null, null, null);
    }

    /** An entry from a training run's settings and results, with its number, name, note and layer samples. */
    public static RunEntry of(String id, String source, String startedAt, TrainingSettings settings,
                              String continuedFrom, List<LossPoint> loss, List<EpochRecord> history,
                              Outcome outcome, String modelFile, double testAccuracy, double seconds,
                              String failure, List<SettingChange> changes, int number, String name, String note,
                              List<LayerSample> layers) {
        return new RunEntry(id, source, startedAt, settings.dataset().id(), settings.architecture().id(),
                settings.epochs(), settings.batchSize(), settings.learningRate(), settings.optimizer().id(),
                settings.seed(), settings.limit(), continuedFrom, List.copyOf(loss), List.copyOf(history), outcome,
                modelFile, testAccuracy, seconds, failure, settings.schedule().id(), settings.augmentation().id(),
                settings.negatives(), settings.architecture().spec(), settings.warmup(), List.copyOf(changes),
                number, name, note, layers == null ? null : List.copyOf(layers));
    }

    /** The same run with another number. */
    public RunEntry withNumber(int newNumber) {
        return new RunEntry(id, source, startedAt, dataset, architecture, epochs, batchSize, learningRate, optimizer,
                seed, limit, continuedFrom, loss, history, outcome, modelFile, testAccuracy, seconds, failure,
                schedule, augmentation, negatives, spec, warmup, changes, newNumber, name, note, layers);
    }

    /** The same run with another name and note, taken as they are (check them with {@link RunLabels}). */
    public RunEntry withLabels(String newName, String newNote) {
        return new RunEntry(id, source, startedAt, dataset, architecture, epochs, batchSize, learningRate, optimizer,
                seed, limit, continuedFrom, loss, history, outcome, modelFile, testAccuracy, seconds, failure,
                schedule, augmentation, negatives, spec, warmup, changes, number, newName, newNote, layers);
    }

    /** The same run as it ended: its outcome, model file, test accuracy, time and failure. */
    public RunEntry ended(Outcome how, String model, double tested, double runSeconds, String why) {
        return new RunEntry(id, source, startedAt, dataset, architecture, epochs, batchSize, learningRate, optimizer,
                seed, limit, continuedFrom, loss, history, how, model, tested, runSeconds, why,
                schedule, augmentation, negatives, spec, warmup, changes, number, name, note, layers);
    }

    /** Whether this run trained {@code other}: by spec, or by id for entries without one. */
    public boolean trained(Architecture other) {
        return other.id().equals(architecture) && (spec == null ? other.isBuiltIn() : other.spec().equals(spec));
    }
}
