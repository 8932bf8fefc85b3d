package org.digitworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.keras.KerasFiles;
import org.digitworkbench.ml.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A workbench model written for Keras. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a model as a Keras file that Keras 3 loads and predicts with: .keras, or .h5 in the"
                + " legacy layout. The model outputs probabilities (softmax); it takes 28x28x1 images scaled to 0..1"
                + " (784 values where its first layer is dense).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file (.zip; a Keras file is rewritten)")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.keras or FILE.h5")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!KerasFiles.isKerasFile(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": name a .keras or .h5 file");
        }
        OutFile.check(spec.commandLine(), out);
        TrainedModel read = ModelFiles.open(model, DatasetId.MNIST); // the data set plays no part in the file
        KerasFiles.write(read, out);
        Architecture architecture = read.architecture();
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("model", model.toString());
            json.put("out", out.toString());
            json.put("architecture", architecture.id());
            json.put("spec", architecture.spec());
            JsonPrinter.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s -> %s (%s: %s)%n", model, out, architecture.id(),
                    architecture.spec());
        }
        return ExitCodes.OK;
    }
}
