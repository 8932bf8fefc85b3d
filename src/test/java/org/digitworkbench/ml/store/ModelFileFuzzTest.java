package org.digitworkbench.ml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.digitworkbench.FuzzScratch;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.model.Verdict;
import org.digitworkbench.ml.train.ModelCards;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * Fuzz target for the model reader: any file opened as a model loads as a model whose every answer is a class
 * or "not sure", or is refused with a {@link ModelFileException}; nothing else. The first byte picks what the rest
 * is: 0 the whole file, 1 the weights entry beside a good card, 2 the card entry beside good weights (of a
 * 500-parameter model, so that mutations reach the interesting parts).
 *
 * <p>{@code mvn verify} replays {@code ModelFileFuzzTestInputs/modelFile}; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class ModelFileFuzzTest {
    private static final Architecture TINY = Architecture.parse("maxpool, maxpool, dense(10)");
    private static final byte[][] GOOD = goodEntries();

    @FuzzTest(maxDuration = "10m")
    void modelFile(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        byte[] rest = Arrays.copyOfRange(data, 1, data.length);
        Path file = FuzzScratch.empty("model").resolve("fuzzed.zip");
        switch (Math.floorMod(data[0], 3)) {
            case 0 -> Files.write(file, rest);
            case 1 -> Files.write(file, zip(GOOD[0], rest));
            default -> Files.write(file, zip(rest, GOOD[1]));
        }
        TrainedModel model;
        try {
            model = ModelStore.load(file);
        } catch (ModelFileException refused) {
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
            return;
        }
        double unsureBelow = model.card().unsureThreshold();
        assertTrue(unsureBelow >= 0 && unsureBelow <= 1, "unsure below " + unsureBelow);
        float[] ink = new float[Architecture.INPUT_SIZE];
        Arrays.fill(ink, 300, 500, 1f);
        for (float[] input : List.of(new float[Architecture.INPUT_SIZE], ink)) {
            float[] p = model.newPredictor().probabilities(input);
            assertEquals(Architecture.CLASSES, p.length);
            Verdict verdict = Verdict.of(p, model.card());
            assertTrue(verdict.unsure() || verdict.confidence() >= 0 && verdict.confidence() <= 1.0001f,
                    "confidence " + verdict.confidence());
        }
    }

    private static byte[] zip(byte[] card, byte[] params) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(ModelStore.CARD_ENTRY));
            out.write(card);
            out.putNextEntry(new ZipEntry(ModelStore.PARAMS_ENTRY));
            out.write(params);
        }
        return bytes.toByteArray();
    }

    /** The card and the weights of a small, valid model, as the store writes them. */
    private static byte[][] goodEntries() {
        try {
            Path file = Files.createTempDirectory("digit-workbench-fuzz-seed").resolve("tiny.zip");
            ModelStore.save(new TrainedModel(ModelCards.of(TrainingSettings.defaults(DatasetId.MNIST, TINY),
                    List.of(), 0.5, 1.0, Instant.parse("2026-12-01T10:00:00Z"), "fuzz"),
                    ParameterInitializer.initialize(TINY, 7)), file);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return new byte[][] {
                    zip.getInputStream(zip.getEntry(ModelStore.CARD_ENTRY)).readAllBytes(),
                    zip.getInputStream(zip.getEntry(ModelStore.PARAMS_ENTRY)).readAllBytes()};
            } finally {
                Files.deleteIfExists(ModelStore.cardBeside(file));
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
