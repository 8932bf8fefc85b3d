package org.digitworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.model.Verdict;
import org.digitworkbench.ml.store.ModelLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Classify image files (any size, dark-on-light or light-on-dark) with the canvas's preprocessing.")
final class PredictCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model file written by train, or a Keras file (.keras, .h5) of the --dataset's classes"
                    + " (default: the window's active model of --dataset)")
    Path modelFile;

    @Option(names = "--dataset", paramLabel = "D", converter = DatasetIdConverter.class, defaultValue = "mnist",
            description = "Without --model: whose active model reads the images, mnist or fashion-mnist"
                    + " (default: ${DEFAULT-VALUE}); the shipped one until the window saves one of yours. With a Keras"
                    + " file: what its model learned to read")
    DatasetId activeModelDataset;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "PNG, JPEG, GIF or BMP files")
    List<Path> images;

    @Override
    public Integer call() throws Exception {
        TrainedModel model = modelFile != null ? ModelFiles.open(modelFile, activeModelDataset)
                : new ModelLocator(WorkbenchHome.current().models()).loadActive(activeModelDataset);
        DatasetId dataset = DatasetId.fromId(model.card().dataset());
        if (modelFile != null && spec.commandLine().getParseResult().hasMatchedOption("--dataset")
                && activeModelDataset != dataset) {
            throw new ParameterException(spec.commandLine(), "--dataset " + activeModelDataset.id() + ": "
                    + modelFile + " is a " + dataset.displayName() + " model and reads with its own classes"
                    + " (leave out --dataset, or leave out --model to read with the active "
                    + activeModelDataset.displayName() + " model)");
        }
        List<String> names = dataset.classNames();
        Predictor predictor = model.newPredictor();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path image : images) {
            Optional<float[]> input = PictureInput.read(image, dataset, err);
            if (input.isEmpty()) {
                failures++;
                continue;
            }
            float[] probabilities = predictor.probabilities(input.get());
            Verdict verdict = Verdict.of(probabilities, model.card());
            int best = verdict.top();
            if (common.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("file", image.toString());
                json.put("predicted", best);
                json.put("name", names.get(best));
                json.put("unsure", verdict.unsure());
                json.put("probabilities", probabilities);
                JsonPrinter.print(out, json);
            } else {
                String answer = verdict.unsure()
                        ? String.format("not sure (closest: %s, %.1f%%)", names.get(best), probabilities[best] * 100)
                        : String.format("%s (%.1f%%)", names.get(best), probabilities[best] * 100);
                StringBuilder line = new StringBuilder(image + ": " + answer + "  [");
                for (int i = 0; i < probabilities.length; i++) {
                    line.append(i == 0 ? "" : " ").append(String.format("%d:%.3f", i, probabilities[i]));
                }
                out.println(line.append(']'));
            }
        }
        out.flush();
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
