package org.digitworkbench.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.imageio.ImageIO;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.IdxWriter;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.preprocess.DigitPreprocessor;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.preprocess.ImageFiles;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;
import org.digitworkbench.ml.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drawings a user labelled, under {@code drawings/<data set>/} of the {@link WorkbenchHome}: for each, a PNG
 * of the drawing as it looked (dark ink on white) and a JSON file with its label and strokes, both written
 * atomically. Their network inputs are rendered again from the strokes (or read from the PNG when the drawing
 * was made over an opened picture), so they follow the current preprocessing. Nothing here deletes a drawing.
 */
public final class DrawingStore {
    private static final Logger LOG = LoggerFactory.getLogger(DrawingStore.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What the JSON file holds; {@code overPicture}: drawn over an opened picture, so the PNG is the drawing. */
    public record SavedDrawing(String id, String dataset, int label, String createdAt, boolean overPicture,
                               List<Stroke> strokes) {
    }

    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Path root;

    public DrawingStore(Path root) {
        this.root = root;
    }

    public static DrawingStore at(WorkbenchHome home) {
        return new DrawingStore(home.drawings());
    }

    public Path folder(DatasetId dataset) {
        return root.resolve(dataset.id());
    }

    /**
     * Saves a labelled drawing.
     *
     * @param strokes what was drawn (possibly over a picture)
     * @param asShown the canvas as it looked, ink light on dark as the canvas keeps it
     */
    public SavedDrawing save(DatasetId dataset, int label, List<Stroke> strokes, boolean overPicture,
                             GrayImage asShown, Instant now) throws IOException {
        if (label < 0 || label >= Architecture.CLASSES) {
            throw new IllegalArgumentException("label must be 0-9, got " + label);
        }
        String id = ID_TIME.format(now) + "-" + label;
        SavedDrawing drawing = new SavedDrawing(id, dataset.id(), label, now.toString(), overPicture,
                List.copyOf(strokes));
        Path folder = folder(dataset);
        Files.createDirectories(folder);
        AtomicFiles.write(folder.resolve(id + ".png"), png(asShown));
        AtomicFiles.write(folder.resolve(id + ".json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(drawing));
        return drawing;
    }

    /** The drawings of {@code dataset}, oldest first; unreadable files are skipped (and logged). */
    public List<SavedDrawing> list(DatasetId dataset) throws IOException {
        Path folder = folder(dataset);
        List<SavedDrawing> drawings = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return drawings;
        }
        AtomicFiles.removeLeftovers(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                String problem;
                try {
                    SavedDrawing d = JSON.readValue(file.toFile(), SavedDrawing.class);
                    problem = problem(d);
                    if (problem == null) {
                        drawings.add(d);
                        continue;
                    }
                } catch (IOException e) {
                    problem = FailureText.describe(e);
                }
                LOG.info("Skipping the drawing {}: {}", file, problem);
            }
        }
        drawings.sort(Comparator.comparing(SavedDrawing::id));
        return drawings;
    }

    /** What makes a parsed file unusable as a drawing, or null; the id names the PNG, so it must stay a name. */
    private static String problem(SavedDrawing d) {
        if (d == null) {
            return "null instead of a drawing";
        }
        if (d.id() == null || !VALID_ID.matcher(d.id()).matches()) {
            return "its id is not a name of letters, digits, '-' and '_' (at most 64)";
        }
        if (d.label() < 0 || d.label() >= Architecture.CLASSES) {
            return "its label " + d.label() + " is not a class";
        }
        if (d.strokes() == null || d.strokes().contains(null)) {
            return "its strokes are missing";
        }
        return null;
    }

    /** The network inputs of the drawings of {@code dataset}, in {@link #list} order (those that render). */
    public LabeledImages inputs(DatasetId dataset) throws IOException {
        List<SavedDrawing> drawings = list(dataset);
        int size = Architecture.INPUT_SIZE;
        ByteArrayOutputStream pixels = new ByteArrayOutputStream(drawings.size() * size);
        ByteArrayOutputStream labels = new ByteArrayOutputStream(drawings.size());
        for (SavedDrawing d : drawings) {
            Optional<float[]> input = input(dataset, d);
            if (input.isEmpty()) {
                continue;
            }
            for (float v : input.get()) {
                pixels.write(Math.round(Math.max(0, Math.min(1, v)) * 255));
            }
            labels.write(d.label());
        }
        int count = labels.size();
        return new LabeledImages(pixels.toByteArray(), labels.toByteArray(), count, Architecture.IMAGE_SIDE,
                Architecture.IMAGE_SIDE);
    }

    /**
     * Writes the drawings of {@code dataset} as {@code drawings-images-idx3-ubyte} and
     * {@code drawings-labels-idx1-ubyte} in {@code dir}, in MNIST's format; returns the two files.
     */
    public List<Path> exportIdx(DatasetId dataset, Path dir) throws IOException {
        LabeledImages images = inputs(dataset);
        Files.createDirectories(dir);
        Path imageFile = dir.resolve("drawings-images-idx3-ubyte");
        Path labelFile = dir.resolve("drawings-labels-idx1-ubyte");
        AtomicFiles.write(imageFile, IdxWriter.images(images));
        AtomicFiles.write(labelFile, IdxWriter.labels(images));
        return List.of(imageFile, labelFile);
    }

    private Optional<float[]> input(DatasetId dataset, SavedDrawing d) {
        if (!d.overPicture()) {
            return SketchRenderer.forDataset(d.strokes(), dataset);
        }
        try {
            return DigitPreprocessor.forDataset(ImageFiles.read(folder(dataset).resolve(d.id() + ".png")), dataset);
        } catch (IOException e) {
            LOG.info("Skipping the drawing {}: {}", d.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Dark ink on white, as people keep drawings. */
    private static byte[] png(GrayImage image) throws IOException {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int v = 255 - Math.round(Math.max(0, Math.min(1, image.at(x, y))) * 255);
                out.setRGB(x, y, 0xFF000000 | v << 16 | v << 8 | v);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "png", bytes);
        return bytes.toByteArray();
    }
}
