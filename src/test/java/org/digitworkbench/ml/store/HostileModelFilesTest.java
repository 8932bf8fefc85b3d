package org.digitworkbench.ml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.bytedeco.javacpp.Pointer;
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

/**
 * Model files made to hurt: headers that claim huge arrays or other data types, inflating entries, weights that
 * are not numbers, cards out of range. Each is refused with a message naming what is wrong, quickly and without
 * allocating what the file claims (a few hundred bytes used to crash the JVM or take gigabytes).
 */
class HostileModelFilesTest {
    private static final long NATIVE_SLACK = 64L << 20;

    @TempDir
    Path dir;

    private static TrainedModel mlp() {
        return withParams(new LinkedHashMap<>(ParameterInitializer.initialize(Architecture.MLP, 3)));
    }

    private static TrainedModel withParams(Map<String, INDArray> params) {
        ModelCard card = ModelCards.of(TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP), List.of(), 0.5,
                1.0, Instant.parse("2026-11-24T08:00:00Z"), "test");
        return new TrainedModel(card, params);
    }

    @Test
    void aHeaderClaimingAHugeShapeIsRefusedBeforeAnythingIsAllocated() throws IOException {
        Path file = model("huge-shape.zip", params(4, out -> array(out, "b0", new long[] {400_000_000_000L},
                "FLOAT", 400_000_000_000L)));
        assertRefused(file, "weights 'b0' have shape [400000000000] but architecture mlp needs [512]");
        Path wide = model("wide.zip", params(4, out -> array(out, "w0", new long[] {784, 500_000_000L}, "FLOAT",
                784L * 500_000_000L)));
        assertRefused(wide, "first layer weights [784, 500000000], expected [784, 512]");
    }

    @Test
    void aHeaderClaimingMoreValuesThanItsShapeIsRefused() throws IOException {
        Path file = model("huge-values.zip", params(4, out -> array(out, "w0", new long[] {784, 512}, "FLOAT",
                400_000_000_000L)));
        assertRefused(file, "'w0' declares 400000000000 values; its shape [784, 512] holds 401408");
    }

    @Test
    void aShapeDescriptionOfAbsurdLengthIsRefused() throws IOException {
        Path file = model("huge-rank.zip", params(4, out -> {
            out.writeUTF("w0");
            header(out, 400_000_000_000L, "LONG");
        }));
        assertRefused(file, "'w0' has a shape description of 400000000000 numbers");
    }

    @Test
    void aCompressedDataTypeIsRefused() throws IOException {
        Path file = model("compressed.zip", params(4, out -> array(out, "w0", new long[] {784, 512}, "COMPRESSED",
                784 * 512)));
        assertRefused(file, "weights 'w0' declare data type COMPRESSED; expected FLOAT");
    }

    @Test
    void arraysTheArchitectureDoesNotHaveAreRefused() throws IOException {
        Path extra = model("extra.zip", params(4, out -> array(out, "w7", new long[] {784, 512}, "FLOAT", 784 * 512)));
        assertRefused(extra, "holds weights 'w7' that architecture mlp does not have");
        Path many = model("many.zip", params(1000, out -> { }));
        assertRefused(many, "holds 1000 weight arrays; architecture mlp has 4");
    }

    @Test
    void anArchitectureWithAbsurdlyManyParametersIsRefusedBeforeItsWeightsAreRead() throws IOException {
        String card = cardJson().replace("dense(512), relu, dense(10)",
                "dense(4096), relu, dense(4096), relu, dense(4096), relu, dense(10)");
        Path file = zip("absurd.zip", card.getBytes(StandardCharsets.UTF_8),
                params(4, out -> array(out, "w0", new long[] {784, 4096}, "FLOAT", 400_000_000_000L)));
        assertRefused(file, "parameters; an architecture may have at most");
    }

    @Test
    void aCardThatInflatesToMegabytesIsNotRead() throws IOException {
        String card = cardJson().replace("\"test\"", "\"" + "x".repeat(8 << 20) + "\"");
        Path file = zip("card-bomb.zip", card.getBytes(StandardCharsets.UTF_8), entry(mlpFile(), "params.bin"));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long packed = zip.getEntry(ModelStore.CARD_ENTRY).getCompressedSize();
            assertTrue(packed < (64 << 10), "the bomb is small: " + packed + " bytes");
        }
        assertRefused(file, "the model card is corrupt (larger than 1048576 bytes)");
    }

    @Test
    void aCardNestedTensOfThousandsDeepIsRefused() throws IOException {
        String card = "{\"continuedFrom\":".repeat(50_000) + "null" + "}".repeat(50_000);
        Path file = zip("deep.zip", card.getBytes(StandardCharsets.UTF_8), entry(mlpFile(), "params.bin"));
        assertRefused(file, "the model card is corrupt");
    }

    @Test
    void aLongLineageLoadsWithItsNearestAncestors() throws IOException {
        TrainedModel model = mlp();
        ModelCard card = model.card();
        for (int i = 0; i < 100; i++) {
            card = model.card().withContinuedFrom(card);
        }
        Path file = dir.resolve("taught-often.zip");
        ModelStore.save(new TrainedModel(card, model.params()), file);
        int ancestors = 0;
        for (ModelCard c = ModelStore.load(file).card().continuedFrom(); c != null; c = c.continuedFrom()) {
            ancestors++;
        }
        assertEquals(ModelStore.MAX_LINEAGE, ancestors);
    }

    @Test
    void weightsInflateNoFurtherThanTheArchitectureNeeds() throws IOException {
        String card = cardJson().replace("dense(512), relu, dense(10)", "dense(10)");
        byte[] params = params(2, out -> out.writeUTF("w".repeat(65_535)));
        Path file = zip("long-name.zip", card.getBytes(StandardCharsets.UTF_8), params);
        assertRefused(file, "more than the 33452 bytes its architecture needs");
    }

    @Test
    void weightsThatAreNotNumbersAreRefused() throws IOException {
        // saving refuses such weights, so a sound file is written and one value patched in its bytes
        Map<String, INDArray> params = new LinkedHashMap<>(ParameterInitializer.initialize(Architecture.MLP, 3));
        params.get("b0").putScalar(7, 12345.5f);
        Path sound = dir.resolve("sound.zip");
        ModelStore.save(withParams(params), sound);
        byte[] card = entry(sound, "card.json");
        byte[] weights = entry(sound, "params.bin");
        byte[] marker = java.nio.ByteBuffer.allocate(4).putFloat(12345.5f).array();
        int at = indexOf(weights, marker);
        assertTrue(at > 0, "the marked value is in the file");

        java.nio.ByteBuffer.wrap(weights).putFloat(at, Float.NaN);
        assertRefused(zip("nan.zip", card, weights), "weights 'b0' hold NaN at 7");
        java.nio.ByteBuffer.wrap(weights).putFloat(at, Float.POSITIVE_INFINITY);
        assertRefused(zip("infinite.zip", card, weights), "weights 'b0' hold Infinity at 7");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aCardWhoseUnsureThresholdIsNoProbabilityIsRefused() throws IOException {
        byte[] params = entry(mlpFile(), "params.bin");
        for (String threshold : List.of("\"NaN\"", "1.5", "-0.1")) {
            String card = cardJson().replaceFirst("\"unsureBelow\" : [^,]*,", "\"unsureBelow\" : " + threshold + ",");
            assertTrue(card.contains(threshold), card);
            Path file = zip("unsure.zip", card.getBytes(StandardCharsets.UTF_8), params);
            assertRefused(file, "it must be a probability from 0 to 1");
            ModelFileException e = assertThrows(ModelFileException.class, () -> ModelStore.readCard(file));
            assertTrue(e.getMessage().contains("unsureBelow is"), e.getMessage());
        }
    }

    @Test
    void weightsInEitherElementOrderLoadBack() throws IOException {
        Map<String, INDArray> params = new LinkedHashMap<>(ParameterInitializer.initialize(Architecture.MLP, 3));
        INDArray fortran = params.get("w1").dup('f');
        params.put("w1", fortran);
        Path file = dir.resolve("f.zip");
        ModelStore.save(withParams(params), file);
        TrainedModel loaded = ModelStore.load(file);
        assertEquals(fortran, loaded.params().get("w1"));
        assertEquals(params.get("w0"), loaded.params().get("w0"));
        assertEquals(params.keySet(), loaded.params().keySet());
    }

    /** Refused with {@code expected} in the message, in seconds, without native memory near what it claims. */
    private void assertRefused(Path file, String expected) {
        long before = Pointer.totalBytes();
        ModelFileException e = assertTimeout(Duration.ofSeconds(20),
                () -> assertThrows(ModelFileException.class, () -> ModelStore.load(file)));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
        long grew = Pointer.totalBytes() - before;
        assertTrue(grew < NATIVE_SLACK, "native memory grew by " + grew + " bytes");
    }

    private interface ParamsWriter {
        void write(DataOutputStream out) throws IOException;
    }

    /** A {@code params.bin} listing {@code count} arrays, of which {@code arrays} writes the first few. */
    private static byte[] params(int count, ParamsWriter arrays) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(count);
        arrays.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** An array as Nd4j.write lays it out, with the shape, data type and value count it claims, and no values. */
    private static void array(DataOutputStream out, String name, long[] shape, String type, long values)
            throws IOException {
        out.writeUTF(name);
        header(out, 2L * shape.length + 4, "LONG");
        out.writeLong(shape.length);
        for (long side : shape) {
            out.writeLong(side);
        }
        long stride = 1;
        long[] strides = new long[shape.length];
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= shape[i];
        }
        for (long s : strides) {
            out.writeLong(s);
        }
        out.writeLong(0x2000);
        out.writeLong(1);
        out.writeLong('c');
        header(out, values, type);
    }

    private static void header(DataOutputStream out, long length, String type) throws IOException {
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(length);
        out.writeUTF(type);
    }

    private Path mlpFile() throws IOException {
        Path file = dir.resolve("mlp.zip");
        if (!Files.exists(file)) {
            ModelStore.save(mlp(), file);
        }
        return file;
    }

    private String cardJson() throws IOException {
        return new String(entry(mlpFile(), ModelStore.CARD_ENTRY), StandardCharsets.UTF_8);
    }

    private Path model(String name, byte[] params) throws IOException {
        Path file = zip(name, cardJson().getBytes(StandardCharsets.UTF_8), params);
        assertTrue(Files.size(file) < 4096, name + " is small: " + Files.size(file) + " bytes");
        return file;
    }

    private Path zip(String name, byte[] card, byte[] params) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ModelStore.CARD_ENTRY));
            zip.write(card);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(ModelStore.PARAMS_ENTRY));
            zip.write(params);
            zip.closeEntry();
        }
        return file;
    }

    private static byte[] entry(Path zipFile, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            return zip.getInputStream(zip.getEntry(entry)).readAllBytes();
        }
    }
}
