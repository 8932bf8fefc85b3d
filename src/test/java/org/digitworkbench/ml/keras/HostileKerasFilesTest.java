package org.digitworkbench.ml.keras;

import static org.digitworkbench.ml.keras.CraftedKeras.entry;
import static org.digitworkbench.ml.keras.CraftedKeras.layer;
import static org.digitworkbench.ml.keras.CraftedKeras.sequential;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipOutputStream;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.store.ModelFileException;
import org.digitworkbench.ml.store.ModelFileException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted Keras files, read in the JVM the build gives hostile files (1 GB of heap): each is refused with a message,
 * having allocated no more than its architecture needs.
 */
class HostileKerasFilesTest {
    private static final String CONFIG = sequential("784", layer("Dense", "out", "\"units\": 10"));

    @TempDir
    Path dir;

    @Test
    void aWeightsBombIsNotInflatedPastWhatTheModelNeeds() throws Exception {
        Path file = dir.resolve("bomb.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "config.json", CONFIG.getBytes(StandardCharsets.UTF_8));
            CraftedKeras.zeros(zip, "model.weights.h5", 64L << 20);
        }
        assertTrue(Files.size(file) < 4 << 20);
        assertContains(refused(file, Reason.CORRUPT), "model.weights.h5 declares 67108864 bytes; this model needs at most");
    }

    @Test
    void aConfigBombIsCutAtTheLimit() throws Exception {
        Path file = dir.resolve("config-bomb.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            CraftedKeras.zeros(zip, "config.json", 64L << 20);
        }
        assertContains(refused(file, Reason.CORRUPT), "config.json declares 67108864 bytes");
    }

    @Test
    void aShapeOfTerabytesIsRefusedBeforeItsValuesAreRead() throws Exception {
        Path file = Path.of(getClass().getResource("hostile/huge-shape.h5").toURI());
        assertContains(refused(file, Reason.CORRUPT), "layer 'dense' holds an array shaped [1048576, 1048576];"
                + " its config needs [784, 10]");
    }

    @Test
    void brokenJsonAndDeepNestingAreRefused() throws Exception {
        assertContains(refused(CraftedKeras.archive(dir.resolve("bad.keras"), "{\"class_name\": \"Sequential\", "),
                Reason.CORRUPT), "the model config is not JSON");
        char[] deep = new char[200_000];
        Arrays.fill(deep, '[');
        assertEquals(Reason.CORRUPT, assertThrows(ModelFileException.class, () -> KerasFiles.read(
                CraftedKeras.archive(dir.resolve("deep.keras"), new String(deep)), DatasetId.MNIST)).reason());
    }

    @Test
    void bytesThatAreNoKerasFileAreRefused() throws Exception {
        byte[] noise = new byte[64 << 10];
        new Random(23).nextBytes(noise);
        for (String name : new String[] {"noise.h5", "noise.keras"}) {
            Path file = Files.write(dir.resolve(name), noise);
            assertEquals(Reason.CORRUPT, assertThrows(ModelFileException.class,
                    () -> KerasFiles.read(file, DatasetId.MNIST)).reason(), name);
        }
        byte[] real = Files.readAllBytes(KerasFixtures.FOLDER.resolve("tutorial-b.h5"));
        Path cut = Files.write(dir.resolve("cut.h5"), Arrays.copyOf(real, real.length / 2));
        assertThrows(ModelFileException.class, () -> KerasFiles.read(cut, DatasetId.MNIST));
        Path weightsNoise = dir.resolve("weights-noise.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(weightsNoise))) {
            entry(zip, "config.json", CONFIG.getBytes(StandardCharsets.UTF_8));
            entry(zip, "model.weights.h5", noise);
        }
        assertEquals(Reason.CORRUPT, assertThrows(ModelFileException.class,
                () -> KerasFiles.read(weightsNoise, DatasetId.MNIST)).reason());
    }

    @Test
    void aFolderOrAMissingFileIsSaidSo() throws Exception {
        assertEquals(Reason.MISSING, assertThrows(ModelFileException.class,
                () -> KerasFiles.read(dir.resolve("none.keras"), DatasetId.MNIST)).reason());
        Path folder = Files.createDirectory(dir.resolve("folder.h5"));
        assertEquals(Reason.NOT_A_MODEL, assertThrows(ModelFileException.class,
                () -> KerasFiles.read(folder, DatasetId.MNIST)).reason());
    }

    private static String refused(Path file, Reason reason) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> KerasFiles.read(file, DatasetId.MNIST));
        assertEquals(reason, e.reason(), e.getMessage());
        return e.getMessage();
    }

    static void assertContains(String text, String part) {
        assertTrue(text.contains(part), text);
    }
}
