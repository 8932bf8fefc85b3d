package org.digitworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A Keras model made a workbench model: scored on the test set of the data set it learned, and saved. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Open a Keras model (.keras, or legacy .h5 from Keras 2 or 3) as a workbench model, score it on"
                + " the test set and save it. Sequential or plain-chain models of InputLayer, Conv2D, MaxPooling2D,"
                + " Flatten, Reshape, Dense, Dropout, Activation, ReLU, Softmax and BatchNormalization.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .keras or .h5 file written by Keras")
    Path file;

    @Option(names = "--dataset", required = true, paramLabel = "D", converter = DatasetIdConverter.class,
            description = "What the model learned to read, mnist or fashion-mnist (a Keras file does not say)")
    DatasetId dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.zip)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!ModelFiles.isKeras(file)) {
            throw new ParameterException(spec.commandLine(), file + " is not named as a Keras file (.keras, .h5);"
                    + " a workbench model needs no import");
        }
        OutFile.check(spec.commandLine(), out);
        TrainedModel model = ModelFiles.open(file, dataset);
        model = ModelFiles.scored(model, DataAccess.load(common, dataset).test());
        OutFile.save(model, out);
        ModelCard card = model.card();
        Architecture architecture = model.architecture();
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("out", out.toString());
            json.put("kerasVersion", card.importedFrom().kerasVersion());
            json.put("architecture", architecture.id());
            json.put("spec", architecture.spec());
            json.put("parameters", architecture.parameterCount());
            json.put("testAccuracy", card.testAccuracy());
            JsonPrinter.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s (Keras %s) -> %s%n  %s: %s, %,d parameters%n"
                            + "  %s test set: accuracy %.2f%%%n", file, card.importedFrom().kerasVersion(), out,
                    architecture.id(), architecture.spec(), architecture.parameterCount(), dataset.displayName(),
                    card.testAccuracy() * 100);
        }
        return ExitCodes.OK;
    }
}
