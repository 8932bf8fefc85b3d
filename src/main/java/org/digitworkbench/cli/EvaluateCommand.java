package org.digitworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.ml.eval.ClassFigures;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.eval.SketchSets;
import org.digitworkbench.ml.eval.UnsureReport;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Accuracy of a model on a test set; with --json also the confusion matrix, precision, recall"
                + " and F1 per class, and every error.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE",
            description = "A model file written by train, or a Keras file (.keras, .h5)")
    Path modelFile;

    @Option(names = "--dataset", paramLabel = "D", converter = DatasetIdConverter.class,
            description = "The model's own data set (the default); another is refused, as its classes differ. A Keras"
                    + " file does not say: name it (default mnist)")
    DatasetId dataset;

    @Option(names = "--drawn", description = "Also measure the canvas path and \"not sure\": generated drawn digits,"
            + " generated drawings that are not digits (kinds training uses and kinds it never saw), and test images"
            + " enlarged to canvas size, each at the model's own threshold")
    boolean drawn;

    @Override
    public Integer call() throws Exception {
        TrainedModel model = ModelFiles.open(modelFile, dataset != null ? dataset : DatasetId.MNIST);
        DatasetId trainedOn = DatasetId.fromId(model.card().dataset());
        if (dataset != null && dataset != trainedOn) {
            throw new ParameterException(spec.commandLine(), "--dataset " + dataset.id() + ": " + modelFile
                    + " was trained on " + trainedOn.displayName() + ", whose ten classes are not "
                    + dataset.displayName() + "'s; its score there would mean nothing (leave out --dataset)");
        }
        DatasetId id = trainedOn;
        DatasetSplits data = DataAccess.load(common, id);
        EvaluationResult result = Evaluator.evaluate(model.newPredictor(), data.test());
        Map<String, UnsureReport> sketches = drawn ? drawnReports(model, id, data) : Map.of();
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("dataset", id.id());
            json.put("model", modelFile.toString());
            json.put("accuracy", result.accuracy());
            json.put("confusion", result.confusion());
            json.put("perClass", perClass(result, id));
            json.put("misclassified", result.misclassified());
            if (drawn) {
                json.put("unsureThreshold", model.card().unsureThreshold());
                json.put("drawn", sketches);
            }
            JsonPrinter.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().printf("%s on %s test set: accuracy %.2f%% (%d of %d wrong)%n",
                    modelFile, id.displayName(), result.accuracy() * 100, result.misclassified().size(),
                    result.total());
            sketches.forEach((set, report) -> spec.commandLine().getOut().printf(
                    "  %-25s %5d images: %6.2f%% right, %6.2f%% flagged not sure, %6.2f%% accepted and right%n",
                    set, report.count(), report.accuracy() * 100, report.flagged() * 100,
                    report.acceptedAndRight() * 100));
            if (drawn) {
                spec.commandLine().getOut().printf("  (not sure below a top probability of %.3f)%n",
                        model.card().unsureThreshold());
            }
        }
        return ExitCodes.OK;
    }

    /** Precision, recall, F1 and support of each class, named as the data set names it. */
    private static List<Map<String, Object>> perClass(EvaluationResult result, DatasetId id) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ClassFigures figures : ClassFigures.of(result.confusion())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("class", figures.classIndex());
            row.put("name", id.classNames().get(figures.classIndex()));
            row.put("precision", figures.precision());
            row.put("recall", figures.recall());
            row.put("f1", figures.f1());
            row.put("support", figures.support());
            rows.add(row);
        }
        return rows;
    }

    /** The report sets, at seeds no threshold was chosen on. */
    private static Map<String, UnsureReport> drawnReports(TrainedModel model, DatasetId id, DatasetSplits data) {
        long seed = 2 * SketchSets.CALIBRATION_SEEDS;
        Predictor predictor = model.newPredictor();
        double threshold = model.card().unsureThreshold();
        Map<String, UnsureReport> reports = new LinkedHashMap<>();
        if (id == DatasetId.MNIST) {
            reports.put("drawnDigits", UnsureReport.measure(predictor, SketchSets.drawnDigits(100, seed), threshold));
        } else {
            reports.put("drawnGarments", UnsureReport.measure(predictor, SketchSets.drawnGarments(24, seed),
                    threshold));
            // for the garment classes a drawn digit is one more thing that is none of them
            reports.put("drawnDigitsAsNonGarments", UnsureReport.measure(predictor,
                    SketchSets.drawnDigitsFor(id, 24, seed), threshold));
        }
        reports.put("nonDigitsTrainedKinds", UnsureReport.measure(predictor,
                SketchSets.nonDigits(40, seed, id, false), threshold));
        reports.put("nonDigitsHeldOutKinds", UnsureReport.measure(predictor,
                SketchSets.nonDigits(40, seed, id, true), threshold));
        reports.put("testThroughCanvas", UnsureReport.measure(predictor,
                SketchSets.throughCanvas(data.test(), data.test().count(), id), threshold));
        return reports;
    }
}
