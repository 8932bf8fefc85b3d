package org.digitworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Accuracy of a model on a test set; with --json also the confusion matrix and every error.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model file written by train")
    Path modelFile;

    @Option(names = "--dataset", paramLabel = "D", converter = DatasetIdConverter.class,
            description = "Test set to use (default: the one the model was trained on)")
    DatasetId dataset;

    @Override
    public Integer call() throws Exception {
        TrainedModel model = ModelStore.load(modelFile);
        DatasetId id = dataset != null ? dataset : DatasetId.fromId(model.card().dataset());
        DatasetSplits data = DataAccess.load(common, id);
        EvaluationResult result = Evaluator.evaluate(model.newPredictor(), data.test());
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("dataset", id.id());
            json.put("model", modelFile.toString());
            json.put("accuracy", result.accuracy());
            json.put("confusion", result.confusion());
            json.put("misclassified", result.misclassified());
            JsonPrinter.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().printf("%s on %s test set: accuracy %.2f%% (%d of %d wrong)%n",
                    modelFile, id.displayName(), result.accuracy() * 100, result.misclassified().size(),
                    result.total());
        }
        return ExitCodes.OK;
    }
}
