package org.digitworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.digitworkbench.app.LayerInspection;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.app.PngFiles;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.model.Verdict;
import org.digitworkbench.ml.step.LayerOutput;
import org.digitworkbench.ml.store.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Every layer's output for one picture (read as predict reads it): layer, shape, min, max,"
                + " mean and share of zeros; with --png a picture of each layer and of the first layer's filters.")
final class InspectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model file written by train")
    Path modelFile;

    @Option(names = "--png", paramLabel = "DIR", description = "Also write layer-N.png per layer and filters.png"
            + " into this folder (made if missing)")
    Path pngDir;

    @Parameters(paramLabel = "IMAGE", description = "A PNG, JPEG, GIF or BMP file")
    Path image;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pngDir != null && Files.exists(pngDir) && !Files.isDirectory(pngDir)) {
            err.println("error: " + pngDir + " already exists as a file; choose a folder for --png");
            return ExitCodes.FAILURE;
        }
        TrainedModel model = ModelStore.load(modelFile);
        DatasetId dataset = DatasetId.fromId(model.card().dataset());
        Optional<float[]> input = PictureInput.read(image, dataset, err);
        if (input.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        Predictor predictor = model.newPredictor();
        float[] probabilities = predictor.probabilities(input.get());
        Verdict verdict = Verdict.of(probabilities, model.card());
        List<LayerOutput> outputs = predictor.layerOutputs(input.get());
        List<LayerInspection> layers = LayerInspection.of(outputs);
        if (pngDir != null) {
            Files.createDirectories(pngDir);
            for (LayerOutput output : outputs) {
                PngFiles.write(pngDir.resolve("layer-" + output.index() + ".png"), LayerPictures.of(output));
            }
            Optional<LayerPictures.Raster> filters = LayerPictures.firstFilters(model);
            if (filters.isPresent()) {
                PngFiles.write(pngDir.resolve("filters.png"), filters.get().image());
            }
        }
        String name = dataset.classNames().get(verdict.top());
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", image.toString());
            json.put("predicted", verdict.top());
            json.put("name", name);
            json.put("unsure", verdict.unsure());
            json.put("probabilities", probabilities);
            json.put("layers", layers);
            JsonPrinter.print(out, json);
        } else {
            out.printf("%s: %s%s (%.1f%%)%n", image, verdict.unsure() ? "not sure, closest " : "", name,
                    probabilities[verdict.top()] * 100);
            for (LayerInspection layer : layers) {
                out.printf("%3d  %-24s %-12s min %9.4f  max %9.4f  mean %9.4f  zeros %5.1f%%%n", layer.index(),
                        layer.layer(), shapeText(layer.shape()), layer.min(), layer.max(), layer.mean(),
                        layer.zeros() * 100);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String shapeText(long[] shape) {
        StringBuilder text = new StringBuilder();
        for (long size : shape) {
            text.append(text.length() == 0 ? "" : "x").append(size);
        }
        return text.toString();
    }
}
