package org.digitworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ArchitectureSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "architectures", mixinStandardHelpOptions = true,
        description = {"List the built-in architectures with their specs and parameter counts, or show one "
                + "architecture (a built-in id or a spec) layer by layer.",
                "--model of train and bench takes a built-in id, tutorial-a .. tutorial-e, or a spec."},
        footer = {"",
                "Spec language: layers separated by commas; case and whitespace do not matter.",
                "  conv(F,K)         F filters (1-512), KxK kernel (1-7; also written 3x3), stride 1, valid padding",
                "  conv(F,K,same)    the same, padded to keep the size (conv(F,K,valid) is the default spelled out)",
                "  maxpool           2x2 max pooling, stride 2 (also: pool)",
                "  batchnorm         batch normalization (also: bn)",
                "  dropout(R)        drops a share R of the values while training, 0 < R < 1",
                "  dense(N)          fully connected, N units (1-4096)",
                "  relu, tanh, sigmoid  activations",
                "Input is a 28x28x1 image; a dense layer after image layers flattens them first. The last layer",
                "must be dense(10); softmax and cross-entropy follow it. At most 5,000,000 parameters.",
                "Example: conv(32,3), relu, maxpool, dense(100), relu, dense(10)   (= cnn-small)",
                "Built-ins train with shift augmentation where they say so (cnn-plus, cnn-deep); specs without."})
final class ArchitecturesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ARCH", converter = ArchitectureConverter.class,
            description = "A built-in id, a spec, or a model file (.zip, .keras, .h5) to show layer by layer.")
    Architecture shown;

    /** One line of the list, as {@code --json} prints it. */
    record Listed(String id, String spec, long parameters) {
    }

    /** One architecture layer by layer, as {@code --json} prints it. */
    record Shown(String id, String spec, long parameters, List<ArchitectureSummary.Row> layers) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (shown != null) {
            show(out, shown);
            return ExitCodes.OK;
        }
        List<Listed> listed = Architecture.builtIns().stream()
                .map(a -> new Listed(a.id(), a.spec(), a.parameterCount())).toList();
        if (common.json) {
            JsonPrinter.print(out, listed);
            return ExitCodes.OK;
        }
        for (Listed a : listed) {
            out.printf(Locale.ROOT, "%-12s %,10d  %s%n", a.id(), a.parameters(), a.spec());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void show(PrintWriter out, Architecture architecture) {
        ArchitectureSummary summary = ArchitectureSummary.of(architecture);
        if (common.json) {
            JsonPrinter.print(out, new Shown(architecture.id(), architecture.spec(), summary.parameters(),
                    summary.rows()));
            return;
        }
        out.printf(Locale.ROOT, "%s: %s%n", architecture.id(), architecture.spec());
        out.printf(Locale.ROOT, "  %-18s %-10s %10s%n", "input", "28x28x1", "");
        for (ArchitectureSummary.Row row : summary.rows()) {
            out.printf(Locale.ROOT, "  %-18s %-10s %,10d%n", row.layer(), row.output(), row.parameters());
        }
        out.printf(Locale.ROOT, "  %-18s %-10s %,10d%n", "total", "", summary.parameters());
        out.flush();
    }
}
