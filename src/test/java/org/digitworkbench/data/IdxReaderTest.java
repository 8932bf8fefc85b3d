package org.digitworkbench.data;

import static org.digitworkbench.data.IdxFixtures.idx;
import static org.digitworkbench.data.IdxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    private Path images(byte[] content) {
        return write(dir.resolve("train-images-idx3-ubyte"), content);
    }

    private Path labels(byte[] content) {
        return write(dir.resolve("train-labels-idx1-ubyte"), content);
    }

    private String refusal(Path imageFile, Path labelFile) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> IdxReader.read(imageFile, labelFile));
        return e.getMessage();
    }

    @Test
    void readsEveryPixelAndLabelOfAValidFile() throws IOException {
        LabeledImages read = IdxReader.read(images(IdxFixtures.images(5, 28, 28)), labels(IdxFixtures.labels(5, 3)));

        assertEquals(5, read.count());
        assertEquals(28, read.rows());
        assertEquals(28, read.cols());
        for (int i = 0; i < 5; i++) {
            assertEquals((3 + i) % 10, read.label(i));
            for (int p = 0; p < 28 * 28; p++) {
                assertEquals(IdxFixtures.pixel(i, p), read.pixel(i, p), "image " + i + " pixel " + p);
            }
        }
    }

    @Test
    void readsGzipCompressedFilesTransparently() throws IOException {
        Path gzImages = write(dir.resolve("x-images.gz"), IdxFixtures.gzip(IdxFixtures.images(4, 28, 28)));
        Path gzLabels = write(dir.resolve("x-labels.gz"), IdxFixtures.gzip(IdxFixtures.labels(4, 0)));

        LabeledImages read = IdxReader.read(gzImages, gzLabels);

        assertEquals(4, read.count());
        assertEquals(IdxFixtures.pixel(3, 400), read.pixel(3, 400));
        assertEquals(3, read.label(3));
    }

    @Test
    void lowLevelReadersReportDimensions() throws IOException {
        int[] dims = new int[3];
        byte[] pixels = IdxReader.readImages(images(IdxFixtures.images(2, 28, 28)), dims);
        assertArrayEquals(new int[] {2, 28, 28}, dims);
        assertEquals(2 * 784, pixels.length);
        assertArrayEquals(new byte[] {7, 8, 9}, IdxReader.readLabels(labels(IdxFixtures.labels(3, 7))));
    }

    @Test
    void refusesBadMagicNumber() {
        Path labelFileAsImages = images(IdxFixtures.labels(5, 0));
        String message = refusal(labelFileAsImages, labels(IdxFixtures.labels(5, 0)));
        assertEquals("train-images-idx3-ubyte: bad magic number 0x00000801 (expected 0x00000803 for an IDX image file)",
                message);
    }

    @Test
    void refusesImagesThatAreNot28By28() {
        String message = refusal(images(IdxFixtures.images(5, 32, 28)), labels(IdxFixtures.labels(5, 0)));
        assertEquals("train-images-idx3-ubyte: unexpected image size 32x28 (expected 28x28)", message);
    }

    @Test
    void refusesZeroAndAbsurdCounts() {
        String zero = refusal(images(idx(IdxReader.IMAGES_MAGIC, new int[] {0, 28, 28}, new byte[0])),
                labels(IdxFixtures.labels(1, 0)));
        assertEquals("train-images-idx3-ubyte: header says 0 images (expected 1..1000000)", zero);

        String absurd = refusal(images(idx(IdxReader.IMAGES_MAGIC, new int[] {-1, 28, 28}, new byte[10])),
                labels(IdxFixtures.labels(1, 0)));
        assertEquals("train-images-idx3-ubyte: header says 4294967295 images (expected 1..1000000)", absurd);
    }

    @Test
    void refusesTruncatedFile() {
        byte[] full = IdxFixtures.images(60000, 28, 28);
        String message = refusal(images(Arrays.copyOf(full, 1000)), labels(IdxFixtures.labels(60000, 0)));
        assertEquals("train-images-idx3-ubyte: truncated: header says 60000 images of 28x28 (47040016 bytes)"
                + " but the file has 1000 bytes", message);
    }

    @Test
    void refusesTruncatedGzipData() {
        byte[] full = IdxFixtures.images(5, 28, 28);
        Path gz = write(dir.resolve("short-images.gz"), IdxFixtures.gzip(Arrays.copyOf(full, 500)));
        String message = refusal(gz, labels(IdxFixtures.labels(5, 0)));
        assertEquals("short-images.gz: truncated: header says 5 images of 28x28 (3936 bytes)"
                + " but the decompressed data has 500 bytes", message);
    }

    @Test
    void refusesCutOffGzipStream() {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.images(5, 28, 28));
        Path cut = write(dir.resolve("cut-images.gz"), Arrays.copyOf(gz, gz.length / 2));
        String message = refusal(cut, labels(IdxFixtures.labels(5, 0)));
        assertEquals("cut-images.gz: corrupt gzip data (Unexpected end of ZLIB input stream)", message);
    }

    @Test
    void refusesTrailingBytes() {
        byte[] full = IdxFixtures.images(5, 28, 28);
        String message = refusal(images(Arrays.copyOf(full, full.length + 3)), labels(IdxFixtures.labels(5, 0)));
        assertEquals("train-images-idx3-ubyte: trailing bytes: header says 5 images of 28x28 (3936 bytes)"
                + " but the file has 3939 bytes", message);
    }

    @Test
    void refusesHeaderTooShort() {
        String message = refusal(images(new byte[] {0, 0, 8, 3, 0}), labels(IdxFixtures.labels(5, 0)));
        assertEquals("train-images-idx3-ubyte: the file has 5 bytes, too short for an IDX image header (16 bytes)",
                message);
    }

    @Test
    void refusesDifferentImageAndLabelCounts() {
        String message = refusal(images(IdxFixtures.images(5, 28, 28)), labels(IdxFixtures.labels(4, 0)));
        assertEquals("train-images-idx3-ubyte and train-labels-idx1-ubyte: count mismatch: 5 images but 4 labels",
                message);
    }

    @Test
    void refusesLabelOutsideZeroToNine() {
        byte[] labelFile = idx(IdxReader.LABELS_MAGIC, new int[] {3}, new byte[] {1, 12, 2});
        String message = refusal(images(IdxFixtures.images(3, 28, 28)), labels(labelFile));
        assertEquals("train-labels-idx1-ubyte: label 12 at index 1 is outside 0..9", message);
    }
}
