package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.eval.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Gallery's answers kept on disk: read back exactly, or not at all. */
class AnswersCacheTest {
    private static final String MODEL = "ab".repeat(32);
    private static final String OTHER = "cd".repeat(32);

    @TempDir
    Path dir;

    private static Answers answers(int count) {
        int[] predicted = new int[count];
        float[] confidence = new float[count];
        for (int i = 0; i < count; i++) {
            predicted[i] = (i * 7) % 10;
            confidence[i] = 0.1f + 0.9f * i / count;
        }
        return new Answers(predicted, confidence);
    }

    @Test
    void answersReadBackAsWrittenForTheSameModelDataSetAndSplitOnly() throws IOException {
        AnswersCache cache = new AnswersCache(dir);
        Answers written = answers(10_000);
        cache.write(MODEL, DatasetId.MNIST, true, written);

        assertEquals(Optional.of(written), cache.read(MODEL, DatasetId.MNIST, true, 10_000));
        assertEquals(Optional.empty(), cache.read(OTHER, DatasetId.MNIST, true, 10_000), "another model");
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.FASHION_MNIST, true, 10_000), "other data");
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, false, 10_000), "the other split");
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, true, 9_999), "another count");
        assertNotEquals(cache.file(MODEL, DatasetId.MNIST, true), cache.file(MODEL, DatasetId.FASHION_MNIST, true));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aDamagedOrForeignFileIsIgnoredAndReplaced() throws IOException {
        AnswersCache cache = new AnswersCache(dir);
        Path file = cache.file(MODEL, DatasetId.MNIST, true);
        cache.write(MODEL, DatasetId.MNIST, true, answers(100));
        byte[] sound = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(sound, sound.length - 1)); // cut short
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, true, 100));

        byte[] badClass = sound.clone();
        badClass[8 + 3] = 12;
        Files.write(file, badClass);
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, true, 100));

        byte[] notANumber = sound.clone();
        ByteBuffer.wrap(notANumber).putFloat(8 + 100 + 4 * 5, Float.NaN);
        Files.write(file, notANumber);
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, true, 100));

        byte[] otherMagic = sound.clone();
        otherMagic[0] = 'X';
        Files.write(file, otherMagic);
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, true, 100));

        Files.delete(file);
        Files.createDirectory(file); // a folder where the file should be
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, true, 100));
        Files.delete(file);

        cache.write(MODEL, DatasetId.MNIST, true, answers(100)); // asked again, kept again
        assertEquals(Optional.of(answers(100)), cache.read(MODEL, DatasetId.MNIST, true, 100));
    }

    @Test
    void aFileClaimingBillionsOfAnswersIsRefusedBeforeAnythingIsRead() throws IOException {
        AnswersCache cache = new AnswersCache(dir);
        Path file = cache.file(MODEL, DatasetId.MNIST, false);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.writeInt(0x44574131);
            sparse.writeInt(Integer.MAX_VALUE);
            sparse.setLength(8 + 5L * 200_000);
        }
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, false, 200_000));
        assertEquals(Optional.empty(), cache.read(MODEL, DatasetId.MNIST, false, 60_000));
    }

    @Test
    void onlyTheMostRecentlyUsedFilesAreKept() throws IOException {
        AnswersCache cache = new AnswersCache(dir);
        for (int i = 0; i < AnswersCache.KEEP + 5; i++) {
            String model = String.format("%064x", i);
            cache.write(model, DatasetId.MNIST, true, answers(10));
            Files.setLastModifiedTime(cache.file(model, DatasetId.MNIST, true), FileTime.fromMillis(1_000_000L * i));
        }
        String oldest = String.format("%064x", 0);
        String newest = String.format("%064x", AnswersCache.KEEP + 4);
        cache.write(newest, DatasetId.MNIST, true, answers(10));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(AnswersCache.KEEP, files.count());
        }
        assertTrue(cache.read(oldest, DatasetId.MNIST, true, 10).isEmpty(), "the least recently used went");
        assertTrue(cache.read(newest, DatasetId.MNIST, true, 10).isPresent());
    }

    @Test
    void aNameThatIsNotAFingerprintIsNeverAPath() {
        AnswersCache cache = new AnswersCache(dir);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> cache.file("../../etc/passwd", DatasetId.MNIST, true));
    }
}
