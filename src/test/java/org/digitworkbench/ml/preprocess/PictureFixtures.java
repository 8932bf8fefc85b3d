package org.digitworkbench.ml.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Picture files for tests of how unreadable pictures are reported. */
public final class PictureFixtures {
    private PictureFixtures() {
    }

    /** {@code broken.png} in {@code dir}: a PNG signature followed by noise. */
    public static Path brokenPng(Path dir) throws IOException {
        byte[] noise = new byte[2000];
        new SplittableRandom(1).nextBytes(noise);
        noise[0] = (byte) 0x89;
        noise[1] = 'P';
        noise[2] = 'N';
        noise[3] = 'G';
        return Files.write(dir.resolve("broken.png"), noise);
    }

    /** A small PNG whose header says it is {@code width x height}: its pixel data is that of a 64x64 picture. */
    public static Path pngClaiming(Path dir, String name, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(small(BufferedImage.TYPE_INT_RGB), "png", bytes);
        ByteBuffer png = ByteBuffer.wrap(bytes.toByteArray());
        // signature (8), IHDR length (4) and type (4), then width and height; the chunk's CRC covers type and data
        png.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png.array(), 12, 17);
        png.putInt(29, (int) crc.getValue());
        return Files.write(dir.resolve(name), png.array());
    }

    /** A small progressive JPEG whose frame header says it is {@code width x height}. */
    public static Path progressiveJpegClaiming(Path dir, String name, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(out);
            writer.write(null, new IIOImage(small(BufferedImage.TYPE_INT_RGB), null, null), param);
        } finally {
            writer.dispose();
        }
        ByteBuffer jpeg = ByteBuffer.wrap(bytes.toByteArray());
        int at = 2;
        while ((jpeg.get(at + 1) & 0xFF) != 0xC2) {
            if ((jpeg.get(at) & 0xFF) != 0xFF) {
                throw new IllegalStateException("no progressive frame header in the JPEG written");
            }
            at += 2 + (jpeg.getShort(at + 2) & 0xFFFF);
        }
        // marker (2), length (2), precision (1), then height and width
        jpeg.putShort(at + 5, (short) height).putShort(at + 7, (short) width);
        return Files.write(dir.resolve(name), jpeg.array());
    }

    private static BufferedImage small(int type) {
        BufferedImage image = new BufferedImage(64, 64, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(20, 10, 24, 44);
        g.dispose();
        return image;
    }
}
