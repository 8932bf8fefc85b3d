package org.digitworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;
import org.digitworkbench.ml.preprocess.ImageFiles;

/** A picture file as a model of {@code dataset} reads it, the canvas's way, for predict and inspect alike. */
final class PictureInput {
    private PictureInput() {
    }

    /** The network's input, or empty after one line on {@code err} saying why there is none. */
    static Optional<float[]> read(Path image, DatasetId dataset, PrintWriter err) {
        if (Files.isDirectory(image)) {
            err.println(image + ": a folder, not an image file");
            return Optional.empty();
        }
        Optional<float[]> input;
        try {
            input = DigitPreprocessor.forDataset(ImageFiles.read(image), dataset);
        } catch (IOException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
        if (input.isEmpty()) {
            err.println(image + ": the image is empty (no ink found)");
        }
        return input;
    }
}
