package org.digitworkbench.cli;

import java.util.concurrent.Callable;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.bench.BenchmarkResult;
import org.digitworkbench.ml.bench.ThroughputBenchmark;
import org.digitworkbench.ml.step.StepProfile;
import org.digitworkbench.ml.train.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Training and inference throughput (images/s) of an architecture on real MNIST data, and"
                + " one image's latency.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "ARCH", converter = ArchitectureConverter.class,
            description = "A built-in architecture (see the architectures command) or a spec such as "
                    + "\"conv(32,3), relu, maxpool, dense(100), relu, dense(10)\"")
    Architecture architecture;

    @Option(names = "--batch", defaultValue = "64",
            description = "Training batch size, 8-4096 (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--infer-batch", defaultValue = "500", paramLabel = "N",
            description = "Test images per inference call, 1-4096 (default: ${DEFAULT-VALUE})")
    int inferBatch;

    @Option(names = "--skip-training", description = "Measure inference only, without the training phase")
    boolean skipTraining;

    @Option(names = "--seconds", defaultValue = "20", description = "Measuring time per phase (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", defaultValue = "20",
            description = "Seconds of work before measuring each phase (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--no-layer-samples",
            description = "Train without taking layer samples (runs take them; this measures what they cost)")
    boolean noLayerSamples;

    @Option(names = "--profile",
            description = "Also print where a training step's time goes, stage by stage (always in --json)")
    boolean profile;

    @Option(names = "--dataset", defaultValue = "mnist", converter = DatasetIdConverter.class,
            description = "Data to run on (default: ${DEFAULT-VALUE})")
    DatasetId dataset;

    @Override
    public Integer call() throws Exception {
        if (batch < TrainingSettings.MIN_BATCH || batch > TrainingSettings.MAX_BATCH) {
            throw new ParameterException(spec.commandLine(), "batch must be between " + TrainingSettings.MIN_BATCH
                    + " and " + TrainingSettings.MAX_BATCH + " (got " + batch + ")");
        }
        if (inferBatch < 1 || inferBatch > TrainingSettings.MAX_BATCH) {
            throw new ParameterException(spec.commandLine(), "infer batch must be between 1 and "
                    + TrainingSettings.MAX_BATCH + " (got " + inferBatch + ")");
        }
        if (profile && skipTraining) {
            throw new ParameterException(spec.commandLine(), "--profile times the training phase, which"
                    + " --skip-training leaves out");
        }
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new ParameterException(spec.commandLine(), "seconds must be more than 0 and at most 3600 (got " + seconds + ")");
        }
        if (!(warmup >= 0 && warmup <= 3600)) {
            throw new ParameterException(spec.commandLine(), "warmup must be between 0 and 3600 (got " + warmup + ")");
        }
        BenchmarkResult result = ThroughputBenchmark.run(architecture, batch, inferBatch, warmup, seconds,
                !skipTraining, !noLayerSamples, DataAccess.load(common, dataset));
        if (common.json) {
            JsonPrinter.print(spec.commandLine().getOut(), result);
        } else {
            String training = result.trainImagesPerSecond() == null ? "" : String.format(
                    "batch %d: training %.0f images/s, ", result.batch(), result.trainImagesPerSecond());
            spec.commandLine().getOut().printf(
                    "%s, %sinference %.0f images/s at batch %d, one image %.2f ms, strokes to verdict %.2f ms"
                            + " (%s, %d threads)%n",
                    result.model(), training, result.inferImagesPerSecond(), result.inferBatch(),
                    result.singleImageMillis(), result.drawingMillis(), result.nativeVariant(), result.threads());
            if (profile) {
                spec.commandLine().getOut().print(StepProfile.table(result.profile()));
                spec.commandLine().getOut().flush();
            }
        }
        return ExitCodes.OK;
    }
}
