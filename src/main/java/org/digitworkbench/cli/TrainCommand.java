package org.digitworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.digitworkbench.app.FailureText;
import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.RunRecorder;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.Augmentation;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.LearningRateSchedule;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.Trainer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.TrainingSettings;
import org.digitworkbench.ml.train.ValidationPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a network and write it, with its model card, to a file.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "D", converter = DatasetIdConverter.class,
            description = "mnist or fashion-mnist")
    DatasetId dataset;

    @Option(names = "--model", required = true, paramLabel = "ARCH", converter = ArchitectureConverter.class,
            description = "A built-in architecture (see the architectures command) or a spec such as "
                    + "\"conv(32,3), relu, maxpool, dense(100), relu, dense(10)\"")
    Architecture architecture;

    @Option(names = "--epochs", defaultValue = "1", description = "1-100 (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "64", description = "8-4096 (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate (default: the optimizer's own)")
    Double learningRate;

    @Option(names = "--optimizer", defaultValue = "adam", converter = OptimizerConverter.class,
            description = "adam, rmsprop or sgd (with momentum) (default: ${DEFAULT-VALUE})")
    Optimizer optimizer;

    @Option(names = "--schedule", defaultValue = "constant", converter = ScheduleConverter.class,
            description = "Learning rate over the run: constant, step, cosine or one-cycle (default: ${DEFAULT-VALUE})")
    LearningRateSchedule schedule;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "EPOCHS",
            description = "Raise the rate linearly from nearly 0 over this many epochs (0.5: half the first), then"
                    + " follow the schedule; one-cycle has a ramp of its own (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--augment", converter = AugmentationConverter.class, paramLabel = "KIND",
            description = "none, shift, flip (shift and mirror) or drawing (rotate, scale, shear, shift, bend, pen)"
                    + " (default: shift for cnn-plus and cnn-deep, none for the others)")
    Augmentation augmentation;

    @Option(names = "--negatives", defaultValue = "0", paramLabel = "SHARE",
            description = "Add this share of each batch (0-0.5) as generated drawings that are not digits, taught"
                    + " to leave the network unsure (default: ${DEFAULT-VALUE})")
    double negatives;

    @Option(names = "--seed", defaultValue = "42", description = "Same seed, same result (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "Train on the first N images only (default: all)")
    int limit;

    @Option(names = "--validation", defaultValue = "" + ValidationPlan.DEFAULT_IMAGES, paramLabel = "N",
            description = "Hold out N training images, drawn from the seed, to score each epoch on; 0 for none"
                    + " (default: ${DEFAULT-VALUE})")
    int validation;

    @Option(names = "--keep-best", description = "Save the weights of the epoch with the best validation accuracy")
    boolean keepBest;

    @Option(names = "--patience", defaultValue = "0", paramLabel = "N",
            description = "Stop after N epochs without a better validation accuracy (default: 0, never)")
    int patience;

    @Option(names = "--test-each-epoch", description = "Score the test set after every epoch, not only at the end")
    boolean testEachEpoch;

    @Option(names = "--from", paramLabel = "FILE", description = "Continue training this model instead of starting fresh (a model file, or a Keras file of"
                    + " --dataset's classes)")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.zip)")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrainingSettings settings = new TrainingSettings(dataset, architecture, epochs, batch,
                learningRate != null ? learningRate : optimizer.defaultLearningRate(), optimizer, seed, limit,
                schedule, augmentation != null ? augmentation : TrainingSettings.defaultAugmentation(architecture),
                negatives, new ValidationPlan(validation, keepBest, patience, testEachEpoch), warmup);
        if (!settings.problems().isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join("; ", settings.problems()));
        }
        OutFile.check(spec.commandLine(), out); // before any work: a bad --out is not found after an hour of training
        TrainedModel start = from == null ? null : ModelFiles.open(from, dataset);
        if (start != null && !start.architecture().equals(architecture)) {
            Architecture earlier = start.architecture();
            throw new ParameterException(spec.commandLine(), from + " is a " + earlier.reference() + " model; pass --model "
                    + (earlier.isBuiltIn() ? earlier.id() : "\"" + earlier.spec() + "\"") + " to continue it");
        }
        DatasetSplits data = DataAccess.load(common, dataset);
        if (data.train().count() - validation < batch) {
            throw new ParameterException(spec.commandLine(), "--validation " + validation + " leaves fewer than a"
                    + " batch of the " + data.train().count() + " training images");
        }
        TrainingControl control = new TrainingControl();
        CountDownLatch recorded = new CountDownLatch(1);
        // Ctrl+C: stop training, then hold the exit until the stopped run is in the history (a few seconds at most)
        Thread interruptHook = new Thread(() -> {
            control.cancel();
            try {
                recorded.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(interruptHook);
        try {
            return trainAndSave(settings, data, start, control);
        } finally {
            recorded.countDown();
            removeHook(interruptHook);
        }
    }

    private Integer trainAndSave(TrainingSettings settings, DatasetSplits data, TrainedModel start,
            TrainingControl control) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        TrainingOutcome outcome;
        RunRecorder recorder;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("train " + architecture.id())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed().setUnit(" batches", 1)
                .build()) {
            recorder = new RunRecorder(RunHistory.at(WorkbenchHome.current()), RunEntry.COMMAND_LINE, settings,
                    start, new ProgressReporter(bar, err));
            try {
                outcome = new Trainer().train(settings, data, start, recorder, control);
            } catch (RuntimeException | Error e) {
                record(recorder, RunEntry.Outcome.FAILED, null, Double.NaN, 0, FailureText.describe(e), err);
                throw e;
            }
        }
        double seconds = outcome.millis() / 1000.0;
        if (!outcome.completed()) {
            record(recorder, RunEntry.Outcome.DISCARDED, null, Double.NaN, seconds, null, err);
            err.println("training stopped before the end; no model written");
            return ExitCodes.INTERRUPTED;
        }
        if (outcome.epochs().size() < epochs) {
            err.printf("no better validation accuracy for %d epochs: stopped after epoch %d%n", patience,
                    outcome.epochs().size());
        }
        if (keepBest) {
            err.printf("kept the weights of epoch %d (validation accuracy %.2f%%)%n", outcome.bestEpoch(),
                    outcome.validationAccuracy() * 100);
        }
        try {
            OutFile.save(outcome.model(), out);
        } catch (IOException e) {
            record(recorder, RunEntry.Outcome.FAILED, null, outcome.evaluation().accuracy(), seconds,
                    "could not write the model: " + FailureText.describe(e), err);
            throw e;
        }
        record(recorder, RunEntry.Outcome.FINISHED, out, outcome.evaluation().accuracy(), seconds, null, err);
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("out", out.toAbsolutePath().toString());
            json.put("testAccuracy", outcome.evaluation().accuracy());
            json.put("seconds", seconds);
            json.put("bestEpoch", outcome.bestEpoch() == 0 ? null : outcome.bestEpoch());
            json.put("validationAccuracy", Double.isNaN(outcome.validationAccuracy()) ? null
                    : outcome.validationAccuracy());
            JsonPrinter.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().printf("test accuracy %.2f%% after %.1f s; model written to %s%n",
                    outcome.evaluation().accuracy() * 100, seconds, out.toAbsolutePath());
        }
        return ExitCodes.OK;
    }

    /** The run into the history; a history that cannot be written (a full or read-only home) only warns. */
    private static void record(RunRecorder recorder, RunEntry.Outcome outcome, Path model, double accuracy,
            double seconds, String failure, PrintWriter err) {
        try {
            recorder.finish(outcome, model, accuracy, seconds, failure);
        } catch (IOException e) {
            err.println("warning: the run could not be recorded in the history: " + FailureText.describe(e));
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook has run
        }
    }

    /** Feeds the progress bar and prints one line per epoch. */
    private static final class ProgressReporter implements TrainingListener {
        private final ProgressBar bar;
        private final PrintWriter err;
        private double smoothedLoss = Double.NaN;

        ProgressReporter(ProgressBar bar, PrintWriter err) {
            this.bar = bar;
            this.err = err;
        }

        @Override
        public void onIteration(IterationEvent e) {
            smoothedLoss = Double.isNaN(smoothedLoss) ? e.loss() : 0.95 * smoothedLoss + 0.05 * e.loss();
            if (e.batchInEpoch() == 1) {
                bar.reset();
                bar.maxHint(e.batchesPerEpoch());
            }
            bar.stepTo(e.batchInEpoch());
            bar.setExtraMessage(String.format(" epoch %d  loss %.4f  %.0f img/s", e.epoch(), smoothedLoss,
                    e.imagesPerSecond()));
        }

        @Override
        public void onEpoch(EpochEvent e) {
            StringBuilder line = new StringBuilder(String.format("%nepoch %d/%d: train loss %.4f, train accuracy %.2f%%",
                    e.epoch(), e.epochs(), e.trainLoss(), e.trainAccuracy() * 100));
            if (!Double.isNaN(e.validationAccuracy())) {
                line.append(String.format(", validation loss %.4f, validation accuracy %.2f%%", e.validationLoss(),
                        e.validationAccuracy() * 100));
            }
            if (!Double.isNaN(e.testAccuracy())) {
                line.append(String.format(", test accuracy %.2f%%", e.testAccuracy() * 100));
            }
            err.println(line.append(String.format(", %.1f s, ETA %.0f s", e.elapsedMillis() / 1000.0,
                    e.etaMillis() / 1000.0)));
            err.flush();
        }
    }
}
