package org.digitworkbench.cli;

import java.util.concurrent.Callable;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.bench.BenchmarkResult;
import org.digitworkbench.ml.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Training and inference throughput (images/s) of an architecture on real MNIST data.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "ARCH", converter = ArchitectureConverter.class,
            description = "mlp, cnn-small, cnn or cnn-plus")
    Architecture architecture;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seconds", defaultValue = "20", description = "Measuring time per phase (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--dataset", defaultValue = "mnist", converter = DatasetIdConverter.class,
            description = "Data to run on (default: ${DEFAULT-VALUE})")
    DatasetId dataset;

    @Override
    public Integer call() throws Exception {
        if (batch < 1 || batch > 4096) {
            throw new ParameterException(spec.commandLine(), "batch must be between 1 and 4096 (got " + batch + ")");
        }
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new ParameterException(spec.commandLine(), "seconds must be between 0 and 3600 (got " + seconds + ")");
        }
        BenchmarkResult result = ThroughputBenchmark.run(architecture, batch, seconds,
                DataAccess.load(common, dataset));
        if (common.json) {
            JsonPrinter.print(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine().getOut().printf(
                    "%s, batch %d: training %.0f images/s, inference %.0f images/s, one image %.2f ms (%s, %d threads)%n",
                    result.model(), result.batch(), result.trainImagesPerSecond(), result.inferImagesPerSecond(),
                    result.singleImageMillis(), result.nativeVariant(), result.threads());
        }
        return ExitCodes.OK;
    }
}
