package org.digitworkbench.ml.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.ModelCards;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ModelStoreTest {
    @TempDir
    Path dir;

    private static TrainedModel untrained(Architecture architecture) {
        return withParams(architecture, ParameterInitializer.initialize(architecture, 3));
    }

    private static TrainedModel withParams(Architecture architecture, Map<String, INDArray> params) {
        ModelCard card = ModelCards.of(TrainingSettings.defaults(DatasetId.MNIST, architecture), List.of(), 0.5, 1.0,
                Instant.parse("2026-11-24T08:00:00Z"), "test");
        return new TrainedModel(card, params);
    }

    @Test
    void savedModelLoadsBackAndPredictsTheSame() throws IOException {
        TrainedModel model = untrained(Architecture.CNN);
        Path file = dir.resolve("m.zip");
        ModelStore.save(model, file);
        TrainedModel loaded = ModelStore.load(file);

        float[] image = new float[784];
        TestData.mnist().test().copyImageTo(0, image, 0);
        assertArrayEquals(model.newPredictor().probabilities(image), loaded.newPredictor().probabilities(image), 1e-6f);
        assertEquals(model.card(), loaded.card());
        assertTrue(Files.isRegularFile(dir.resolve("m.json")), "the card also lies beside the model");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("m.json", "m.zip"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left behind");
        }
    }

    @Test
    void aFolderOrAPipeIsRefusedAtOnceNotWaitedOn() throws Exception {
        ModelFileException folder = assertThrows(ModelFileException.class, () -> ModelStore.load(dir));
        assertTrue(folder.getMessage().contains("a folder, not a model file"), folder.getMessage());
        Path pipe = dir.resolve("pipe.zip");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "a pipe made");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            ModelFileException e = assertThrows(ModelFileException.class, () -> ModelStore.load(pipe));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
            assertThrows(ModelFileException.class, () -> ModelStore.readCard(pipe));
        });
    }

    @Test
    void aDivergedModelIsNotSavedAndTheFileBeforeItStays() throws IOException {
        Path file = dir.resolve("m.zip");
        TrainedModel good = untrained(Architecture.MLP);
        ModelStore.save(good, file);
        byte[] before = Files.readAllBytes(file);
        Map<String, INDArray> diverged = new LinkedHashMap<>(good.params());
        String name = diverged.keySet().iterator().next();
        INDArray weights = diverged.get(name).dup();
        weights.putScalar(3, Float.NaN);
        diverged.put(name, weights);
        IOException refused = assertThrows(IOException.class,
                () -> ModelStore.save(new TrainedModel(good.card(), diverged), file));
        assertTrue(refused.getMessage().contains("the training diverged"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void savingOverAModelReplacesItWhole() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelStore.save(untrained(Architecture.MLP), file);
        ModelStore.save(untrained(Architecture.CNN), file);
        assertEquals("cnn", ModelStore.load(file).card().architecture());
    }

    @Test
    void missingFile() {
        assertMessage(dir.resolve("nothing.zip"), "no such file");
    }

    @Test
    void fileThatIsNotAModel() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.zip"), "hello, not a zip");
        assertMessage(file, "not a model file");
    }

    @Test
    void zipWithoutCard() throws IOException {
        Path file = zip("other.zip", Map.of("readme.txt", "hi".getBytes(StandardCharsets.UTF_8)));
        assertMessage(file, "not a Digit Workbench model");
    }

    @Test
    void corruptCard() throws IOException {
        Path file = zip("bad.zip", Map.of(ModelStore.CARD_ENTRY, "{\"format\": 1, \"dataset\": ".getBytes(),
                ModelStore.PARAMS_ENTRY, new byte[] {0, 0, 0, 1}));
        assertMessage(file, "the model card is corrupt");
    }

    @Test
    void truncatedFile() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelStore.save(untrained(Architecture.MLP), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertMessage(file, "not a model file");
    }

    @Test
    void modelThatDoesNotTake28x28Inputs() throws IOException {
        Map<String, INDArray> params = new LinkedHashMap<>(ParameterInitializer.initialize(Architecture.MLP, 1));
        params.put("w0", Nd4j.zeros(32 * 32, 512));
        Path file = dir.resolve("cifar.zip");
        ModelStore.save(withParams(Architecture.MLP, params), file);
        assertMessage(file, "does not take 28x28 grayscale inputs");
    }

    @Test
    void modelWithTheWrongNumberOfClasses() throws IOException {
        Map<String, INDArray> params = new LinkedHashMap<>(ParameterInitializer.initialize(Architecture.MLP, 1));
        params.put("w1", Nd4j.zeros(512, 26));
        params.put("b1", Nd4j.zeros(26));
        Path file = dir.resolve("letters.zip");
        ModelStore.save(withParams(Architecture.MLP, params), file);
        assertMessage(file, "has 26 output classes; Digit Workbench needs 10");
    }

    @Test
    void unknownArchitecture() throws IOException {
        Path good = dir.resolve("m.zip");
        ModelStore.save(untrained(Architecture.MLP), good);
        String card = new String(readEntry(good, ModelStore.CARD_ENTRY), StandardCharsets.UTF_8)
                .replace("\"mlp\"", "\"transformer\"").replaceAll("\"spec\" : \"[^\"]*\"", "\"spec\" : null");
        Path file = zip("x.zip", Map.of(ModelStore.CARD_ENTRY, card.getBytes(StandardCharsets.UTF_8),
                ModelStore.PARAMS_ENTRY, readEntry(good, ModelStore.PARAMS_ENTRY)));
        assertMessage(file, "unknown architecture 'transformer'");
    }

    @Test
    void aCardsSpecThatIsNotUsableIsAMismatch() throws IOException {
        Path good = dir.resolve("m.zip");
        ModelStore.save(untrained(Architecture.MLP), good);
        String card = new String(readEntry(good, ModelStore.CARD_ENTRY), StandardCharsets.UTF_8)
                .replace("dense(512), relu, dense(10)", "dense(512), relu, dense(11)");
        Path file = zip("x.zip", Map.of(ModelStore.CARD_ENTRY, card.getBytes(StandardCharsets.UTF_8),
                ModelStore.PARAMS_ENTRY, readEntry(good, ModelStore.PARAMS_ENTRY)));
        assertMessage(file, "the last layer must be dense(10)");
    }

    private void assertMessage(Path file, String expected) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelStore.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] readEntry(Path zipFile, String entry) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(zipFile.toFile())) {
            return zip.getInputStream(zip.getEntry(entry)).readAllBytes();
        }
    }
}
