package org.digitworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.ml.eval.UnsureCalibration;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Chooses a model's "not sure" threshold again, by the rule {@code train} applies at the end of every run: for a
 * model trained before the rule changed, without training it again.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Chooses a model's \"not sure\" threshold again, by the rule train applies, and writes it into"
                + " the model's card (the weights stay as they are).")
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model file written by train")
    Path modelFile;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: over --model)")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrainedModel model = ModelStore.load(modelFile);
        Path target = out != null ? out : modelFile;
        OutFile.check(spec.commandLine(), target);
        DatasetId dataset = DatasetId.fromId(model.card().dataset());
        DatasetSplits data = DataAccess.load(common, dataset);
        double before = model.card().unsureThreshold();
        double after = UnsureCalibration.forDataset(dataset, data.train()).threshold(model.newPredictor());
        OutFile.save(new TrainedModel(model.card().withUnsureBelow(after), model.params()), target);
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("model", target.toString());
            json.put("before", before);
            json.put("after", after);
            JsonPrinter.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: not sure below %.4f (was %.4f)%n", target, after,
                    before);
        }
        return ExitCodes.OK;
    }
}
