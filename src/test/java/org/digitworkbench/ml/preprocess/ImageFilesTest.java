package org.digitworkbench.ml.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unusual picture files each get an answer or a one-line error; transparency counts as the paper the digit
 * was drawn on, so every version of the same drawn 7 comes out as the same 28x28 input.
 */
class ImageFilesTest {
    @TempDir
    Path dir;

    /** A thick 7 in {@code ink} on {@code paper} (null paper: left transparent). */
    private static BufferedImage seven(int type, int width, int height, Color ink, Color paper) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        if (paper != null) {
            g.setColor(paper);
            g.fillRect(0, 0, width, height);
        }
        g.setColor(ink);
        g.setStroke(new BasicStroke(width / 12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(width / 4, height / 4, width * 3 / 4, height / 4);
        g.drawLine(width * 3 / 4, height / 4, width * 2 / 5, height * 4 / 5);
        g.dispose();
        return image;
    }

    private float[] mnistOf(BufferedImage image, String format, String name) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()), "wrote " + name);
        Optional<float[]> input = DigitPreprocessor.toMnist(ImageFiles.read(file));
        assertTrue(input.isPresent(), name + " reads as an empty image");
        return input.get();
    }

    private static void assertSameInput(float[] expected, float[] actual, String what) {
        assertSameInput(expected, actual, what, 0.1);
    }

    private static void assertSameInput(float[] expected, float[] actual, String what, double tolerance) {
        double largest = 0;
        for (int i = 0; i < expected.length; i++) {
            largest = Math.max(largest, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(largest < tolerance, what + " differs from the plain picture by up to " + largest);
    }

    @Test
    void transparentPalettedAndSixteenBitPicturesReadLikeThePlainOne() throws IOException {
        float[] plain = mnistOf(seven(BufferedImage.TYPE_INT_RGB, 140, 140, Color.WHITE, Color.BLACK), "png",
                "plain.png");

        assertSameInput(plain, mnistOf(seven(BufferedImage.TYPE_INT_ARGB, 140, 140, Color.BLACK, null), "png",
                "black-on-transparent.png"), "a black 7 on a transparent background");
        assertSameInput(plain, mnistOf(seven(BufferedImage.TYPE_INT_ARGB, 140, 140, Color.WHITE, null), "png",
                "white-on-transparent.png"), "a white 7 on a transparent background");
        assertSameInput(plain, mnistOf(seven(BufferedImage.TYPE_BYTE_INDEXED, 140, 140, Color.BLACK, Color.WHITE),
                "png", "palette.png"), "a palette PNG");
        assertSameInput(plain, mnistOf(seven(BufferedImage.TYPE_USHORT_GRAY, 140, 140, Color.WHITE, Color.BLACK),
                "png", "sixteen-bit.png"), "a 16-bit grey PNG");
        assertSameInput(plain, mnistOf(seven(BufferedImage.TYPE_INT_RGB, 140, 140, Color.BLACK, Color.WHITE), "jpg",
                "photo.jpg"), "a JPEG, dark on light");
        float[] hugePlain = mnistOf(seven(BufferedImage.TYPE_INT_RGB, 3000, 3000, Color.WHITE, Color.BLACK), "png",
                "huge-plain.png");
        assertSameInput(hugePlain, mnistOf(seven(BufferedImage.TYPE_INT_ARGB, 3000, 3000, Color.BLACK, null),
                "png", "huge.png"), "a 3000x3000 black 7 on a transparent background");
    }

    @Test
    void aCmykJpegReadsLikeThePlainPicture() throws IOException {
        // written by ImageMagick (convert ... -colorspace CMYK), as print workflows do; the JDK alone can't decode
        // it. The PNG beside it is ImageMagick's own grey rendering of the same file.
        Path images = Path.of("src", "test", "resources", "images");
        float[] gray = DigitPreprocessor.toMnist(ImageFiles.read(images.resolve("cmyk-seven-gray.png"))).orElseThrow();
        assertSameInput(gray, DigitPreprocessor.toMnist(ImageFiles.read(images.resolve("cmyk-seven.jpg")))
                .orElseThrow(), "a CMYK JPEG");
    }

    @Test
    void aHugePictureIsReadSubsampled() throws IOException {
        int side = 10_000; // 100 megapixels, the most ImageFiles reads
        BufferedImage huge = seven(BufferedImage.TYPE_BYTE_BINARY, side, side, Color.WHITE, Color.BLACK);
        Path file = dir.resolve("huge-binary.png");
        assertTrue(ImageIO.write(huge, "png", file.toFile()));
        huge = null;
        GrayImage read = ImageFiles.read(file);
        assertTrue(read.width() <= ImageFiles.MAX_SIDE && read.height() <= ImageFiles.MAX_SIDE,
                "decoded at " + read.width() + "x" + read.height());
        float[] plain = mnistOf(seven(BufferedImage.TYPE_INT_RGB, 140, 140, Color.WHITE, Color.BLACK), "png",
                "plain.png");
        assertSameInput(plain, DigitPreprocessor.toMnist(read).orElseThrow(), "a 10000x10000 picture", 0.15);
    }

    @Test
    void aOnePixelPictureIsEmptyAndABrokenOneIsOneLine() throws IOException {
        BufferedImage dot = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        dot.setRGB(0, 0, 0xFFFFFF);
        Path one = dir.resolve("one.png");
        ImageIO.write(dot, "png", one.toFile());
        assertFalse(DigitPreprocessor.toMnist(ImageFiles.read(one)).isPresent(), "nothing to read in one pixel");

        Path broken = PictureFixtures.brokenPng(dir);
        IOException e = assertThrows(IOException.class, () -> ImageFiles.read(broken));
        assertTrue(e.getMessage().startsWith(broken.toString()), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());

        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        IOException notImage = assertThrows(IOException.class, () -> ImageFiles.read(text));
        assertTrue(notImage.getMessage().contains("not an image"), notImage.getMessage());
    }
}
