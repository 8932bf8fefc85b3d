package org.digitworkbench.ml.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small picture files whose headers claim enormous sizes (a 20 KB progressive JPEG saying 60000x60000 used to take
 * 7 GB): refused before decoding when larger than the limit, read subsampled or refused as damaged below it.
 */
class HostilePicturesTest {
    @TempDir
    Path dir;

    @Test
    void aPngClaimingSixtyThousandPixelsASideIsRefusedBeforeDecoding() throws IOException {
        Path file = PictureFixtures.pngClaiming(dir, "huge.png", 60_000, 60_000);
        assertTooLarge(file, "60000x60000");
    }

    @Test
    void aProgressiveJpegClaimingSixtyThousandPixelsASideIsRefusedBeforeDecoding() throws IOException {
        Path file = PictureFixtures.progressiveJpegClaiming(dir, "huge.jpg", 60_000, 60_000);
        assertTooLarge(file, "60000x60000");
        Path wide = PictureFixtures.progressiveJpegClaiming(dir, "wide.jpg", 65_000, 1_600);
        assertTooLarge(wide, "65000x1600");
    }

    @Test
    void aLyingHeaderBelowTheLimitIsReadSubsampledOrRefusedAsDamaged() throws IOException {
        for (Path file : new Path[] {PictureFixtures.pngClaiming(dir, "big.png", 8_000, 8_000),
                PictureFixtures.progressiveJpegClaiming(dir, "big.jpg", 8_000, 8_000)}) {
            assertTrue(Files.size(file) < 20_000, file + " is small");
            assertTimeout(Duration.ofSeconds(30), () -> {
                try {
                    GrayImage image = ImageFiles.read(file);
                    assertTrue(image.width() <= ImageFiles.MAX_SIDE && image.height() <= ImageFiles.MAX_SIDE,
                            file + " decoded at " + image.width() + "x" + image.height());
                } catch (ImageFileException e) {
                    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                    assertTrue(e.reason() != ImageFileException.Reason.TOO_LARGE, e.getMessage());
                }
            });
        }
    }

    /**
     * Just under the pixel limit, 16-bit RGBA in one strip: the JDK's TIFF reader would decode 800 MB whole, so it
     * is refused from its header; a smaller one is read subsampled.
     */
    @Test
    void aDeepTiffThatWouldBeDecodedWholeIsRefusedAndASmallerOneRead() throws IOException {
        Path file = PictureFixtures.deepTiff(dir, "deep.tif", 9_999);
        assertTrue(Files.size(file) < 1_000_000, "small on disk: " + Files.size(file));
        ImageFileException e = assertTimeout(Duration.ofSeconds(10),
                () -> assertThrows(ImageFileException.class, () -> ImageFiles.read(file)));
        assertEquals(ImageFileException.Reason.TOO_DEEP, e.reason());
        assertEquals(file + ": the picture is too large to read (9999x9999 pixels of 64 bits, 799 MB decoded whole;"
                + " at most 256 MB)", e.getMessage());

        Path smaller = PictureFixtures.deepTiff(dir, "smaller.tif", 4_000);
        GrayImage image = assertTimeout(Duration.ofSeconds(30), () -> ImageFiles.read(smaller));
        assertTrue(image.width() <= ImageFiles.MAX_SIDE && image.height() <= ImageFiles.MAX_SIDE,
                image.width() + "x" + image.height());
    }

    /** Found by PictureFileFuzzTest: the JDK's BMP reader allocated the embedded JPEG's declared 1.16 GB. */
    @Test
    void aBmpDeclaringMoreEmbeddedBytesThanItHoldsIsRefusedBeforeTheyAreAllocated() throws IOException {
        Path file = dir.resolve("embedded.bmp");
        try (var in = HostilePicturesTest.class.getResourceAsStream("PictureFileFuzzTestInputs/picture/"
                + "bmp-claiming-1gb-embedded-jpeg")) {
            Files.write(file, in.readAllBytes());
        }
        long before = usedHeap();
        ImageFileException e = assertTimeout(Duration.ofSeconds(5),
                () -> assertThrows(ImageFileException.class, () -> ImageFiles.read(file)));
        assertEquals(ImageFileException.Reason.DAMAGED, e.reason());
        assertEquals(file + ": the image is damaged (it declares 1163659568 bytes of embedded image data in a file of "
                + Files.size(file) + " bytes)", e.getMessage());
        assertTrue(usedHeap() - before < 256L << 20, "heap grew by " + (usedHeap() - before));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void assertTooLarge(Path file, String size) {
        ImageFileException e = assertTimeout(Duration.ofSeconds(5),
                () -> assertThrows(ImageFileException.class, () -> ImageFiles.read(file)));
        assertEquals(ImageFileException.Reason.TOO_LARGE, e.reason());
        assertEquals(file + ": the picture is " + size + " pixels; at most 100 megapixels can be read",
                e.getMessage());
        assertEquals(size, e.args()[1]);
    }
}
